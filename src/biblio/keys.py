"""Citation keys: stable, readable, de-duplicated (``deutscher1954prophet``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .model import Record

_STOPWORDS = frozenset(
    "a an the of on in and to for at by from with der die das le la les el los las il lo "
    "un une des de du".split()
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def ascii_fold(text: str) -> str:
    """Strip accents and drop what has no ASCII form ("Żeromski" → "Zeromski")."""
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l")
    text = text.replace("Æ", "AE").replace("Ø", "O").replace("Ł", "L").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _first_word(text: str | None, skip_stopwords: bool) -> str:
    words: list[str] = _WORD.findall(ascii_fold(text or "").lower())
    for word in words:
        if not skip_stopwords or word not in _STOPWORDS:
            return word
    return ""


def base_key(record: Record) -> str:
    """author + year + first significant title word, ASCII lower case."""
    people = record.author or record.editor or record.director or record.translator
    who = ""
    if people:
        first = people[0]
        who = "".join(_WORD.findall(ascii_fold(first.family or first.literal or "").lower()))
    year = str(record.year) if record.year is not None else ""
    word = _first_word(record.title, True) or _first_word(record.title, False)
    return (who + year + word) or "item"


def assign_keys(records: Iterable[Record], overwrite: bool = False) -> None:
    """Give every record without an id a key; repeated keys get a, b, c… suffixes."""
    records = list(records)
    taken = {r.id for r in records if r.id and not overwrite}
    wanted: dict[str, list[Record]] = {}
    for rec in records:
        if overwrite or not rec.id:
            wanted.setdefault(base_key(rec), []).append(rec)
    for key, group in wanted.items():
        if len(group) == 1 and key not in taken:
            group[0].id = key
            taken.add(key)
            continue
        n = 0
        for rec in group:
            while True:
                candidate = key + _suffix(n)
                n += 1
                if candidate not in taken:
                    break
            rec.id = candidate
            taken.add(candidate)


def _suffix(n: int) -> str:
    """0 → a, 25 → z, 26 → aa … like biblatex's extradate letters."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out
