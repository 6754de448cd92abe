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


# A canon list by period (av2-nintails-history-reading): each author in bold with the years
# they lived, a dash, the works, then a comment.  The years are no date of the work.
def test_an_author_with_years_then_a_dash_and_the_work() -> None:
    notes = ("## Books to read\n\n"
             "- **Machiavelli** (1469–1527) — The Prince. A ruler's manual that skips the"
             " sermon.\n"
             "- **Aeschylus** (c. 525–456 BCE) — The Oresteia. The first of the three"
             " tragedians.\n")
    works = {o.line: [(c.record.full_title, [a.family for a in c.record.author or []],
                       c.record.issued) for c in o.citations]
             for o in iter_extract(notes, "markdown")}
    assert works[3] == [("The Prince", ["Machiavelli"], None)]
    assert works[4] == [("The Oresteia", ["Aeschylus"], None)]


# The same list names some authors' writings in general ("His speeches and letters"): no
# title follows the dash, so the line stays a person's dates; a title that only starts like
# that stays one.
@pytest.mark.parametrize(("line", "work"), [
    ("- **Lincoln** (1809–1865) — His speeches and letters. How a republic held together.",
     None),
    ("- **Shakespeare** (1564–1616) — The plays and the sonnets. Humanity on a stage.", None),
    ("- His Dark Materials by Philip Pullman", "His Dark Materials"),
    ("- **Einstein** (1879–1955) — His writings on relativity. Time and space bend.", None),
    ("- The Essays by Michel de Montaigne", "The Essays"),
])
def test_writings_in_general_are_no_title(line: str, work: str | None) -> None:
    read = _titles("## Reading\n\n" + line + "\n", "markdown")
    assert read[3] == ([work] if work else [])


# A Jekyll reading list (av2-arthurzey-reading-list) links each book to its shops, with
# kramdown's attribute list after each link: neither the shops nor "_blank" is a work.
def test_shop_links_and_kramdown_attributes_are_no_work() -> None:
    notes = ("## 2020\n\n"
             "[Audible](https://www.audible.com/pd/B002V01HQI){:target=\"&lowbar;blank\"} | "
             "[Kindle](https://smile.amazon.com/dp/B0011UGLQK){:target=\"&lowbar;blank\"}\n\n"
             "[Kindle](https://smile.amazon.com/dp/B002L2GK5O){:target=\"&lowbar;blank\"}\n")
    outcomes = {o.line: o for o in iter_extract(notes, "markdown")}
    assert not outcomes[3].citations and not outcomes[5].citations
    assert outcomes[5].reason == "links to shops or platforms, not a work"


# A music podcast's episode page (av4-soundmotives-ep01-shigeto): the artist's town under
# the name, and the cards of other episodes, "Episode 05 — Max Cooper", are no works.
@pytest.mark.parametrize(("text", "reason"), [
    ("Ann Arbor, Michigan", "a place, not a work"),
    ("Westport, Conn.", "a place, not a work"),
    ("Audible | Kindle", "links to shops or platforms, not a work"),
])
def test_places_and_shops(text: str, reason: str) -> None:
    assert rejection_reason(text) == reason


def test_a_book_after_its_authors_name_is_no_place() -> None:
    assert rejection_reason("Lauren Groff, Florida") is None


def test_an_episode_number_and_its_guest_is_no_work() -> None:
    read = _titles("## More episodes\n\nEpisode 05 — Max Cooper\n\nEpisode 04 — Paul White\n",
                   "markdown")
    assert read[3] == [] and read[5] == []
