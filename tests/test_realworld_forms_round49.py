"""Forms read in the forty-ninth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


def _authors(record: dict[str, object]) -> list[tuple[str | None, str | None]]:
    people = record.get("author") or []
    assert isinstance(people, list)
    return [(p.get("family") or p.get("literal"), p.get("given")) for p in people]


# ar1-to-the-best-of-our-knowledge-feed: a surname's possessive and "book" before a quoted
# title, the person named in full earlier in the paragraph
def test_a_surnames_book_takes_the_person_the_paragraph_named_in_full() -> None:
    (record,) = _records(
        "Huston Smith, who died at 97, shaped how a generation studied faith. Smith's book "
        "“The World’s Religions” still sells, decades on.", "text")
    assert record["title"] == "The World’s Religions"
    assert _authors(record) == [("Smith", "Huston")]
    (record,) = _records(
        "Our host asks Christopher Woodward why ruins so gripped the English. Woodward’s "
        "book is “In Ruins.”", "text")
    assert (record["title"], _authors(record)) == ("In Ruins", [("Woodward", "Christopher")])


# af3-krisyotam-literature-curriculum, c-awesome-scifi-movies: one word's possessive right
# before a title in italics names its writer (or band)
def test_one_words_possessive_before_italics_is_the_works_author() -> None:
    (record,) = _records("- Read a tragedy in the light of Aristotle's *Poetics*")
    assert (record["title"], _authors(record)) == ("Poetics", [("Aristotle", None)])
    records = _records("The score finds room for Radiohead's _Life in a Glasshouse_ too.")
    assert [(r["title"], _authors(r)) for r in records] == [
        ("Life in a Glasshouse", [("Radiohead", None)])]


# af3-altuser6a-book-club-about: the year in brackets between the possessive and the title
def test_a_year_between_the_owner_and_the_title_keeps_the_owner() -> None:
    (record,) = _records(
        "If you skip a book after all, try Pierre Bayard's (2007) *How to Talk About Books "
        "You Haven't Read*, a treat.")
    assert _authors(record) == [("Bayard", "Pierre")]


# dj2-auyber-livros-recomendados, bd2-belcaps094850-deming-book-notes: an entry written over
# several lines gives its author and its publisher on labelled lines of their own
def test_a_labelled_author_or_publisher_line_is_no_work() -> None:
    for line in ("**Autor:** Eric Meyer", "- **Publisher:** IT Revolution Press (2023)",
                 "Autore: Italo Calvino"):
        assert _records(line) == [], line


def test_a_labelled_line_with_an_isbn_still_yields_its_record() -> None:
    (record,) = _records("Publisher: Penguin, ISBN 9780141439518", "text")
    assert record["ISBN"] == "9780141439518"


# do3-mmjustus-klondike-gold-rush: a bibliography whose imprint gives the year before the
# publisher, then a remark
def test_the_year_before_the_publisher_is_the_year() -> None:
    for line in ("Morgan, Lael. Good Time Girls of the Alaska-Yukon Gold Rush.  1998, Whitecap "
                 "Books.",
                 "Morgan, Murray.  One Man’s Gold Rush:  A Klondike Album.  1967, University of "
                 "Washington Press.  A photographer's life, told with his pictures."):
        (record,) = _records(line, "text")
        assert record["publisher"] in ("Whitecap Books", "University of Washington Press")
        assert record["issued"] == {"date-parts": [[1998 if "Girls" in line else 1967]]}


# x3-filmspotting-feed, dp1-prosodyetc-everydaymuse-feed: a chapter line names the work its
# segment is about in quotes, after its timestamp (a range of two, too) and a label
def test_a_quoted_title_in_a_chapter_line_is_a_work() -> None:
    text = ("1:09-22:05 - Review: \"Transit\"\n"
            "2:25-30:37 - Sacred Cow: \"Lawrence of Arabia\"\n"
            "06:20 Oct. 02: \"Vigil\" (prose)\n"
            "12:10 Then we chat about the weather and \"stuff\"\n")
    assert [r["title"] for r in _records(text, "text")] == [
        "Transit", "Lawrence of Arabia", "Vigil"]


# dm4-yang-publications, bp2-rwblickhan-books-2021: more Chinese surnames, so a paper's
# authors in pinyin read as a line of people (and "Gu Zhizhong" keeps his surname first)
def test_a_line_of_authors_in_pinyin_is_no_work() -> None:
    assert _records("Haocheng Xia, William Nixon, Bintang Dwi Marthen, Pranav Bhandari, "
                    "Juncheng Yang.", "text") == []


def test_more_chinese_surnames_and_not_korean_or_cantonese_names() -> None:
    from biblio.parse.names import parse_person

    assert (parse_person("Gu Zhizhong").family, parse_person("Xia Haocheng").family) == (
        "Gu", "Xia")
    assert parse_person("Han Kang").family == "Han"
    assert parse_person("Mei Fong").family == "Fong"
    assert parse_person("Amy Tan").family == "Tan"


# dj3-playerfm-hysteria-51-phrenology: a show's list of sources, each a subtitled book, a pipe
# and its author's full name (where a person and a show's name say nothing of a work)
def test_a_subtitled_title_a_pipe_and_a_full_name_is_a_book() -> None:
    text = ("Our thanks go to the sources we leaned on this week.\n\n"
            "Research Assistant - Raymond Walden IV\n\n\n"
            "How to Read Character: Hand-Book of Physiology, Phrenology and Physiognomy | Lorenzo "
            "Niles Fowler\n\n"
            "Materials of the Mind: Phrenology, Race, and the Global History of Science | James "
            "Poskett\n")
    read = [(r["title"], _authors(r)) for r in _records(text, "text")]
    assert read[-2:] == [
        ("How to Read Character: Hand-Book of Physiology, Phrenology and Physiognomy",
         [("Fowler", "Lorenzo Niles")]),
        ("Materials of the Mind: Phrenology, Race, and the Global History of Science",
         [("Poskett", "James")])]


# w3-changelog-395-github, s3-simplesimon-2021: an author's rank before the name is no
# given name of theirs
def test_an_authors_rank_is_left_out_of_the_name() -> None:
    (record,) = _records("- [Team of Teams](https://example.org/team-of-teams) by Gen. Stanley "
                         "McChrystal")
    assert _authors(record) == [("McChrystal", "Stanley")]
    (record,) = _records("#5. “Make Your Bed” by Admiral H. McRaven (NF)", "text")
    assert _authors(record) == [("McRaven", "H.")]
