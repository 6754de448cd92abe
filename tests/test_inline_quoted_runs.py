"""Several quoted titles in one paragraph, as a film column lists what it covers."""

from __future__ import annotations

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
