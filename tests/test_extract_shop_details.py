"""A bookshop's product block: the title line (its cover's caption run into it), then
"ISBN: …", "Availability: …", "Published: Publisher - Date".

Titles, names, ISBNs and imprints are two bookshops' staff-picks pages as a browser copies
them to text (splitrockbks.com, quailridgebooks.com); the staff's remarks are rewritten.
"""

from __future__ import annotations

from typing import Any

from biblio import iter_extract

PICKS = """\
September 2023 Staff Picks

Staff Pick Badge
Boomhouse By Summer J. Hart Cover Image
ISBN: 9781737925842
Availability: On Our Shelves Now
Published: 3rd Thing - September 12th, 2023

Chosen by: Heidi

Stories of a small place and the people who stay in it, funny and sad by turns.

Staff Pick Badge
Forget Me Not By Julie Soto Cover Image
ISBN: 9781538740880
Availability: On Our Shelves Now
Published: Forever - July 11th, 2023

Chosen by: Amanda

Last Hope Island: Britain, Occupied Europe, and the Brotherhood That Helped Turn the \
Tide of War Cover Image
ISBN: 9780812997354
Availability: On Our Shelves Now
Published: Random House - April 25th, 2017

Two thumbs up from the staff for this history of the exiles in wartime London.
"""


def _records() -> dict[int, dict[str, Any]]:
    # each record as it stands when its line is handed out: nothing is added after
    return {o.line: c.record.to_csl() for o in iter_extract(PICKS, "text") for c in o.citations}


def test_the_isbn_line_gives_its_number_to_the_title_above() -> None:
    records = _records()
    assert sorted(records) == [4, 14, 21]
    assert (records[4]["title"], records[4]["author"], records[4]["ISBN"]) == (
        "Boomhouse", [{"family": "Hart", "given": "Summer J."}], "9781737925842")
    assert records[21]["title"] == ("Last Hope Island: Britain, Occupied Europe, and the "
                                    "Brotherhood That Helped Turn the Tide of War")
    assert records[21]["ISBN"] == "9780812997354"


def test_the_imprint_line_gives_publisher_and_date() -> None:
    records = _records()
    assert (records[14]["publisher"], records[14]["issued"]) == (
        "Forever", {"date-parts": [[2023, 7, 11]]})
    assert (records[21]["publisher"], records[21]["issued"]) == (
        "Random House", {"date-parts": [[2017, 4, 25]]})


def test_a_name_the_publisher_check_refuses_is_left_out() -> None:
    # "3rd Thing" reads like an ordinal edition to the publisher check: no guess is made
    assert "publisher" not in _records()[4]


def test_detail_lines_are_reported_with_their_entry() -> None:
    outcomes = {o.line: o for o in iter_extract(PICKS, "text")}
    assert outcomes[15].continues is outcomes[14]  # the ISBN
    assert outcomes[17].continues is outcomes[14]  # the imprint
    assert outcomes[16].status == "rejected"  # "Availability: …"


def test_an_isbn_line_with_nothing_above_stays_its_own_record() -> None:
    found = [c.record.to_csl() for o in iter_extract("ISBN: 9780812997354\n", "text")
             for c in o.citations]
    assert [(r.get("title"), r["ISBN"]) for r in found] == [(None, "9780812997354")]


_DOSSIER = (
    '### ★ Jörg Friedrichs, "The Meaning of New Medievalism," *European Journal of '
    "International Relations* 7:4 (2001), 475–502\n\n"
    "- DOI and publisher page (Sage, behind a paywall): doi.org/10.1177/1354066101007004004\n"
    "- Read the later chapter version if you only have time for one.\n")


def test_a_doi_line_under_an_entry_gives_the_entry_its_doi() -> None:
    # c-neomedievalism-dossier.md: the DOI line was a record of its own, with no title
    outcomes = list(iter_extract(_DOSSIER, "markdown"))
    entry, doi_line = outcomes[0], outcomes[1]
    assert entry.citations[0].record.get("DOI") == "10.1177/1354066101007004004"
    assert doi_line.citations == [] and doi_line.continues is entry


def test_a_whole_citation_keeps_its_own_doi() -> None:
    # a-symhc-lisbon.txt: a reference whose title went unread is no detail of the one above
    text = ("• Algarve History Association. “The 1755 Lisbon Earthquake and the Algarve.” "
            "https://www.algarvehistoryassociation.com/en/portuguese-history/algarve-history\n"
            "• Blanc, P.-L.: Earthquakes and tsunami in November 1755 in Morocco: a different "
            "reading of contemporaneous documentary sources, Nat. Hazards Earth Syst. Sci., 9, "
            "725–738, https://doi.org/10.5194/nhess-9-725-2009, 2009.\n")
    first, second = list(iter_extract(text, "text"))
    assert not first.citations[0].record.get("DOI")
    assert second.citations[0].record.get("DOI") == "10.5194/nhess-9-725-2009"
