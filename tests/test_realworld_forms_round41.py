"""Forms read in the forty-first round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _read(text: str, format: str) -> dict[int, list[tuple[str, list[str], list[str], str]]]:
    """Line → (title, authors' family names, their given names, type) of each record."""
    return {o.line: [(str(c.record.full_title), [str(n.family) for n in c.record.author],
                      [str(n.given) for n in c.record.author], c.record.type)
                     for c in o.citations]
            for o in iter_extract(text, format)  # type: ignore[arg-type]
            if o.citations}


def test_a_name_particle_does_not_open_the_next_word() -> None:
    # ae4-future-hindsight-feed: "Haass le(ads)" had been read as a name ending in "le",
    # leaving the title's author as "Richard" alone
    text = ("Dr. Richard Haass leads the Council on Foreign Relations as its President and is "
            "the author of The Bill of Obligations: Ten Habits of Good Citizens. We ask what "
            "citizens owe each other.\n")
    read = _read(text, "text")
    assert read[1] == [("The Bill of Obligations: Ten Habits of Good Citizens", ["Haass"],
                        ["Richard"], "book")]


def test_a_name_particle_between_name_words_stays() -> None:
    text = "Ursula K. Le Guin is the author of The Dispossessed, and we talk about it.\n"
    read = _read(text, "text")
    assert read[1][0][1] == ["Le Guin"]
