"""Forms read in the twenty-third round: a bibliography's dash for the same authors, kinds
of book named in prose, staff credits.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract
from biblio.extract.inline import find_mentions


def _works(text: str, form: str = "text") -> dict[int, list[tuple[str, list[str]]]]:
    """Each line's works, as (title, authors' family names), by its line."""
    return {o.line: [(c.record.full_title or "", [n.family or n.literal or ""
                                                 for n in c.record.author])
                     for c in o.citations]
            for o in iter_extract(text, form)  # type: ignore[arg-type]
            if o.citations}


# A history-of-the-book bibliography (d-headlesschicken-book-history,
# http://headlesschicken.ca/eng204/bibliography.html): Chicago's three-em dash stands for the
# authors of the entry above.
def test_the_dash_of_a_bibliography_repeats_the_authors_above() -> None:
    works = _works(
        "## Bibliography\n\n"
        "Darnton, Robert. The Great Cat Massacre and Other Episodes in French Cultural "
        "History. New York: Basic Books, 1984.\n"
        "———. \"First Steps Toward a History of Reading.\" In The Kiss of Lamourette: "
        "Reflections in Cultural History. 1990.\n"
        "---. The Kiss of Lamourette. New York: Norton, 1990.\n", "markdown")
    assert works[4] == [("First Steps Toward a History of Reading", ["Darnton"])]
    assert works[5] == [("The Kiss of Lamourette", ["Darnton"])]


def test_the_dash_needs_an_entry_right_above() -> None:
    # a heading between them: the dash stands for no one
    works = _works(
        "Darnton, Robert. The Great Cat Massacre. New York: Basic Books, 1984.\n\n"
        "## Articles\n\n"
        "———. \"First Steps Toward a History of Reading.\" The Australian Journal of French "
        "Studies 23 (1986).\n", "markdown")
    assert [authors for _, authors in works[5]] == [[]]


# Feed descriptions (p1-trafika-europe-radio-feed, https://omny.fm/shows/trafika-europe-radio;
# p1-mysterypod-feed, https://mysterypod.libsyn.com/): a kind of novel before its title.
def test_a_genre_before_the_work_word_still_names_the_work() -> None:
    assert [m.record.title for m in find_mentions(
        "We talk with the author and her translator about the noir novel Home Before "
        "Dark.")] == ["Home Before Dark"]
    assert "The Rut" in [m.record.title for m in find_mentions(
        "His books include the sci-fi novel The Rut, among others.")]


# A film podcast's feed (z1-bulwark-goes-to-hollywood-feed, https://tunein.com/podcasts/
# Arts--Culture-Podcasts/The-Bulwark-Goes-to-Hollywood-p1356635): "Vs." inside a title.
def test_an_abbreviated_versus_does_not_end_the_title() -> None:
    mentions = find_mentions(
        "This week Scott Eyman, author of Charlie Chaplin Vs. America: When Art, Sex, and "
        "Politics Collided, is back on the show.")
    assert [(m.record.full_title, [n.family for n in m.record.author]) for m in mentions] == [
        ("Charlie Chaplin Vs. America: When Art, Sex, and Politics Collided", ["Eyman"])]


# A state library's staff picks (u3-texas-talking-books-staff-picks,
# https://www.tsl.texas.gov/texastalkingbooks/category/staff-picks/): each pick is signed with
# a name and a job.
def test_a_staff_member_and_their_job_are_no_work() -> None:
    text = ("Staff picks for the summer\n\n"
            "· Laura Jean, Reader’s Advisory Librarian-\n"
            "· Dina Abramson, Disability Information & Referral Coordinator-\n")
    assert _works(text) == {}


# Film podcasts' feeds (x3-pop-culture-happy-hour-feed, https://share.snipd.com/show/
# a6f87134-1390-4204-87d6-e116381cd1a3; x3-filmspotting-feed, https://www.globalplayer.com/
# podcasts/2T3Ka/): a credit and a year's possessive read as titles after a film's cue.
def test_a_credit_or_a_years_possessive_is_no_title() -> None:
    titles = [m.record.title for m in find_mentions(
        "In the new movie The Creator, people and machines are at war. Directed by Gareth "
        "Edwards, the film asks big questions.")]
    assert titles == ["The Creator"]
    assert find_mentions(
        "The director of 2014's \"Phoenix\" is back with a daringly enigmatic thriller.") == []
