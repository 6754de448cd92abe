"""A list of films: the heading says what its entries are, and a "Director:" line under an
entry names who made it.

The entries are those of a real awesome-list (c-awesome-scifi-movies, a training document
of the real corpus); its descriptions are rewritten.
"""

from __future__ import annotations

from biblio import iter_extract

MOVIES = """\
## Movies

#### [2001: A Space Odyssey](https://www.imdb.com/title/tt0062622/) (1968) [8.3]

Categories: `space` `ai` `singularity`<br>
Director: _Stanley Kubrick_

A slow, exact film about an object found on the Moon, rewritten here.

#### [A Clockwork Orange](https://www.imdb.com/title/tt0066921/) (1971) [8.4]

Categories: `dystopia`
"""


def _films() -> list[tuple[int, str, str | None, list[str], int | None]]:
    return [(o.line, c.record.type, c.record.full_title, [n.family or "" for n in
                                                          c.record.director],
             c.record.issued.parts[0][0] if c.record.issued else None)
            for o in iter_extract(MOVIES, "markdown") for c in o.citations]


def test_entries_under_a_films_heading_are_films_with_their_directors() -> None:
    assert _films() == [
        (3, "motion_picture", "2001: A Space Odyssey", ["Kubrick"], 1968),
        (10, "motion_picture", "A Clockwork Orange", [], 1971),
    ]


def test_the_director_line_is_reported_with_its_entry() -> None:
    outcomes = {o.line: o for o in iter_extract(MOVIES, "markdown")}
    assert outcomes[6].continues is outcomes[3]
    assert outcomes[6].status == "record"


def test_an_entry_by_its_author_under_a_films_heading() -> None:
    # a film list written "Title (Year) - Director", as notes often give them
    found = [(c.record.type, [n.family for n in c.record.director], c.record.author)
             for o in iter_extract("Films mentioned:\nSeven Samurai (1954) - Akira Kurosawa\n",
                                   "text") for c in o.citations]
    assert found == [("motion_picture", ["Kurosawa"], [])]


def test_a_books_heading_keeps_its_entries_books() -> None:
    found = [c.record.type for o in iter_extract(
        "Books and films mentioned:\nSeven Samurai (1954) - Akira Kurosawa\n", "text")
        for c in o.citations]
    assert found == ["book"]
