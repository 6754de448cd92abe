"""A list entry in a weak form is vouched for by the sure entry of the same shape above it."""

from biblio import parse_citation
from biblio.extract import extract

# From a training reading list: the Springer GTM series, one "Surname. *Title*." a line.
_LIST = (
    "- **The Springer GTM series, first thirty volumes**\n"
    "  06. Hughes, Piper. *<u>Projective Planes</u>*.\n"
    "  07. Serre. *<u>A Course in Arithmetic</u>*.\n"
)


def test_surname_before_an_italic_title_and_its_edition() -> None:
    record = parse_citation("  02. Oxtoby. *<u>Measure and Category</u>*. 2nd ed.").record
    assert (record.title, record.author[0].family, record.edition) == (
        "Measure and Category", "Oxtoby", "2nd ed")


def test_an_everyday_word_is_no_surname() -> None:
    assert not parse_citation("Note. *Measure and Category*").record.author


def test_weak_entry_below_a_sure_one_of_its_shape() -> None:
    titles = [p.record.title for p in extract(_LIST, format="markdown")]
    assert titles == ["Projective Planes", "A Course in Arithmetic"]


def test_weak_entry_alone_is_not_taken() -> None:
    notes = "- Some notes from the week\n  07. Serre. *<u>A Course in Arithmetic</u>*.\n"
    assert extract(notes, format="markdown") == []


def test_a_name_is_never_read_over_italics() -> None:
    record = parse_citation("  03. Schaefer. *<u>Topological Vector Spaces</u>*. 2nd ed.").record
    assert (record.title, record.author[0].family) == ("Topological Vector Spaces", "Schaefer")


def test_a_name_in_bold_is_still_a_name() -> None:
    record = parse_citation("**Deutscher, Isaac**. The Prophet Armed. Oxford: OUP, 1954.").record
    assert (record.title, record.author[0].family) == ("The Prophet Armed", "Deutscher")


def test_entries_after_one_with_an_edition_keep_the_list_shape() -> None:
    notes = ("- Springer GTM\n"
             "  08. Takeuti, Zaring. *<u>Axiomatic Set Theory</u>*.\n"
             "  17. Rosenblatt. *<u>Random Processes</u>*. 2nd ed.\n"
             "  18. Halmos. *<u>Measure Theory</u>*.\n")
    titles = [p.record.title for p in extract(notes, format="markdown")]
    assert titles[-2:] == ["Random Processes", "Measure Theory"]


def test_a_title_in_italics_ends_with_them() -> None:
    line = "    - *<u>Volume 1: Fundamental Algorithms</u>*. Third Edition. Addison-Wesley, 1997."
    assert parse_citation(line).record.full_title == "Volume 1: Fundamental Algorithms"


def test_italics_inside_a_title_do_not_cut_it() -> None:
    line = "Anne Carson, *Nox*: Poems for a Brother (New Directions, 2010)"
    assert "Poems" in (parse_citation(line).record.full_title or "")
