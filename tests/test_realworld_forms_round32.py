"""Forms read in the thirty-second round: a bracketed remark after a title set off in italics,
a person's paper, essay or album named after the pronoun, a lone title with a subtitle after
"books include", "the latest of which is", and a title whose parts a comma joins before the
sentence's verb.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation


def _mentioned(prose: str) -> list[tuple[str | None, list[str | None]]]:
    return [(m.record.full_title, [a.family for a in m.record.author or []])
            for m in find_mentions(prose)]


# A literature curriculum (af3-krisyotam-literature-curriculum) and a recommended-reading list
# (p2-jamietr1-king-recommended): the remark in brackets after the italics is no part of the
# title, but a series in brackets is still read as the series.
def test_a_remark_in_brackets_after_an_italic_title() -> None:
    for line, title, author in [
            ("  - Virgil: *Aeneid* (Fagles or Fitzgerald)", "Aeneid", "Virgil"),
            ("  - Aeschylus: *Oresteia* (Agamemnon, Libation Bearers, Eumenides)", "Oresteia",
             "Aeschylus"),
            ("36. _A Gun for Sale_ (aka _This Gun for Hire_) by Graham Greene", "A Gun for Sale",
             "Greene")]:
        record = parse_citation(line).record
        assert record is not None and record.full_title == title, line
        assert [a.family for a in record.author] == [author]
    series = parse_citation("1. _Dark Eden+_ (Dark Eden, #1) by Chris Beckett; 400pp").record
    assert series is not None and series.get("collection-title") == "Dark Eden"
    assert series.get("collection-number") == "1"
    # without the marks the brackets stay with the title: nothing shows where it ends
    plain = parse_citation("Virgil: Aeneid (Fagles or Fitzgerald)").record
    assert plain is None or plain.full_title != "Aeneid"


# A politics feed (ak1-guns-and-butter-feed) and an arts feed (ae4-cbc-q-feed): a paper named
# after "his paper," is its speaker's; a band's album names no writer.
def test_a_paper_or_an_album_after_the_pronoun() -> None:
    assert _mentioned("Dr. Hudson discusses his paper, The IMF Changes Its Rules To Isolate "
                      "China and Russia; what the changes mean for lending.") == [
        ("The IMF Changes Its Rules To Isolate China and Russia", ["Hudson"])]
    assert _mentioned("The band plays a short set of songs from their album Pagans in Vegas. "
                      "Then we say hello.") == [("Pagans in Vegas", [])]


# An evolution feed (ad1-nb-biology-evolution-feed), a science feed (m1-point-of-inquiry-feed),
# a nature feed (r1-nature-revisited-feed) and a debates feed (x2-intelligence-squared-feed): a
# writer's other book named alone after "books include" when it carries a subtitle, and the
# latest of several books.
def test_a_lone_title_with_a_subtitle_after_books_include() -> None:
    assert _mentioned("Michael McCullough teaches at a university. His other books include "
                      "Beyond Revenge: The Evolution of the Forgiveness Instinct.") == [
        ("Beyond Revenge: The Evolution of the Forgiveness Instinct", ["McCullough"])]
    assert _mentioned("Mary Roach writes about science. Her previous best-selling books "
                      "include: Stiff: The Curious Lives of Human Cadavers.") == [
        ("Stiff: The Curious Lives of Human Cadavers", ["Roach"])]
    assert _mentioned("Sathnam Sanghera is a writer and author of bestselling books about "
                      "identity, the latest of which is Empireworld: How British Imperialism "
                      "Has Shaped the Globe. We talk.") == [
        ("Empireworld: How British Imperialism Has Shaped the Globe", ["Sanghera"])]
    # a lone title with no subtitle after "include" is still too weak to read
    assert _mentioned("Her books include Spanish and English titles for children.") == []


# A Tudor history feed (o1-tudor-chest-feed): a title's parts joined by a comma, up to the
# sentence's verb.
def test_a_title_with_a_comma_up_to_the_verb() -> None:
    prose = ("Dr Estelle Paranque teaches history and joins me to talk about two queens. "
             "Estelle’s book, Blood, Fire and Gold is the basis for our talk today, so settle in.")
    assert [t for t, _ in _mentioned(prose)] == ["Blood, Fire and Gold"]


# A film podcast's feed (i-sentimental-garbage-feed): the iTunes subtitle is a line of the
# report like every other, read for works as a summary is, not dropped unseen.
def test_an_itunes_subtitle_has_its_report_line() -> None:
    feed = "\n".join([
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
        "<channel><title>A Show</title>",
        "<item>",
        "<title>Barbie</title>",
        "<itunes:subtitle><![CDATA[Back from the break with a very Barbie episode ]]>"
        "</itunes:subtitle>",
        "<description><![CDATA[<p>We talk about the 2023 film Barbie at last.</p>]]>"
        "</description>",
        "</item>",
        "</channel></rss>"])
    lines = {o.line: o for o in iter_extract(feed, "feed", source="feed.xml")}
    assert lines[5].reason == "episode summary (the full notes are read instead)"
    assert [c.record.full_title for c in lines[6].citations] == ["Barbie"]


# A personal site's book page (ak2-alanwarner-books): its menu's links to its own sections,
# each a page of the site ("/books.html"), are no works.
def test_a_menu_link_to_a_section_page_is_no_work() -> None:
    page = "\n".join([
        "<html><body>",
        "<ul>",
        '<li><a href="/books.html">Books</a></li>',
        "</ul>",
        "<h2>Reading</h2>",
        "<ul>",
        '<li><a href="https://www.goodreads.com/book/show/1">The Dispossessed</a> by Ursula K. '
        "Le Guin</li>",
        "</ul>",
        "</body></html>"])
    lines = {o.line: o for o in iter_extract(page, "html", source="books.html")}
    assert lines[3].citations == []
    assert [c.record.full_title for c in lines[7].citations] == ["The Dispossessed"]


# A library book group's page (ap3-websterlibrary-book-group): a year's picks set in two
# columns, the name in sorting order (perhaps closed by a semicolon), a wide gap, the title.
def test_a_name_and_a_title_set_in_columns() -> None:
    for line, title, family, given in [
            ("Letts, Billie                                     Made in the U.S.A.",
             "Made in the U.S.A", "Letts", "Billie"),
            ("Perrotta, Tom;                               The Leftovers", "The Leftovers",
             "Perrotta", "Tom"),
            ("Orwell, George\t\t\tAnimal Farm", "Animal Farm", "Orwell", "George")]:
        parsed = parse_citation(line)
        assert parsed.record is not None and parsed.record.full_title == title, line
        assert [(a.family, a.given) for a in parsed.record.author] == [(family, given)]
        assert parsed.text == line
        assert all(0 <= span.start < span.end <= len(line) for span in parsed.spans)
