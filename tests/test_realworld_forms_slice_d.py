"""Forms from the training documents of corpus slice D (podcast show notes): a reading
label such as "Featured Book:" or "And on the nightstand:" before the entries, "; and"
joining the last entry, a list number glued to the title, a labelled date line, and a
sentence-case title after a person's name and a dash in a reading list.

Each line keeps the form (and the facts) of a line of a training document.
"""

from __future__ import annotations

import pytest

from biblio.parse import parse_citation
from reading_helpers import extracted


@pytest.mark.parametrize(("line", "works"), [
    ("Featured Book: Life 3.0, by Max Tegmark", [("Life 3.0", ["Tegmark"])]),
    ("Featured Book:Lost in Math, by Sabine Hossenfelder",
     [("Lost in Math", ["Hossenfelder"])]),
    ("Featured Books:What is Real? by Adam Becker; and Beyond Weird by Philip Ball.",
     [("What is Real?", ["Becker"]), ("Beyond Weird", ["Ball"])]),
    ("And on the nightstand: Internal Time, by Till Roenneberg; and The Last Man Who Knew "
     "Everything, by David Schwartz.",
     [("Internal Time", ["Roenneberg"]), ("The Last Man Who Knew Everything", ["Schwartz"])]),
])
def test_a_reading_label_leads_its_entries_and_and_joins_the_last(
        line: str, works: list[tuple[str, list[str]]]) -> None:
    assert extracted(line) == works


def test_a_bracketed_number_glued_to_the_title_is_a_list_marker() -> None:
    line = "(2)The Invention of Nature: Alexander von Humboldt’s New World, by Andrea Wulf"
    assert extracted(line) == [
        ("The Invention of Nature: Alexander von Humboldt’s New World", ["Wulf"])]


def test_a_labelled_date_is_no_work() -> None:
    assert extracted("Episode Date: December 16, 2021") == []
    assert not parse_citation("Episode Date: December 16, 2021").is_citation


def test_a_sentence_case_title_after_a_person_and_a_dash_is_read_in_a_reading_list() -> None:
    notes = "Books mentioned:\n\n  • Emily Wapnick - How to be Everything\n"
    assert extracted(notes) == [("How to be Everything", ["Wapnick"])]
    # weakly: the same line outside a reading list is not taken
    assert extracted("  • Emily Wapnick - How to be Everything") == []
