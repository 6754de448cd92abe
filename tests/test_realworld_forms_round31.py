"""Forms read in the thirty-first round: a subtitle a feed sets off with a dash, a show's name
after "this episode of" that is nobody, a prize before a title and a year after it, a writer's
works listed after "whose novels", a possessive with praise before the kind of work, and a
surname with ", et al." before a dash.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation


def _mentioned(prose: str) -> list[tuple[str | None, list[str | None], int | None]]:
    return [(m.record.full_title, [a.family for a in m.record.author or []],
             m.record.issued.year if m.record.issued else None) for m in find_mentions(prose)]


# A nature podcast's feed (r1-nature-revisited-feed): the latest book's subtitle after a dash,
# and the show named before the guest's given name.
def test_a_subtitle_after_a_dash_and_a_show_that_is_nobody() -> None:
    prose = ("Leila Philip writes poems and essays. In this episode of Nature Revisited, Leila "
             "turns to the beaver, the subject of her latest book Beaverland - How One Weird "
             "Rodent Made America. She tells of trappers and dams.")
    assert _mentioned(prose) == [("Beaverland: How One Weird Rodent Made America", ["Philip"],
                                  None)]
    # a person's name after the dash is not a subtitle
    assert _mentioned("We talk about the novel Dune - Frank Herbert Again today.")[0][0] == "Dune"


# A books podcast (z1-poured-over-feed) and a comics podcast (z1-riyl-feed): the prize a book
# won before its title, the year it came out after it.
def test_a_prize_before_a_title_and_a_year_after_it() -> None:
    assert _mentioned("And Andrew Sean Greer took home a Pulitzer Prize for Less , the novel "
                      "that brought us Arthur.") == [("Less", [], None)]
    assert _mentioned("Together they put out the book Macedonia in 2007, a look at a "
                      "small war.") == [("Macedonia", [], 2007)]
    # the prize for a kind of writing names no work, and a subtitle's year is its own
    assert _mentioned("Her novel won the Pulitzer Prize for Fiction, the novel that "
                      "made her name.") == []
    titles = [t for t, _, _ in _mentioned("He wrote the book The Year of Lear: Shakespeare "
                                          "in 1606, a study of one year.")]
    assert titles == ["The Year of Lear: Shakespeare in 1606"]


# A library's podcast (s1-nypl-podcast-feed): the works listed straight after "whose novels".
def test_works_listed_after_whose_novels() -> None:
    prose = ("This week we welcome Tom Perrotta, whose novels Little Children, Election, and "
             "The Leftovers were all made into films.")
    assert _mentioned(prose) == [("Little Children", ["Perrotta"], None),
                                 ("Election", ["Perrotta"], None),
                                 ("The Leftovers", ["Perrotta"], None)]


# A literature podcast's page (am1-from-the-lighthouse-literature): praise between the
# writer's possessive and the kind of work.
def test_a_possessive_with_praise_before_the_kind_of_work() -> None:
    prose = ("Jean Rhys's lush, lovely novel Wide Sargasso Sea tells the story before "
             "another one.")
    assert _mentioned(prose) == [("Wide Sargasso Sea", ["Rhys"], None)]


# A statistics reading list (z3-cblin321-reading-list, text): the first author's surname and
# ", et al." before a dash.
def test_a_surname_with_et_al_before_a_dash() -> None:
    record = parse_citation("Lock, et al. - Statistics: Unlocking the Power of Data").record
    assert record is not None
    assert (record.full_title, [a.family for a in record.author]) == (
        "Statistics: Unlocking the Power of Data", ["Lock"])
    outcomes = list(iter_extract("Reading list\n\nLock, et al. - Statistics: Unlocking the "
                                 "Power of Data\n", "text"))
    assert [c.record.full_title for o in outcomes for c in o.citations] == [
        "Statistics: Unlocking the Power of Data"]


# A film podcast's feed (t1-weekly-movie-throwdown-feed): the year a film came out after its
# maker's possessive, with praise and its kind or without, and a year's own possessive.
def test_a_year_after_a_makers_possessive_or_its_own() -> None:
    assert _mentioned("This week we dive into Michael Mann’s gripping 2004 crime thriller, "
                      "Collateral. With Tom Cruise as a hitman.") == [
        ("Collateral", ["Mann"], 2004)]
    assert _mentioned("We close the month with a wild one: Michael Mann’s 2006 Miami "
                      "Vice. A bold swing.") == [("Miami Vice", ["Mann"], 2006)]
    assert _mentioned("Mike and Steven open the month with 1993’s The Program. Directed by "
                      "David S. Ward, it is fun.")[0][::2] == ("The Program", 1993)


# An R course's reading list (ao2-sdesabbata-r-reading-list, Markdown): a closing sentence
# that points to the book's page names no part of the entry.
def test_a_closing_see_link_is_no_part_of_the_entry() -> None:
    record = parse_citation("- *R for Data Science* by Garrett Grolemund and Hadley Wickham, "
                            "O'Reilly Media, 2016. See [online book](https://r4ds.had.co.nz/)."
                            ).record
    assert record is not None
    assert (record.full_title, [a.family for a in record.author], record.issued.year
            if record.issued else None, record.publisher) == (
        "R for Data Science", ["Grolemund", "Wickham"], 2016, "O'Reilly Media")


# A reading queue (ao2-bamos-to-read, Markdown): each author in sorting order over the titles
# nested under them.
def test_an_author_item_over_nested_titles() -> None:
    notes = ("# Reading Queue\n\n+ Hofstadter, Douglas\n  + I Am a Strange Loop\n"
             "+ Green, John\n  + An Abundance of Katherines\n  + The Fault in Our Stars\n"
             "+ The Odyssey\n")
    works = [(c.record.full_title, [a.family for a in c.record.author])
             for o in iter_extract(notes, "markdown") for c in o.citations]
    assert works == [("I Am a Strange Loop", ["Hofstadter"]),
                     ("An Abundance of Katherines", ["Green"]),
                     ("The Fault in Our Stars", ["Green"]), ("The Odyssey", [])]
