"""Author-date entries that give the authors' surnames alone, as a reading list does for
a name it cites often (lines from d-altphi-bib, a real bibliography in the corpus)."""

from __future__ import annotations

from biblio import parse_citation


def test_a_surname_alone_before_the_date_is_the_author() -> None:
    parsed = parse_citation(
        "Einstein. (1954) Ideas and Opinions. ed. Seelig. tr. Bargmann. New York.")
    csl = parsed.record.to_csl()
    assert csl["author"] == [{"family": "Einstein"}]
    assert csl["title"] == "Ideas and Opinions"
    assert csl["issued"] == {"date-parts": [[1954]]}
    assert csl["editor"] == [{"family": "Seelig"}]
    assert csl["translator"] == [{"family": "Bargmann"}]
    assert csl["publisher-place"] == "New York"


def test_editors_of_a_harvard_entry_are_read_whatever_their_dots() -> None:
    # "edd." straight after an initial's dot, and a full stop after the given name
    csl = parse_citation("Gill, Christopher & Wiseman, T.P. edd. (1993). Lies and Fiction in "
                         "the Ancient World. Austin.").record.to_csl()
    assert csl["editor"] == [{"family": "Gill", "given": "Christopher"},
                             {"family": "Wiseman", "given": "T.P."}]
    assert csl["title"] == "Lies and Fiction in the Ancient World"
    csl = parse_citation("Porter, Stanley. ed. (1997). Handbook of Classical Rhetoric in the "
                         "Hellenistic Period 330 B.C. - A.D. 400. Leiden.").record.to_csl()
    assert csl["editor"] == [{"family": "Porter", "given": "Stanley"}]  # one inverted name
    assert csl["title"] == "Handbook of Classical Rhetoric in the Hellenistic Period 330 B.C. - " \
        "A.D. 400"
    assert csl["issued"] == {"date-parts": [[1997]]}


def test_a_film_and_its_director_are_not_an_author_and_a_title() -> None:
    # the word before the date is the film's title when a person, or nothing formal, follows
    for line in ("Heat (1995) Michael Mann", "Jaws (1975) Spielberg."):
        parsed = parse_citation(line)
        assert parsed.record is None or not parsed.record.author, line
