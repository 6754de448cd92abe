"""A stretch that cannot be a publisher is not given as one (lines from real bibliographies
in the corpus: e2-reppl-digital-humans-reading, d-headlesschicken-book-history,
b-luther-paideia-2007), while real publishers' names pass (a book catalogue's)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from biblio import parse_citation
from biblio.parse.segments import unlikely_publisher

CATALOG = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "catalog" / "books.csv"


@pytest.mark.parametrize("line", [
    "Sarikaya, R., P. A. Crook, A. Marin, et al. (2016). “An overview of end-to-end language "
    "understanding and dialog management for personal digital assistants”. In: *2016 IEEE "
    "Spoken Language Technology Workshop (SLT)*. , pp. 391-397. DOI: [10.1109/SLT.2016.7846294]"
    "(https://doi.org/10.1109%2FSLT.2016.7846294).",
    "Chappell, Warren. A Short History of the Printed Word. 1970. Reissued in 1999 with fresh "
    "chapters by Robert Bringhurst.",
    "Williams, Juan. “Fighting Back 1957-62” (part 2). Eyes on the Prize: America’s Civil "
    "Rights Years. VHS. Directed by Judith Vecchione. Boston, MA: Produced by Blackside Inc. "
    "and Telecast by PBS at WGBH, 1986.",
])
def test_pages_and_sentences_are_no_publisher(line: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.publisher is None


@pytest.mark.parametrize("name", [
    "Independently published", "Clarendon Press in association with the Bodleian Library",
    "Жизнь и знание", "Faber and Faber", "10/18", "dtv", "Presses de la Cité",
])
def test_real_publishers_pass(name: str) -> None:
    assert not unlikely_publisher(name)


@pytest.mark.skipif(not CATALOG.exists(), reason="the shared book catalogue is not here")
def test_almost_every_publisher_of_a_real_catalogue_passes() -> None:
    with CATALOG.open(encoding="utf-8", errors="replace") as f:
        names = [row[-1] for row in csv.reader(f) if len(row) >= 12 and row[0] != "bookID"]
    refused = [n for n in names if unlikely_publisher(n)]
    assert len(names) > 11_000
    assert len(refused) <= 10, refused
