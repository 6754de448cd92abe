"""Train the citation labeller from the real-world corpus, reproducibly.

    python -m biblio.parse.training [CORPUS] [-o src/biblio/data/labeller.crfsuite]

Then count, with that model reading, how often each field comes out right
(`parse.calibration`), into ``field_confidence.json`` beside the model.

CORPUS (default ``tests/data/realworld``) holds real documents, one gold line
of JSON per non-blank line, and ``splits.json``, which puts each document in
the training or the held-out part.  Only training documents are read here:
the held-out part measures the model and is never learnt from.

Each citation line is read the way `biblio.extract` hands it to the parser,
cleaned like the parser cleans it, and its tokens get the gold labels by
finding each gold value (title, names, year, publisher, place) in the line.
Lines whose title cannot be found are left out rather than taught wrong.
The same corpus and options give the same model file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Record
from . import calibration
from .gold import words
from .labeller import LABELS, MODEL_FILE, Labeller, Token, features, reading_with, tokenize
from .markup import Cleaned, clean
from .parsed import Parsed
from .rejection import PROSE, rejection_reason

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".xml": "feed"}
NAME_ROLES = ("author", "editor", "translator")
# crfsuite's L-BFGS with elastic-net regularisation, as usaddress and anystyle use it.
TRAINING_PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200,
                   "feature.possible_transitions": True}


@dataclass
class Example:
    """One line as the parser sees it, with a label per token."""

    document: str
    line: int
    cleaned: Cleaned
    tokens: list[Token]
    labels: list[str]


def corpus_documents(corpus: Path, split: str) -> list[Path]:
    splits: dict[str, str] = json.loads(
        (corpus / "splits.json").read_text(encoding="utf-8"))["documents"]
    return sorted(p for p in (corpus / "docs").iterdir()
                  if p.suffix in FORMATS and splits.get(p.stem) == split)


def gold_lines(corpus: Path, document: Path) -> dict[int, dict[str, Any]]:
    gold = corpus / "gold" / f"{document.stem}.jsonl"
    entries = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return {entry["line"]: entry for entry in entries}


def parser_inputs(document: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every text `biblio.extract` hands the parser for this document."""
    from ..extract import judged_lines

    seen: list[str] = []

    def record(text: str) -> Parsed:
        seen.append(text)
        return Parsed(text, Record(), 0.0, [], False, "training")

    text = document.read_text(encoding="utf-8")
    for outcome in judged_lines(text, FORMATS[document.suffix],  # type: ignore[arg-type]
                                document.name, record):
        for item in seen:
            yield outcome.line, item
        seen.clear()


def _word_tokens(tokens: list[Token]) -> list[tuple[str, int]]:
    """(word, token index) for every word inside the tokens, in order."""
    out = []
    for i, token in enumerate(tokens):
        for word in words(token.text):
            out.append((word, i))
    return out


def _find(sequence: tuple[str, ...], flat: list[tuple[str, int]], taken: set[int], *,
          last: bool = False) -> tuple[int, int] | None:
    """Token range [first, last] whose words are `sequence`, avoiding taken tokens."""
    n = len(sequence)
    if not n:
        return None
    starts = range(len(flat) - n + 1)
    for k in reversed(starts) if last else starts:
        if tuple(w for w, _ in flat[k:k + n]) == sequence:
            first, end = flat[k][1], flat[k + n - 1][1]
            if not any(i in taken for i in range(first, end + 1)):
                return first, end
    return None


def align(cleaned: Cleaned, tokens: list[Token], works: list[dict[str, Any]]) -> list[str] | None:
    """Gold labels for the tokens, or None when a work's title is not in the line."""
    labels = ["other"] * len(tokens)
    flat = _word_tokens(tokens)
    taken: set[int] = set()
    for work in works:
        title = _find(words(work.get("title", "")), flat, taken)
        if title is None:
            return None
        for i in range(title[0], title[1] + 1):
            labels[i] = "title"
            taken.add(i)
        for role in NAME_ROLES:
            marked: list[int] = []
            for name in work.get(role) or []:
                family = _find(words(name.get("literal") or name.get("family", "")), flat, taken)
                if family is None:
                    continue
                marked.extend(range(family[0], family[1] + 1))
                for given in words(name.get("given", "")):
                    near = [i for w, i in flat if w == given and i not in taken
                            and abs(i - family[0]) <= 5]
                    marked.extend(near[:1])
            if marked:
                for i in range(min(marked), max(marked) + 1):
                    if i not in taken:
                        labels[i] = role
                        taken.add(i)
        for key, label in (("publisher", "publisher"), ("place", "place")):
            span = _find(words(str(work.get(key) or "")), flat, taken)
            if span is not None:
                for i in range(span[0], span[1] + 1):
                    labels[i] = label
                    taken.add(i)
        if work.get("year"):
            span = _find((str(work["year"]),), flat, taken, last=True)
            if span is not None:
                labels[span[0]] = "year"
                taken.add(span[0])
    return labels


def examples(corpus: Path, documents: Iterable[Path] | None = None) -> Iterator[Example]:
    """Labelled lines of `documents` (by default the training part of the corpus)."""
    for document in corpus_documents(corpus, "train") if documents is None else documents:
        gold = gold_lines(corpus, document)
        for line, text in parser_inputs(document):
            entry = gold.get(line)
            if entry is None or entry["kind"] != "citation":
                continue
            cleaned = clean(text)
            if rejection_reason(cleaned.text) == PROSE:
                continue  # the labeller is asked about list lines only, never about prose
            tokens = tokenize(cleaned.text)
            in_item = [w for w in entry["citations"]
                       if set(words(w.get("title", ""))) <= set(words(cleaned.text))]
            labels = align(cleaned, tokens, in_item) if in_item and tokens else None
            if labels is not None:
                yield Example(document.stem, line, cleaned, tokens, labels)


def train(corpus: Path, output: Path) -> int:
    """Write the model learnt from the training part; returns the number of lines."""
    return fit(examples(corpus), output)


def fit(lines: Iterable[Example], output: Path) -> int:
    """Write a model learnt from `lines`; returns how many there were."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for example in lines:
        trainer.append(features(example.cleaned, example.tokens), example.labels)
        count += 1
    trainer.set_params(TRAINING_PARAMS)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train biblio's citation labeller.")
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("tests/data/realworld"))
    parser.add_argument("-o", "--output", type=Path,
                        default=Path(__file__).resolve().parents[1] / "data" / MODEL_FILE)
    args = parser.parse_args(argv)
    count = train(args.corpus, args.output)
    size = args.output.stat().st_size
    print(f"trained on {count} lines; labels {', '.join(LABELS)}; "
          f"{args.output} ({size / 1024:.0f} KiB)")
    with reading_with(Labeller(str(args.output))):
        table = calibration.count(calibration.corpus_readings(
            args.corpus, corpus_documents(args.corpus, "train")))
    table_file = args.output.parent / calibration.TABLE_FILE
    table_file.write_text(table.to_json(), encoding="utf-8")
    print(f"field confidence counted on {table.counts['title'][''][1]} titles; {table_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
