"""Episode headings "Guest Name: Topic" are told from "Author: Title" entries by the lines below."""

from biblio.extract import extract, iter_extract
from biblio.extract.guests import GUEST_HEADING


def _titles(text: str, format: str = "text") -> list[str | None]:
    return [p.record.title for p in extract(text, format=format)]


def test_heading_over_a_description_naming_the_guest_is_no_work() -> None:
    notes = (
        "Episodes\n"
        "Peter Enns: Where Polls Live Forever\n"
        "Peter Enns runs The Roper Center at Cornell University and teaches government there"
        " as an associate professor.\n")
    assert "Where Polls Live Forever" not in _titles(notes)
    reasons = [o.reason for o in iter_extract(notes, format="text")]
    assert GUEST_HEADING in reasons


def test_markdown_heading_with_a_quoted_topic() -> None:
    notes = (
        "## Dan Drezner: ‘Foreign Policy for Campaigns is Like an Unexploded Landmine’\n\n"
        "Chris Riback talks with the political scientist Dan Drezner about social media and"
        " how foreign policy is shaping the 2016 race for president.\n")
    assert _titles(notes, "markdown") == []


def test_heading_over_the_episode_date_is_no_work() -> None:
    notes = ("Tuesday Jan 23, 2018\n"
             "David Cay Johnston: Political Termites\n"
             "Tuesday Jan 23, 2018\n")
    assert _titles(notes) == []


def test_entries_of_a_list_stay_works() -> None:
    notes = ("Books mentioned\n"
             "Isaac Deutscher: The Prophet Armed\n"
             "Sheila Fitzpatrick: The Russian Revolution\n")
    assert _titles(notes) == ["The Prophet Armed", "The Russian Revolution"]


def test_a_note_about_the_book_keeps_the_entry() -> None:
    notes = ("Books mentioned\n"
             "Isaac Deutscher: The Prophet Armed\n"
             "The first volume of the trilogy follows Trotsky from his youth to the civil war"
             " and its end.\n")
    assert "The Prophet Armed" in _titles(notes)


def test_show_name_and_episode_title_under_the_episode_date() -> None:
    notes = ("Latest episodes\n\n"
             "Sep 3, 2020 • 1h 2min\n\n"
             "Literary Friction - The Joy of Words with Eley Williams\n\n"
             "Where does the thrill of finding a delicious new word come from?\n")
    assert _titles(notes) == []


def test_dash_entries_of_an_undated_list_stay_works() -> None:
    notes = ("Books mentioned\n"
             "Isaac Deutscher – The Prophet Armed\n"
             "Sheila Fitzpatrick – The Russian Revolution\n")
    assert _titles(notes) == ["The Prophet Armed", "The Russian Revolution"]
