"""A reading log kept as CSV in a plain-text file, read by its header row as a table
is.  The rows are a public 2016 reading log's own; the second test's header is the
column row of Goodreads' library export."""

from __future__ import annotations

from biblio import iter_extract

LOG = (
    "title,author,pages,publication_year,date_read,format,genre\n"
    '"Living in the Light: Money, Sex and Power",John Piper,154,2016,2016-12-31,ebook,theology\n'
    "Deep Work: Rules for Focused Success in a Distracted World,Cal Newport,296,2016,"
    "2016-12-17,ebook,business\n"
    "Advanced R programming,Hadley Wickham,250,2014,2016-11-26,ebook,business\n"
    "\n"
    "That was the year; more next time.\n"
)


def test_each_row_gives_title_author_and_year_and_the_reader_columns_are_left_out() -> None:
    outcomes = [o for o in iter_extract(LOG, "text") if o.text.strip()]
    assert outcomes[0].reason == "table header" and not outcomes[0].citations
    works = [(c.record.to_csl()["title"], c.record.author[0].family, c.record.year)
             for o in outcomes[1:4] for c in o.citations]
    assert works == [
        ("Living in the Light: Money, Sex and Power", "Piper", 2016),  # quoted commas kept
        ("Deep Work: Rules for Focused Success in a Distracted World", "Newport", 2016),
        ("Advanced R programming", "Wickham", 2014),  # the publication year, not the day read
    ]
    assert not outcomes[4].citations  # prose after the table is not a row


# The column row of the widely copied Goodreads "books.csv" dataset (two spaces and all).
_DATASET_HEADER = ("bookID,title,authors,average_rating,isbn,isbn13,language_code,  num_pages,"
                   "ratings_count,text_reviews_count,publication_date,publisher\n")


def test_a_goodreads_export() -> None:
    text = ("Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,"
            "Average Rating,Publisher,Binding,Number of Pages,Year Published,"
            "Original Publication Year,Date Read,Date Added,Bookshelves\n"
            '5107,"The Catcher in the Rye","J.D. Salinger","Salinger, J.D.","",="0316769177",'
            '="9780316769174",4,3.81,"Little, Brown and Company",Paperback,277,2001,1951,'
            "2020/05/01,2020/04/01,\n")
    records = [c.record for o in iter_extract(text, "text") for c in o.citations]
    assert len(records) == 1
    csl = records[0].to_csl()
    assert (csl["title"], csl["author"][0]["family"], csl["publisher"]) == (
        "The Catcher in the Rye", "Salinger", "Little, Brown and Company")
    assert csl["ISBN"] == "9780316769174"


def test_a_series_after_the_title_is_the_series_not_the_publisher() -> None:
    text = ("title,author,pages,publication_year,date_read,format,genre\n"
            '"As Sure as the Dawn (Mark of the Lion, #3)",Francine Rivers,520,1995,2016-05-16,'
            "ebook,fiction\n")
    csl = next(c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations)
    assert (csl["title"], csl["collection-title"], csl["collection-number"]) == (
        "As Sure as the Dawn", "Mark of the Lion", "3")
    assert "publisher" not in csl and csl["issued"] == {"date-parts": [[1995]]}


def test_the_goodreads_books_dataset_header_and_series_ranges() -> None:
    # rows of the widely copied Goodreads "books.csv" dataset
    text = (_DATASET_HEADER +
            "1,Harry Potter and the Half-Blood Prince (Harry Potter  #6),J.K. Rowling/Mary "
            "GrandPré,4.57,0439785960,9780439785969,eng,652,2095690,27591,9/16/2006,"
            "Scholastic Inc.\n"
            "8,Harry Potter Boxed Set  Books 1-5 (Harry Potter  #1-5),J.K. Rowling/Mary GrandPré,"
            "4.78,0439682584,9780439682589,eng,2690,41428,164,9/13/2004,Scholastic\n")
    records = [c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations]
    assert [(r["title"], r.get("collection-number"), r["publisher"], r["issued"])
            for r in records] == [
        ("Harry Potter and the Half-Blood Prince", "6", "Scholastic Inc",
         {"date-parts": [[2006]]}),
        ("Harry Potter Boxed Set Books 1-5", "1-5", "Scholastic", {"date-parts": [[2004]]})]
    assert [a["family"] for a in records[0]["author"]] == ["Rowling", "GrandPré"]


def test_a_translators_name_in_arabic_script_beside_its_transliteration() -> None:
    # a row of the Goodreads books dataset; its authors are split on "/"
    text = (_DATASET_HEADER +
            "288,Kahlil Gibran: His Life and World,Jean Gibran/جبران خليل جبران/Kahlil Gibran,"
            "4.21,156656249X,9781566562492,eng,464,35,2,4/1/1998,Interlink Publishing Group\n")
    csl = next(c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations)
    assert csl["title"] == "Kahlil Gibran: His Life and World"
    assert csl["author"] == [{"family": "Gibran", "given": "Jean"},
                             {"literal": "جبران خليل جبران"},
                             {"family": "Gibran", "given": "Kahlil"}]


def test_a_title_of_digits_alone_with_its_author() -> None:
    text = (_DATASET_HEADER +
            "1067,1776,David McCullough,4.07,0743226720,9780743226721,eng,386,166916,6243,"
            "7/4/2006,Simon  Schuster\n")
    csl = next(c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations)
    assert (csl["title"], csl["author"][0]["family"], csl["issued"]) == (
        "1776", "McCullough", {"date-parts": [[2006]]})


def test_a_classic_author_by_one_name_heads_a_slash_separated_list() -> None:
    text = (_DATASET_HEADER +
            "1371,The Iliad,Homer/Robert Fagles/Bernard Knox,3.86,0140275363,9780140275360,eng,"
            "683,288792,3423,4/29/1999,Penguin Classics\n")
    csl = next(c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations)
    assert [a.get("family") for a in csl["author"]] == ["Homer", "Fagles", "Knox"]
    assert csl["title"] == "The Iliad"


def test_a_saint_by_his_see_and_a_book_in_two_series() -> None:
    text = (_DATASET_HEADER +
            "1681,The Confessions (Works of Saint Augustine 1),Augustine of Hippo/John E. "
            "Rotelle/Maria Boulding,3.92,1565480848,9781565480841,eng,416,142,24,12/1/2002,"
            "New City Press\n"
            "2442,Witches Abroad (Discworld  #12; Witches #3),Terry Pratchett,4.22,0061020613,"
            "9780061020612,eng,374,58408,1272,7/30/2002,HarperTorch\n")
    records = [c.record.to_csl() for o in iter_extract(text, "text") for c in o.citations]
    assert records[0]["author"][0] == {"literal": "Augustine of Hippo"}
    assert records[0]["publisher"] == "New City Press"
    assert (records[1]["title"], records[1]["collection-title"],
            records[1]["collection-number"]) == ("Witches Abroad", "Discworld", "12")
