"""Prose in feeds: quoted titles a paragraph lists, and links that describe a piece."""

from __future__ import annotations

from biblio import parse_citation
from biblio.extract.inline import find_mentions

# A Catalan radio programme's feed (Sèries i Cinema), its titles as the feed quoted them.
LISTED = ('Molts crítics la van posar entre les millors de l\'any, i ara arriba "Drive my car", '
          'de Ryûsuke Hamaguchi. També aterren "Moonfall" i "Los ojos de Tammy Faye". '
          'Directes a plataformes, "Old Henry" i "The story of looking".')


def test_a_paragraph_listing_quoted_titles_names_each() -> None:
    titles = [p.record.full_title for p in find_mentions(LISTED)]
    assert titles == ["Drive my car", "Moonfall", "Los ojos de Tammy Faye", "Old Henry",
                      "The story of looking"]
    assert all(p.method == "inline" for p in find_mentions(LISTED))


def test_quoted_answers_to_a_quiz_are_no_titles() -> None:
    quiz = ('Give each a number from 1 to 5, where 1 means "Not at all like me," 2 "Not like '
            'me," 3 "Unsure or both like and not like me," 4 "Like me," and 5 "Very much like '
            'me."')
    assert find_mentions(quiz) == []


def test_two_quoted_phrases_are_not_a_list() -> None:
    assert find_mentions('We kept saying "Moonfall" and "Old Henry" all night.') == []


def test_a_link_that_describes_someones_piece_names_no_title() -> None:
    # link words in a podcast feed's notes (Reply All): what the piece is about, not its title
    for line in ("Journalist Larry Tabak's series on Foxconn in Wisconsin",
                 "Economist David Merriman's paper on the type of financing used by Mount "
                 "Pleasant", "Angelina Fanous’s reporting on VICE and The New York Times"):
        assert not parse_citation(line).is_citation, line
    assert parse_citation("Foucault's Pendulum by Umberto Eco").record.full_title == \
        "Foucault's Pendulum"


def test_titles_in_sentence_case_quoted_as_catalan_writes_them() -> None:
    text = ('Us proposem sèries de les quals no parla gaire ningú, com "As we see it" (Prime '
            'Video), "Red light" (Sundance TV) o "Los últimos tres días" (Filmin).')
    assert [p.record.full_title for p in find_mentions(text)] == [
        "As we see it", "Red light", "Los últimos tres días"]
