"""A podcast archive to convert: episodes whose notes cite books of a `FakeApi` catalog.

Real archives cite a few works very often and most works once or twice, so
citations are drawn with a Zipf-like skew; the notes around them carry the
furniture real notes have (episode title, prose, sponsor and Patreon lines).
`synthetic_books` makes a catalog with valid ISBNs for tests that must run
without the shared catalog.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from .fakeapi import Book, display_title

_ADJECTIVES = ("Armed", "Unarmed", "Outcast", "Silent", "Distant", "Broken", "Golden", "Hidden",
               "Burning", "Frozen", "Restless", "Forgotten", "Crimson", "Northern", "Southern")
_NOUNS = ("Prophet", "Republic", "River", "Harvest", "Empire", "Revolution", "Garden",
          "Frontier", "Century", "Archive", "Harbour", "Winter", "Kingdom", "Machine")
_GIVEN = ("Isaac", "Rosa", "Victor", "Natalia", "Leon", "Clara", "Emma", "Karl", "Alexandra",
          "Boris", "Hannah", "Walter", "Simone", "Primo", "Vera")
_FAMILY = ("Deutscher", "Luxemburg", "Serge", "Sedova", "Zetkin", "Goldman", "Kautsky",
           "Kollontai", "Souvarine", "Arendt", "Benjamin", "Weil", "Levi", "Brittain", "Figes")
_PUBLISHERS = ("Verso", "Haymarket Books", "Penguin Classics", "Oxford University Press",
               "Pluto Press", "Faber & Faber")


def _isbn13(n: int) -> str:
    body = f"978{n:09d}"
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def synthetic_books(count: int, seed: int = 5) -> list[Book]:
    """`count` distinct books with valid ISBN-13s and plausible titles and authors."""
    rng = random.Random(seed)
    titles = [f"The {a} {n}" for n in _NOUNS for a in _ADJECTIVES]
    rng.shuffle(titles)
    if count > len(titles):
        raise ValueError(f"at most {len(titles)} synthetic books")
    books = []
    for i, title in enumerate(titles[:count]):
        author = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
        books.append(Book(id=str(i + 1), title=title, authors=(author,),
                          isbn13=_isbn13(140_000_000 + i * 7), publisher=rng.choice(_PUBLISHERS),
                          date=f"{rng.randint(1950, 2020)}", language="eng",
                          pages=rng.randint(120, 900), popularity=rng.randint(1, 5000)))
    return books


def citation(book: Book) -> str:
    """How show notes cite a book: "Isaac Deutscher, The Prophet Armed (1954)"."""
    year = f" ({book.year})" if book.year else ""
    return f"{book.authors[0]}, {display_title(book.title)}{year}"


def write_reading_list(path: Path, citations: Iterable[str]) -> None:
    """One notes file: a "Reading list" of `citations`, a support plea every 50 lines."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Reading list\n\n")
        for i, text in enumerate(citations):
            handle.write(f"- {text}\n")
            if i % 50 == 49:
                handle.write("\nSupport the show on Patreon: https://patreon.com/example\n\n"
                             "Reading list\n\n")


def write_archive(directory: Path, books: list[Book], citations: int, per_episode: int = 10,
                  seed: int = 8) -> list[Path]:
    """Episode notes under `directory` holding `citations` citation lines in all."""
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) for rank in range(len(books))]
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for episode in range(1, (citations + per_episode - 1) // per_episode + 1):
        count = min(per_episode, citations - (episode - 1) * per_episode)
        cited = rng.choices(books, weights, k=count)
        lines = [f"Episode {episode}: Notes and sources", "",
                 "This week we follow the argument through the books below.", "",
                 "Reading list", ""]
        lines += [f"- {citation(book)}" for book in cited]
        lines += ["", "Support the show on Patreon: https://patreon.com/example", ""]
        path = directory / f"episode-{episode:04d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths
