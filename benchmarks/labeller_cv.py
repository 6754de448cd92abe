"""Cross-validation of the citation labeller on the training part, by source.

    .venv/bin/python benchmarks/labeller_cv.py [--folds 5] [--seed 15]

The held-out part measures the shipped parser and is never tuned on, so the
labeller's features, training options, confidence bar and the places it is
asked are chosen here instead: the training documents are grouped by source
(`realworld_splits.documents`), the sources dealt into folds, and each fold is
read by the whole extraction (the rules and a model trained on the other
folds only), as `realworld.py` scores it.  Figures are pooled over the folds.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from biblio.parse.labeller import Labeller, reading_with
from biblio.parse.training import Example, examples, fit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realworld
import realworld_splits


def folds(documents: list[Path], k: int, seed: int) -> list[list[Path]]:
    """The documents in `k` folds, every source wholly in one, folds of even size."""
    source_of = realworld_splits.documents()
    by_source: dict[str, list[Path]] = defaultdict(list)
    for doc in documents:
        by_source[source_of.get(doc.stem, doc.stem)].append(doc)
    sources = sorted(by_source)
    random.Random(seed).shuffle(sources)
    dealt: list[list[Path]] = [[] for _ in range(k)]
    for source in sorted(sources, key=lambda s: -len(by_source[s])):  # stable: shuffled ties
        min(dealt, key=len).extend(by_source[source])
    return [sorted(fold) for fold in dealt]


def cross_validate(k: int, seed: int, rules_only: bool = False) -> realworld.Score:
    """The pooled score of every fold read with a model that never saw it (or none)."""
    documents = realworld.documents("train")
    lines: dict[str, list[Example]] = defaultdict(list)
    for example in examples(realworld.CORPUS, documents):
        lines[example.document].append(example)
    score = realworld.Score()
    with tempfile.TemporaryDirectory() as tmp:
        for i, fold in enumerate(folds(documents, k, seed)):
            held = {doc.stem for doc in fold}
            model = Path(tmp) / f"fold{i}.crfsuite"
            taught = fit((e for doc, es in sorted(lines.items()) if doc not in held
                          for e in es), model)
            with reading_with(None if rules_only else Labeller(str(model))):
                for doc in fold:
                    realworld.score_document(doc, score)
            print(f"fold {i}: {len(fold)} documents, model from {taught} lines", file=sys.stderr)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--rules-only", action="store_true",
                        help="read the folds without any labeller: what the model adds")
    args = parser.parse_args(argv)
    score = cross_validate(args.folds, args.seed, args.rules_only)
    works = score.works or 1
    none = score.lines["none"] or 1
    print(f"{args.folds}-fold by source, seed {args.seed}"
          f"{', rules only' if args.rules_only else ''}: {score.documents} documents, "
          f"{score.works} works, {score.lines['none']} other lines")
    for key in ("title", "author", "year"):
        p, r, f1, _ = score.f1(key)
        print(f"{key:<8} F1 {f1:.3f} (precision {p:.3f}, recall {r:.3f})")
    print(f"works found {score.found / works:.3f} ({score.found}/{score.works}), "
          f"exact {score.exact / works:.3f}, "
          f"emitted {score.emitted / none:.3%} ({score.emitted}/{score.lines['none']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
