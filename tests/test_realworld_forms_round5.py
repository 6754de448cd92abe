"""Forms from the real-world training documents, fifth round: `[Title - Author](url)`
link lists where both sides read as names (the link target names the work), links to
a profile on a social network in a list of links, a title linked to a bookshop inside
a feed's prose, and a remark in capitals or a sentence after "Title by Author".

Each line keeps the form (and the facts) of a line of a training document.
"""

from __future__ import annotations

import pytest

from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation
from reading_helpers import extracted, families

# -- "[Title - Author](url)": the side the link's target spells out is the title ------------

@pytest.mark.parametrize(("line", "title", "authors"), [
    ("- [Anna Karenina - Leo Tolstoy](https://en.wikipedia.org/wiki/Anna_Karenina)",
     "Anna Karenina", ["Tolstoy"]),
    ("- [Nicomachean Ethics - Aristotle](https://en.wikipedia.org/wiki/Nicomachean_Ethics)",
     "Nicomachean Ethics", ["Aristotle"]),
    ("- [Scarlet Letter - Nathaniel Hawthorne](https://en.wikipedia.org/wiki/The_Scarlet_Letter)",
     "Scarlet Letter", ["Hawthorne"]),
])
def test_a_link_named_after_the_work_settles_which_side_is_the_title(
        line: str, title: str, authors: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert families(parsed.record.author) == authors


@pytest.mark.parametrize(("line", "title", "authors"), [
    # the link names the author's side: nothing changes
    ("- [Leo Tolstoy - Anna Karenina](https://en.wikipedia.org/wiki/Anna_Karenina)",
     "Anna Karenina", ["Tolstoy"]),
    # a target without words says nothing either way
    ("- [Octavia Butler - Kindred](https://www.librarything.com/work/15540/)",
     "Kindred", ["Butler"]),
])
def test_a_link_that_names_nothing_or_the_title_leaves_the_order(
        line: str, title: str, authors: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.record.full_title == title
    assert families(parsed.record.author) == authors


# -- a link to a profile on a social network is no work ---------------------------------------

def test_a_link_to_a_social_profile_in_a_list_of_links_is_not_a_work() -> None:
    html = ("<h3>Links</h3>\n<ul>\n"
            '<li><a href="https://www.instagram.com/courtneybrownfarsight/">Courtney Brown</a>'
            "</li>\n"
            '<li><a href="https://farsight.org/FarsightPress/Death_Traps.html">The Death Traps'
            "</a></li>\n</ul>\n")
    assert extracted(html, "html") == [("The Death Traps", [])]


# -- a title linked to a bookshop, in prose -----------------------------------------------------

def test_a_quoted_title_linked_to_a_bookshop_in_prose_is_a_mention() -> None:
    para = ("Yet many witnesses describe encounters so uncanny that they seem to belong to the "
            "paranormal. Josh Cutchin and Timothy Renner’s new work ‘[Where the Footprints End: "
            "High Strangeness and the Bigfoot Phenomenon](https://www.amazon.com/gp/product/"
            "B0882N61XN/ref=as_li_qf_asin_il_tl)‘ explores that otherworldly side of the legend.")
    found = find_mentions(para)
    assert [(m.record.full_title, families(m.record.author)) for m in found] == [
        ("Where the Footprints End: High Strangeness and the Bigfoot Phenomenon",
         ["Cutchin", "Renner"])]


def test_a_shop_link_the_sentence_does_not_present_as_a_work_is_left_alone() -> None:
    para = ("We record with a microphone we love, and you can see it on "
            "[Amazon](https://www.amazon.com/dp/B00123) if you want one for your own show.")
    assert find_mentions(para) == []


# -- a remark after "Title by Author" --------------------------------------------------------------

@pytest.mark.parametrize(("line", "title", "family"), [
    ("Joyride by Susan Orlean COMING 10/14/25", "Joyride", "Orlean"),
    ("JULY - Taste by Stanley Tucci Bring a guest along for supper & talk", "Taste", "Tucci"),
])
def test_a_remark_in_capitals_or_a_sentence_after_the_author_is_dropped(
        line: str, title: str, family: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert families(parsed.record.author) == [family]


def test_a_particle_in_the_name_is_no_remark() -> None:
    parsed = parse_citation("The Ninth Symphony by Ludwig van der Beethoven")
    assert parsed.record.author and parsed.record.author[0].family == "Beethoven"
