"""Books in the IEEE reference style, as engineering course lists copy them from the
IEEE editorial guide: initials before the surname, the title, then an imprint whose
town carries its state and country ("Belmont, CA, USA: Wadsworth, 1993")."""

from __future__ import annotations

from reading_helpers import csl_reading as _read


def test_the_town_keeps_its_state_and_the_title_ends_at_its_full_stop() -> None:
    record = _read("[2] W.-K. Chen, Linear Networks and Systems. Belmont, CA, USA: Wadsworth, "
                   "1993, pp. 123–135.")
    assert record["title"] == "Linear Networks and Systems"  # not "… Systems. Belmont"
    assert record["publisher-place"] == "Belmont, CA, USA"
    assert record["publisher"] == "Wadsworth"
    assert record["page"] == "123–135"
    assert record["author"] == [{"family": "Chen", "given": "W.-K."}]
    assert record["issued"] == {"date-parts": [[1993]]}


def test_two_authors_and_a_university_press() -> None:
    record = _read("[4] B. Klaus and P. Horn, Robot Vision. Cambridge, MA, USA: MIT Press, 1986.")
    assert record["title"] == "Robot Vision"
    assert (record["publisher-place"], record["publisher"]) == ("Cambridge, MA, USA",
                                                                "MIT Press")
    assert [a["family"] for a in record["author"]] == ["Klaus", "Horn"]
