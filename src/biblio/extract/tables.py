"""Tables of works: the header names the columns, and each row is one work.

Reading logs, book clubs and course lists keep their books in tables, in
Markdown or HTML (``Author | Title | Status | Date read``, ``Name | Author |
Genre | Suggestor``).  Joined into one line, a row reads as a citation only
when the author happens to come first and nothing stands between; read by its
header, each row gives its title and author whatever the column order, and
the other columns (status, ratings, dates, who suggested it) are left out.
"""

from __future__ import annotations

import re

from ..parse.lexicon import CAPITAL_PARTICLES, PARTICLES
from ..parse.titles import CASELESS_LETTERS

# Header words (letters only, lower case; other scripts' headers as written) → the
# part of a citation the column holds.
_ROLES: dict[str, frozenset[str]] = {
    "title": frozenset({
        "title", "titles", "book", "books", "book title", "book name", "work", "works",
        "reading", "readings", "text", "texts", "novel", "film", "movie", "name of the book",
        "paper", "papers", "article", "articles",
        # German, French, Spanish, Italian, Portuguese and Russian lists' headers
        "titel", "buch", "titre", "livre", "título", "titulo", "libro", "titolo", "livro",
        "книга", "название",
        "书名", "书目", "書名", "書目",
        # a discography's or a playlist's
        "song", "songs", "track", "tracks", "song title", "track title", "歌名", "曲名", "歌曲"}),
    "author": frozenset({
        "author", "authors", "author s", "authors s", "writer", "writers", "by", "creator",
        "author name", "written by", "autor", "autoren", "auteur", "auteurs", "autores",
        "autore", "autori", "автор", "авторы", "作者", "著者",
        "artist", "artists", "performer", "singer", "composer", "作曲", "歌手", "演唱"}),
    "year": frozenset({
        "year", "published", "year published", "publication year", "pub year",
        "first published", "date published", "publication date", "original publication",
        "publish month", "publish date", "publication month", "month year", "m year",
        "jahr", "année", "annee", "año", "anno", "ano", "год"}),
    "publisher": frozenset({"publisher", "publishers", "press", "imprint", "verlag", "éditeur",
                            "editeur", "editorial", "editore", "editora", "издательство",
                            "出版社"}),
    "translator": frozenset({"translator", "translators", "translated by", "translation",
                             "译者", "訳者"}),
    "editor": frozenset({"editor", "editors", "edited by"}),
    "isbn": frozenset({"isbn", "isbns", "isbn number"}),
    "doi": frozenset({"doi"}),
}
# A header's first word that says what the column holds, whatever follows it.
_LEAD_WORDS = {**dict.fromkeys(("title", "titles", "book", "books", "paper", "papers",
                                 "article", "articles", "film", "films", "movie", "movies",
                                 "novel", "novels"), "title"),
               "author": "author", "authors": "author"}
# Words of a schedule's header over its readings.
_READ_WORDS = frozenset({"read", "reading", "readings"})
# "Name" names the work only beside an author or a year column ("Name | Author | Genre",
# "Seen | Name | Year | Mine | IMDb").
_NAME = frozenset({"name", "names"})
# (and "título", "книга", "书名", "作者" as written)
_NOT_LETTERS = re.compile(f"[^a-zà-öø-ÿа-яё{CASELESS_LETTERS}]+")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
_MARKED = re.compile(r"^(?:\[|\*|_|<)")
_MORE = re.compile(rf"[()\[\]]|{_YEAR.pattern}|\sby\s|\b(?:tr|trans|eds?)\.|"
                   r"\b(?:translated|edited)\b", re.IGNORECASE)
# "Orwell, George", "Le Guin, Ursula K.": a family name, then one to three given names.
_INVERTED = re.compile(r"^\s*(?:(\S+)\s+)?([^\s,]+),\s*((?:[^\s,]+\s*){1,3})$")

# A series and its number closing a title cell, as book trackers export it: "As Sure as
# the Dawn (Mark of the Lion, #3)", "(Discworld #12; Witches #3)", "(Works of Saint
# Augustine 1)".
_SERIES_TAIL = re.compile(
    r"\s*\([^()]{2,80}(?:#\s?\d+(?:[.-]\d+)?(?:;[^()]{0,80})?|[A-Za-z]\s\d{1,3})\)\s*$")
# A cell set in code as a whole ("`9780765387424`"): its text, without the backticks.
_CODE_CELL = re.compile(r"^`+([^`]+)`+$")

Roles = list[str | None]


def row_cells(line: str) -> list[str]:
    """The cells of a table row (leading and trailing pipes optional, ``\\|`` kept)."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [_CODE_CELL.sub(r"\1", cell.strip().replace("\\|", "|"))
            for cell in _CELL_SPLIT.split(body)]


def column_roles(header: list[str]) -> Roles | None:
    """What each column holds, or None when no column holds a title."""
    names = [" ".join(_NOT_LETTERS.sub(" ", cell.lower()).split()) for cell in header]
    roles: Roles = [next((role for role, words in _ROLES.items() if name in words), None)
                    for name in names]
    if "title" not in roles and ("author" in roles or "year" in roles):
        roles = ["title" if name in _NAME and roles.count("title") == 0 else role
                 for name, role in zip(names, roles, strict=True)]
    if "title" not in roles:
        # "Title, with Author(s) and Translators": a header that says more than its role
        roles = [role or _LEAD_WORDS.get(name.split(" ", 1)[0]) for name, role in
                 zip(names, roles, strict=True)]
    if "title" not in roles and "author" not in roles:
        # "What to read / What to write", "Assigned reading": a schedule's column of
        # readings, each cell a whole citation
        roles = [role or ("title" if _READ_WORDS.intersection(name.split()) else None)
                 for name, role in zip(names, roles, strict=True)]
        if roles.count("title") != 1:
            return None
    return roles if "title" in roles else None


def row_citation(cells: list[str], roles: Roles) -> str | None:
    """The row written as the parser reads a citation best: ``*Title* by A (Publisher, Year)``.

    None when the row has no title (an empty cell, a month without a book).
    """
    value: dict[str, str] = {}
    for cell, role in zip(cells, roles, strict=False):
        if role is not None and cell and role not in value:
            value[role] = cell
    title = value.get("title")
    if not title or not (any(ch.isalpha() for ch in title) or (
            title.strip().isdigit() and "author" in value)):  # "1776", "2666" by their authors
        return None
    # emphasis marks where the title ends, unless the cell holds more than a title
    # ("Computer Lib/Dream Machines (1974)") or has its own markup
    out = title if _MARKED.match(title) or _MORE.search(_SERIES_TAIL.sub("", title)) \
        else f"*{title}*"
    if "author" in value:
        out += f" by {_direct(value['author'])}"
    if "editor" in value:
        out += f", edited by {_direct(value['editor'])}"
    if "translator" in value:
        out += f", translated by {_direct(value['translator'])}"
    year = _YEAR.search(value.get("year", ""))
    imprint = [part for part in (value.get("publisher"), year.group(1) if year else None) if part]
    if imprint:
        out += f" ({', '.join(imprint)})"
    for role, label in (("isbn", "ISBN"), ("doi", "doi:")):
        if role in value:
            out += f". {label} {value[role]}"
    return out


def _direct(names: str) -> str:
    """"Orwell, George" → "George Orwell"; any other spelling as it is."""
    m = _INVERTED.match(names)
    if m is None or (m.group(1) and m.group(1) not in PARTICLES | CAPITAL_PARTICLES):
        return names  # "Steven Levitt, Stephen Dubner": two names, not one inverted
    family = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
    return f"{m.group(3).strip()} {family}"
