"""Forms read in the fifteenth round: who is a person before a colon, a nickname in quotes,
a title's small words in prose, a name with "St." under its title, and "Author:" as a
byline."""
from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_mentions


def _works(prose: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    """Each work the prose names, with its authors' family and given names."""
    return [(p.record.full_title, [(n.family, n.given) for n in p.record.author])
            for p in find_mentions(prose)]


def _records(text: str, format: str = "text") -> list[tuple[int, str | None, list[str]]]:
    """Line, title and authors of every record the notes give."""
    return [(o.line, c.record.full_title, [n.display() for n in c.record.author])
            for o in iter_extract(text, format) for c in o.citations]  # type: ignore[arg-type]


def test_a_title_with_and_before_its_subtitle_is_not_two_people() -> None:
    # caffgeek.github.io, "Yet another 'Books you should read' list": a numbered title over
    # a shop's shortcode
    parsed = parse_citation("Pragmatic Thinking and Learning: Refactor Your Wetware")
    assert not (parsed.is_citation and parsed.record.author)


def test_a_pair_of_authors_before_a_colon_is_still_read() -> None:
    parsed = parse_citation("Joss Whedon & Cassaday: Astonishing X-Men (Book 1)")
    assert [n.family for n in parsed.record.author] == ["Whedon", "Cassaday"]
    assert parsed.record.full_title == "Astonishing X-Men"


def test_a_nickname_in_quotes_is_no_title() -> None:
    # thebigwakeupcall.com, its "Authors" tag page: a radio show's guest blurbs
    works = _works("H.G. “Buzz” Bissinger is a Pulitzer Prize-winning author who recently wrote "
                   "the Vanity Fair cover article on Bruce/Caitlyn Jenner.  Buzz called in to "
                   "talk about the 25th anniversary edition of “Friday Night Lights.”  We also "
                   "debated whether his book is better than “Jay Cutler’s Interceptions for "
                   "Dummies.”")
    assert "Buzz" not in [title for title, _ in works]


def test_small_words_inside_a_title_named_in_prose() -> None:
    # bookreporter.com, an author's interviews page: "author of" and a title holding "as"
    works = _works("Interview: Mindy Greenstein, PhD and Jimmie Holland, MD , author of Lighter "
                   "as We Go: Virtues, Character Strengths, and Aging")
    assert [title for title, _ in works] == [
        "Lighter as We Go: Virtues, Character Strengths, and Aging"]


# penofjen.com, "2023 Reading Summary": each pick as "Title by Author", then the title and
# the author again on lines of their own, then a remark
PICKS = """The Things They Carried by Tim O'Brien

The Things They Carried

Tim O’Brien

The Running Grave by Robert Galbraith

The Running Grave

Robert Galbraith

Fourth Wing by Rebecca Yarros

Fourth Wing

Rebecca Yarros

Sea of Tranquility by Emily St John Mandel

Sea of Tranqulity

Emily St. John Mandel
"""


def test_a_name_holding_st_is_not_split_into_a_title_and_a_name() -> None:
    records = _records(PICKS)
    assert ("Emily St", ["John Mandel"]) not in [(t, a) for _, t, a in records]
    assert (19, "Sea of Tranquility", ["Emily St John Mandel"]) in records


# trih.discere.io, an unofficial reading list of The Rest Is History: each book's title,
# then "Author:", the context and the episode on lines of their own
REST_IS_HISTORY = """An Unofficial 'The Rest Is History' Reading List
All Books
The Complete History of Jack the Ripper
Author: Philip Sugden
Context:
The hosts lean on it as the standard work on the case.
Episode: 625. Jack The Ripper: Horror in Whitechapel (Part 2)
The Five
Author: Hallie Rubenhold
Context:
Brought up where the hosts discuss how the victims died.
Episode: 625. Jack The Ripper: Horror in Whitechapel (Part 2)
"""


def test_an_author_label_under_a_title_is_its_byline() -> None:
    assert _records(REST_IS_HISTORY) == [
        (3, "The Complete History of Jack the Ripper", ["Philip Sugden"]),
        (8, "The Five", ["Hallie Rubenhold"]),
    ]
