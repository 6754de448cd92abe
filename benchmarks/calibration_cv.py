"""Cross-validation of the field-confidence table on the training part, by source.

    .venv/bin/python benchmarks/calibration_cv.py [--folds 5] [--seed 15]

The table (`biblio.parse.calibration`) counts, on the training part, how often
each field is right, per field and per tenth of the reading's confidence; a
band with few readings borrows `PRIOR` pseudo-counts from its field's rate.
Which cells to keep and how much to borrow are chosen here, never on the
held-out part: the training documents are dealt into folds by source (as
`labeller_cv.py` deals them), each fold's readings get the chances counted on
the other folds, and the Brier score (the mean squared gap between a chance and
what happened: it rewards telling right fields from wrong ones) and the
expected calibration error over ten bands (which a constant can also make
small) are pooled over the folds.  Besides the shipped cells (field and band),
it tries the field alone, and the field per reader (the rules' form, the
labeller, an inline mention) with and without the band.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from biblio.parse.calibration import PRIOR, Table, corpus_readings, count, judged
from biblio.parse.parsed import Parsed

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import realworld  # noqa: E402
from labeller_cv import folds  # noqa: E402

PRIORS = (1.0, 2.0, 4.0, 8.0, 16.0, 64.0)
Verdict = tuple[Parsed, str, bool]


def _band(parsed: Parsed) -> str:
    return f"{min(round(parsed.confidence * 100) // 10, 9) / 10:.1f}"


def _reader(parsed: Parsed) -> str:
    return parsed.form or "rules" if parsed.method == "rules" else parsed.method


CELLS: dict[str, Callable[[Parsed], str]] = {
    "field alone": lambda p: "",
    "field and reader": _reader,
    "field, reader and band": lambda p: f"{_reader(p)} {_band(p)}",
}


def calibration_error(pairs: list[tuple[float, bool]]) -> float:
    """Expected calibration error over ten bands of confidence (0 is perfect)."""
    bands: dict[int, list[tuple[float, bool]]] = {}
    for confidence, right in pairs:
        bands.setdefault(min(int(confidence * 10), 9), []).append((confidence, right))
    return sum(abs(sum(c for c, _ in b) - sum(r for _, r in b)) for b in bands.values()) \
        / max(len(pairs), 1)


def _report(name: str, pairs: list[tuple[float, bool]]) -> None:
    brier = sum((c - r) ** 2 for c, r in pairs) / max(len(pairs), 1)
    print(f"{name:<36} Brier {brier:.4f}, calibration error {calibration_error(pairs):.4f} "
          f"({len(pairs)} field values)")


def _other_cells(folds_: list[list[Verdict]], cell: Callable[[Parsed], str],
                 prior: float) -> list[tuple[float, bool]]:
    """Each fold's verdicts with chances counted on the other folds in `cell`'s cells."""
    pairs = []
    for i, held in enumerate(folds_):
        n: Counter[tuple[str, str]] = Counter()
        ok: Counter[tuple[str, str]] = Counter()
        for j, fold in enumerate(folds_):
            if j != i:
                for parsed, field, right in fold:
                    for key in ((field, ""), (field, cell(parsed))):
                        n[key] += 1
                        ok[key] += right
        for parsed, field, right in held:
            if n[field, ""]:
                base = (ok[field, ""] + 1) / (n[field, ""] + 2)
                key = (field, cell(parsed))
                pairs.append(((ok[key] + prior * base) / (n[key] + prior), right))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    dealt = folds(realworld.documents("train"), args.folds, args.seed)
    readings = [list(corpus_readings(realworld.CORPUS, fold)) for fold in dealt]
    verdicts = [list(judged(fold)) for fold in readings]
    for prior in PRIORS:
        pairs = []
        for i, held in enumerate(readings):
            table = Table(count(r for j, fold in enumerate(readings) if j != i
                                for r in fold).counts, prior)
            for parsed, field, right in judged(held):
                chance = table.fields(parsed).get(field)
                if chance is not None:
                    pairs.append((chance, right))
        _report(f"field and band, prior {prior:g}" + (" (shipped)" if prior == PRIOR else ""),
                pairs)
    for name, cell in CELLS.items():
        _report(f"{name}, prior {PRIOR:g}", _other_cells(verdicts, cell, PRIOR))
    return 0


if __name__ == "__main__":
    sys.exit(main())
