"""Works named in prose, twelfth round: from the training part's feeds."""
from __future__ import annotations

from biblio.extract.inline import find_mentions


def _found(text: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.title, [a.family or "" for a in p.record.author or []])
            for p in find_mentions(text)]


def test_the_author_of_the_best_selling_title() -> None:
    # i-sentimental-garbage-feed.xml (the sentence reworded, the names and title kept)
    assert _found("Jenny Jackson, the author of the best-selling Pineapple Street, joins us "
                  "to ask whether all this content about the rich is good for us.") == [
        ("Pineapple Street", ["Jackson"])]


def test_the_author_of_the_best_selling_series_names_no_work() -> None:
    assert _found("She is the author of the best-selling series and lives in Leeds.") == []
