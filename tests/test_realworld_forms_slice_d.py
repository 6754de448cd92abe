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


# -- bibliographies and reading lists of slice D2 ---------------------------------------

@pytest.mark.parametrize(("line", "title", "container"), [
    ("- Black, J. E., Helmy, Y., Robson, O., & Barnes, J. L. (2019). Who can resist a villain? "
     "Morality, Machiavellianism, imaginative resistance and liking for dark fictional "
     "characters. _Poetics_, _74_, 101344.",
     "Who can resist a villain? Morality, Machiavellianism, imaginative resistance and liking "
     "for dark fictional characters", "Poetics"),
    ("- Ahn, D., Annie Jin, S.-A., & Ritterfeld, U. (2012). \"Sad movies don't always make me "
     "cry\": The cognitive and affective processes underpinning enjoyment of tragedy. "
     "_Journal of Media Psychology_, _24_(1), 9-18.",
     "\"Sad movies don't always make me cry\": The cognitive and affective processes "
     "underpinning enjoyment of tragedy", "Journal of Media Psychology"),
])
def test_an_apa_title_keeps_its_subtitle_after_a_question_or_a_quotation(
        line: str, title: str, container: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert record.container_title == container
    assert record.year in (2019, 2012)  # "101344" is an article number, not a year


@pytest.mark.parametrize(("line", "title", "authors"), [
    ("  - *<u>Concrete Mathematics</u>*. Ronald Graham, Donald Knuth, Oren Patashnik.",
     "Concrete Mathematics", ["Graham", "Knuth", "Patashnik"]),
    ("  - *<u>Proofs and Fundamentals: A First Course in Abstract Mathematics</u>*. "
     "Ethan D. Bloch.",
     "Proofs and Fundamentals: A First Course in Abstract Mathematics", ["Bloch"]),
    # a remark after the people: where to read it, who published it
    ("  - *<u>Basic Algebra</u>*. Anthony W. Knapp. "
     "[ebook](https://www.math.stonybrook.edu/~aknapp/download/b2-alg-inside.pdf).",
     "Basic Algebra", ["Knapp"]),
    ("  - *<u>Fourier Analysis</u>*. David Morin. Harvard University.",
     "Fourier Analysis", ["Morin"]),
])
def test_an_underlined_title_in_italics_then_its_authors(
        line: str, title: str, authors: list[str]) -> None:
    assert extracted(line) == [(title, authors)]


def test_a_goodreads_series_after_the_title_is_the_collection() -> None:
    record = parse_citation(
        "  * The Raven Boys (The Raven Cycle, #1) by Maggie Stiefvater").record
    assert record.full_title == "The Raven Boys"
    assert (record.collection_title, record.collection_number) == ("The Raven Cycle", "1")


@pytest.mark.parametrize(("line", "title", "editors", "translators"), [
    ("<p>Encyclopedia of the Middle Ages. Ed. Norman F. Cantor. New York: Viking, 1999.</p>",
     "Encyclopedia of the Middle Ages", ["Cantor"], []),
    ("China: A Cultural and Historical Dictionary. Ed. Michael Dillon. Richmond, U.K.: "
     "Curzon, 1998.", "China: A Cultural and Historical Dictionary", ["Dillon"], []),
    ("Don Quixote. Trans. Edith Grossman. New York: Ecco, 2003.", "Don Quixote", [],
     ["Grossman"]),
])
def test_a_book_cited_by_its_editor_or_translator_title_first(
        line: str, title: str, editors: list[str], translators: list[str]) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.family for n in record.editor] == editors
    assert [n.family for n in record.translator] == translators
    assert record.author == []


@pytest.mark.parametrize(("html", "title", "authors"), [
    ("<p>Carter, John, and Percy H. Muir. Printing and the Mind of Man: A Descriptive "
     "Catalogue Illustrating the Impact of Print on the Evolution of Western Civilization "
     "During Five Centuries. Cassell, 1967.</p>",
     "Printing and the Mind of Man: A Descriptive Catalogue Illustrating the Impact of Print "
     "on the Evolution of Western Civilization During Five Centuries", ["Carter", "Muir"]),
    ("<p>Blunden, Caroline, and Mark Elvin. Cultural Atlas of China.  New York: Facts on File, "
     "1998. One of a series of atlases that also covers Japan and Russia.</p>",
     "Cultural Atlas of China", ["Blunden", "Elvin"]),
    ("<p>Dupuy, R. Ernest, and Trevor N. Dupuy. The Harper Encyclopedia of Military History: "
     "From 3500 B.C. to the Present. 4th ed. New York: HarperCollins, 1993.</p>",
     "The Harper Encyclopedia of Military History: From 3500 B.C. to the Present",
     ["Dupuy", "Dupuy"]),
])
def test_a_bibliography_paragraph_is_an_entry_not_prose(
        html: str, title: str, authors: list[str]) -> None:
    assert extracted(html, "html") == [(title, authors)]


def test_an_edition_opening_the_imprint_is_the_edition() -> None:
    record = parse_citation("Dupuy, R. Ernest, and Trevor N. Dupuy. The Harper Encyclopedia "
                            "of Military History. 4th ed. New York: HarperCollins, 1993.").record
    assert (record.edition, record.publisher, record.publisher_place) == (
        "4", "HarperCollins", "New York")


@pytest.mark.parametrize(("line", "title", "given"), [
    ("Cobban, A B 1988, The Medieval English Universities: Oxford and Cambridge to c. 1500, "
     "Scholar Press, Aldershot",
     "The Medieval English Universities: Oxford and Cambridge to c. 1500", "A B"),
    ("Philip, I 1983, The Bodleian Library in the seventeenth and eighteenth centuries, "
     "Clarendon Press, Oxford",
     "The Bodleian Library in the seventeenth and eighteenth centuries", "I"),
])
def test_harvard_initials_without_dots(line: str, title: str, given: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.given for n in record.author] == [given]
    assert record.publisher_place is not None


def test_a_list_of_episodes_ends_the_section_before_it() -> None:
    notes = ("Subscribe\n\nApple Podcasts, Spotify or wherever you listen.\n\nEpisodes\n\n"
             "Asterix and the Roman Agent by René Goscinny and Albert Uderzo\n")
    assert extracted(notes) == [("Asterix and the Roman Agent", ["Goscinny", "Uderzo"])]


def test_a_photo_credit_is_no_work_but_a_title_holding_photograph_is() -> None:
    assert extracted("<figure><figcaption>A stack of this year's favourites. "
                     "Photo by Brandon Echter</figcaption></figure>", "html") == []
    assert extracted("Book club picks:\n\nFrom a Yellow Photograph by Gary Banker\n") == [
        ("From a Yellow Photograph", ["Banker"])]


def test_show_notes_is_a_heading_not_a_work() -> None:
    assert extracted("Show Notes\n\nThe Optimism Bias by Tali Sharot\n") == [
        ("The Optimism Bias", ["Sharot"])]


def test_an_image_alone_and_an_idiom_with_by_are_no_works() -> None:
    assert extracted('![](http://farm4.static.flickr.com/3035/2868288357_d30bea71eb.jpg '
                     '"Iqra: Read")', "markdown") == []
    assert not parse_citation("Great books, read side by side.").is_citation


def test_a_given_name_that_is_also_a_title_word_opens_a_name() -> None:
    assert extracted("- [Maus - Art Spiegelman](https://en.wikipedia.org/wiki/Maus)",
                     "markdown") == [("Maus", ["Spiegelman"])]


def test_emphasis_inside_a_link_marks_the_title() -> None:
    parsed = parse_citation("[*Dune*](https://example.org/dune) by Frank Herbert")
    assert parsed.record.full_title == "Dune"
    assert "*" not in (parsed.record.full_title or "")


def test_a_note_after_the_doi_is_no_publisher() -> None:
    record = parse_citation(
        "- Burch, R. L., & Widman, D. R. (2023). Comic book bodies are supernormal stimuli: "
        "Comparison of DC, Marvel, and actual humans. _Evolutionary Behavioral Sciences_, "
        "17(3), 245-258. https://doi.org/10.1037/ebs0000280 (Mira)").record
    assert record.publisher is None
    assert record.doi == "10.1037/ebs0000280"
    assert record.container_title == "Evolutionary Behavioral Sciences"


@pytest.mark.parametrize(("line", "authors", "editors", "translators"), [
    ("Smith, John, and Jane Doe, edd. The Big Book of Things. London: Verso, 2000.",
     [], ["Smith", "Doe"], []),
    ("Smith, J. and Doe, J. (eds) 2000, The Big Book of Things, Verso, London.",
     [], ["Smith", "Doe"], []),
    ("Smith, John, ed. 2000. The Big Book of Things. London: Verso.", [], ["Smith"], []),
    ("Plato. Republic. Translated by G. M. A. Grube. Indianapolis: Hackett, 1992.",
     ["Plato"], [], ["Grube"]),
])
def test_editors_and_translators_in_the_common_bibliography_spellings(
        line: str, authors: list[str], editors: list[str], translators: list[str]) -> None:
    record = parse_citation(line).record
    assert record.full_title in ("The Big Book of Things", "Republic")
    assert [n.family for n in record.author] == authors
    assert [n.family for n in record.editor] == editors
    assert [n.family for n in record.translator] == translators


def test_a_quotation_split_from_its_attribution_is_no_title() -> None:
    html = ("<blockquote>“Boil down nine years and four hundred biographies and you get one "
            "word: focus.”<br>— David Senra</blockquote>")
    assert extracted(html, "html") == []
    # a short quoted title with its stop inside the quotes stays one
    assert parse_citation("Hughes, Langston. “Theme for English B.” The Collected Poems of "
                          "Langston Hughes. New York: Knopf, 1995.").is_citation
