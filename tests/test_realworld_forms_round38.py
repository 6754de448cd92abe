"""Forms read in the thirty-eighth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
import pytest

from biblio import iter_extract
from biblio.parse.rejection import rejection_reason


def _titles(text: str, format: str) -> dict[int, list[str]]:
    return {o.line: [str(c.record.full_title) for c in o.citations]
            for o in iter_extract(text, format)}  # type: ignore[arg-type]


# A canon reading plan (ap2-ersel-reading-list): each author stands alone with the years
# they lived, and the plan's heading is "Books to read".  The works under it are titles;
# the authors' lines are none, whatever era their years are counted in.
_PLAN = """# Books to read

A long plan, taken roughly in the order the works were written.

Before starting

Prometheus Rising
Homer (9th Century B.C. ?)

The Iliad
The Odyssey
Aeschylus (c. 525-456 B.C.)

The Persians
Seven Against Thebes
Hippocrates (c. 460-377? B.C.)
"""


def test_works_under_books_to_read_are_titles() -> None:
    read = _titles(_PLAN, "markdown")
    assert read[7] == ["Prometheus Rising"]
    assert read[10] == ["The Iliad"] and read[11] == ["The Odyssey"]
    assert read[14] == ["The Persians"] and read[15] == ["Seven Against Thebes"]


def test_an_author_and_the_years_they_lived_is_no_work() -> None:
    outcomes = {o.line: o for o in iter_extract(_PLAN, "markdown")}
    for line in (8, 12, 16):
        assert not outcomes[line].citations
        assert outcomes[line].reason == "a person's dates, not a work"


@pytest.mark.parametrize("text", [
    "Aeschylus (c. 525-456 B.C.)", "Homer (9th Century B.C. ?)", "Lenin (1870–1924)",
    "Rosa Luxemburg, 1871–1919", "George Eliot (1819-80)"])
def test_lifespans(text: str) -> None:
    assert rejection_reason(text) == "a person's dates, not a work"


# The years a title covers are no life: "The Age of Revolution (1789 - 1848)" is the
# issue's own example, and "The Old Testament (5th Century B.C. ?)" stands in the plan.
@pytest.mark.parametrize("text", [
    "The Age of Revolution (1789 - 1848)", "The Old Testament (5th Century B.C. ?)",
    "The Epic of Gilgamesh (2100 BC)"])
def test_spans_a_title_covers_stay_possible(text: str) -> None:
    assert rejection_reason(text) is None


# A book club's page (ao4-readersclub-reading-list) shows how to suggest a book:
# "<strong>Title</strong> by <strong>Writer</strong>" is the form, not a book by "Writer".
def test_the_form_a_page_asks_for_is_no_work() -> None:
    page = ('<div class="recommend">\n  <h1>Suggest a book for us</h1>\n'
            '  <p>Type it like this:</p>\n'
            '  <p><strong>Title</strong> by <strong>Writer</strong></p>\n</div>\n')
    outcomes = {o.line: o for o in iter_extract(page, "html")}
    assert not outcomes[4].citations
    assert outcomes[4].reason == "placeholder text of a page template"


# A to-read list (f2-samtron-books-to-read) files books under shelves such as
# "### Interview Preparation": a shelf, not a person, so the books under it get no author.
def test_a_shelf_named_like_a_person_gives_no_author() -> None:
    shelf = ("# Books to read\n\n### Interview Preparation\n\n- Cal Newport\n"
             "    + So Good They can't ignore you.\n    + Deep Work\n")
    for o in iter_extract(shelf, "markdown"):
        for c in o.citations:
            assert not any(n.family == "Preparation" for n in c.record.author or [])
