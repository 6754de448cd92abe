"""Accuracy of biblio's citation reading, on real documents first.

The measure is the real-world corpus (`tests/data/realworld`, documents nobody
here wrote, split by site): per-field precision, recall and F1, whole-entry
exact match, citations found, non-citation lines wrongly emitted, and inline
mentions in feeds, for the training part and the held-out part.  The old
hand-written development set follows as a regression check only.

    .venv/bin/python benchmarks/parse_accuracy.py [--errors train|heldout|dev|test]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from biblio import Name, Record
from biblio.parse import parse_citation

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realworld

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "parse_devset.jsonl"
NAME_FIELDS = ("author", "editor", "translator", "director")
TEXT_FIELDS = ("title", "container-title", "publisher", "publisher-place", "volume", "issue",
               "page", "ISBN", "DOI", "URL")
FIELDS = ("type", *NAME_FIELDS, "title", "issued", "container-title", "publisher",
          "publisher-place", "volume", "issue", "page", "ISBN", "DOI", "URL", "original-date")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("–", "-")
    return " ".join(text.split())


def _name_key(name: dict[str, str] | Name) -> tuple[str, str, str]:
    if isinstance(name, Name):
        family = name.literal or name.sort_family()
        return (_norm(family), _norm(name.given or ""), _norm(name.suffix or ""))
    family = name.get("literal") or name.get("family", "")
    return (_norm(family), _norm(name.get("given", "")), _norm(name.get("suffix", "")))


def expected_values(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in FIELDS:
        if f not in item:
            continue
        if f in NAME_FIELDS:
            out[f] = tuple(_name_key(n) for n in item[f])
        elif f in ("issued", "original-date"):
            out[f] = int(item[f])
        else:
            out[f] = _norm(str(item[f]))
    return out


def predicted_values(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {"type": record.type}
    for f in NAME_FIELDS:
        names = record.get(f)
        if names:
            out[f] = tuple(_name_key(n) for n in names)
    if record.year is not None:
        out["issued"] = record.year
    if record.original_date is not None and record.original_date.year is not None:
        out["original-date"] = record.original_date.year
    for f in TEXT_FIELDS:
        value = record.get(f)
        if value:
            out[f] = _norm(str(value))
    return out


def evaluate(items: list[dict[str, Any]], show_errors: bool) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    exact = citations = emitted = non_citations = missed = 0
    for item in items:
        parsed = parse_citation(item["text"])
        if not item["citation"]:
            non_citations += 1
            if parsed.is_citation:
                emitted += 1
                if show_errors:
                    print(f"EMITTED  {item['text']!r}\n         -> {parsed.record.to_csl()}")
            continue
        citations += 1
        want = expected_values(item)
        got = predicted_values(parsed.record) if parsed.is_citation else {}
        if not parsed.is_citation:
            missed += 1
        wrong = []
        for f in FIELDS:
            if f in got:
                predicted[f] += 1
            if f in want:
                gold[f] += 1
            if f in got and f in want and got[f] == want[f]:
                tp[f] += 1
            elif f in got or f in want:
                wrong.append(f)
        if not wrong:
            exact += 1
        elif show_errors:
            print(f"WRONG    {item['text']!r}" + ("" if parsed.is_citation else
                                                   f"  [rejected: {parsed.reason}]"))
            for f in wrong:
                print(f"         {f}: want {want.get(f)!r} got {got.get(f)!r}")
    fields = {}
    for f in FIELDS:
        p = tp[f] / predicted[f] if predicted[f] else 1.0
        r = tp[f] / gold[f] if gold[f] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        fields[f] = (p, r, f1, gold[f])
    return {
        "fields": fields, "exact": exact / citations if citations else 0.0,
        "citations": citations, "missed": missed, "non_citations": non_citations,
        "emitted": emitted / non_citations if non_citations else 0.0, "emitted_n": emitted,
    }


def print_real(split: str, show_errors: bool) -> None:
    docs = realworld.documents(split)
    score = realworld.evaluate(docs, keep_errors=show_errors)
    print(f"\n== real corpus, {split}: {score.documents} documents, "
          f"{score.works} works on {score.lines['citation'] + score.lines['inline']} lines, "
          f"{score.lines['none']} other lines ==")
    print(f"{'field':<16}{'precision':>10}{'recall':>10}{'F1':>8}{'support':>9}")
    for key in realworld.SCORED:
        p, r, f1, n = score.f1(key)
        if n:
            print(f"{key:<16}{p:>10.3f}{r:>10.3f}{f1:>8.3f}{n:>9}")
    works = score.works or 1
    print(f"works found:             {score.found / works:.3f} ({score.found}/{score.works})")
    print(f"whole-entry exact match: {score.exact / works:.3f}")
    none = score.lines["none"] or 1
    print(f"non-citations emitted:   {score.emitted / none:.3%} "
          f"({score.emitted}/{score.lines['none']})")
    recall = score.inline_right / score.inline_gold if score.inline_gold else 0.0
    precision = score.inline_right / score.inline_predicted if score.inline_predicted else 0.0
    print(f"inline mentions in feeds: recall {recall:.3f} ({score.inline_right}/"
          f"{score.inline_gold}), precision {precision:.3f} ({score.inline_right}/"
          f"{score.inline_predicted})")
    print_calibration(score.fields)
    for error in score.errors:
        print("  " + error)


def print_calibration(fields: list[tuple[float | None, float, bool]]) -> None:
    """How near each field's confidence is to how often such fields are right.

    Expected calibration error over ten bands (0 is perfect) and the Brier score
    (the mean squared gap, which also rewards telling right fields from wrong), beside
    the same figures for the reading's own confidence taken as every field's.
    """
    def ece(pairs: list[tuple[float, bool]]) -> float:
        bands: dict[int, list[tuple[float, bool]]] = {}
        for conf, right in pairs:
            bands.setdefault(min(int(conf * 10), 9), []).append((conf, right))
        return sum(abs(sum(c for c, _ in b) - sum(r for _, r in b)) for b in bands.values()) \
            / max(len(pairs), 1)

    def brier(pairs: list[tuple[float, bool]]) -> float:
        return sum((c - r) ** 2 for c, r in pairs) / max(len(pairs), 1)

    known = [(c, r) for c, _, r in fields if c is not None]
    raw = [(c, r) for _, c, r in fields]
    print(f"field confidence:        calibration error {ece(known):.3f}, Brier "
          f"{brier(known):.3f} over {len(known)} field values (the reading's confidence "
          f"instead: {ece(raw):.3f}, {brier(raw):.3f}); right "
          f"{sum(r for _, r in known) / max(len(known), 1):.3f}, mean confidence "
          f"{sum(c for c, _ in known) / max(len(known), 1):.3f}")


def print_devset(items: list[dict[str, Any]], split: str, show_errors: bool) -> None:
    chosen = [it for it in items if it.get("split", "dev") == split]
    result = evaluate(chosen, show_errors=show_errors)
    print(f"\n== regression set (hand-written), {split}: {result['citations']} citations, "
          f"{result['non_citations']} non-citations ==")
    print(f"{'field':<16}{'precision':>10}{'recall':>10}{'F1':>8}{'support':>9}")
    for f, (p, r, f1, n) in result["fields"].items():
        if n:
            print(f"{f:<16}{p:>10.3f}{r:>10.3f}{f1:>8.3f}{n:>9}")
    print(f"whole-entry exact match: {result['exact']:.3f}")
    print(f"citations rejected:      {result['missed']}")
    print(f"non-citations emitted:   {result['emitted']:.3%} "
          f"({result['emitted_n']}/{result['non_citations']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEVSET, help="the regression set")
    parser.add_argument("--errors", choices=("train", "heldout", "dev", "test"),
                        help="print the mistakes of a split")
    args = parser.parse_args(argv)
    for split in ("train", "heldout"):
        print_real(split, show_errors=args.errors == split)
    items = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for split in ("dev", "test"):
        print_devset(items, split, show_errors=args.errors == split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
