"""API values turned into record values, the same way for every provider.

Book APIs disagree on spelling: MARC language codes ("eng", "fre") or ISO
639-1 ("en") or "un"; dates as "1996", "c1998", "June 2004", "2008-07-28";
names as "Iain M. Banks" or "Banks, Iain M."; ISBN-10 and ISBN-13 mixed.
Providers call these helpers so that candidates from different APIs compare.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pycountry

from ... import isbn as isbnlib_wrapper
from ...model import Date, Name
from ...parse.names import person_name

_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
# "2008", "2008-07", "2008-07-28", Google's "2019-10-03T00:00:00+02:00".
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:T[\d:.+\-Z]*)?)?)?\s*$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH_WORD = re.compile(r"\b([A-Za-z]{3,9})\.?\b")
_DAY = re.compile(r"(?<!\d)([0-3]?\d)(?!\d)")
# Codes that name no single language: multiple, undetermined, Google's "unknown".
_NO_LANGUAGE = frozenset({"mul", "und", "zxx", "mis", "un", ""})


def language(code: str | None) -> str | None:
    """ISO 639-1 ("en") for a MARC / ISO 639-2 code ("eng", "fre") or a tag ("en-US").

    Languages without a two-letter code keep their three-letter one; codes that
    name no single language ("mul", "und", Google's "un") give None.
    """
    if not code:
        return None
    code = code.strip().removeprefix("/languages/").split("-")[0].split("_")[0].lower()
    if code in _NO_LANGUAGE:
        return None
    found = None
    if len(code) == 2:
        found = pycountry.languages.get(alpha_2=code)
    elif len(code) == 3:
        found = pycountry.languages.get(alpha_3=code) or \
            pycountry.languages.get(bibliographic=code)
    if found is None:
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


def date(text: str | None) -> Date | None:
    """The edition date in free text: "2008-07-28", "July 28, 2008", "c1998", "1996"."""
    if not text:
        return None
    iso = _ISO_DATE.match(text)
    if iso:
        parts = [int(p) for p in iso.groups() if p is not None]
        number, month, day = [*parts, 0, 0][:3]
        if 1 <= month <= 12:
            return Date.from_year(number, month, day if 1 <= day <= 31 else None)
        return Date.from_year(number)
    years = _YEAR.findall(text)
    if not years:
        return None
    named_month = next((_MONTHS[w.lower()] for w in _MONTH_WORD.findall(text)
                        if w.lower() in _MONTHS), None)
    named_day = None
    if named_month is not None:
        days = [int(d) for d in _DAY.findall(_YEAR.sub(" ", text)) if 1 <= int(d) <= 31]
        named_day = days[0] if len(days) == 1 else None
    return Date.from_year(int(years[0]), named_month, named_day)


def year(text: str | int | None) -> int | None:
    if isinstance(text, int):
        return text
    found = date(text)
    return found.year if found else None


def people(texts: Iterable[str]) -> list[Name]:
    seen: set[str] = set()
    out: list[Name] = []
    for text in texts:
        if text and text.strip() and text.strip().casefold() not in seen:
            seen.add(text.strip().casefold())
            out.append(person_name(text))
    return out


def isbns(values: Iterable[str]) -> list[str]:
    """Every valid ISBN as ISBN-13, in the API's order, without duplicates."""
    out: list[str] = []
    for value in values:
        isbn13 = isbnlib_wrapper.to_isbn13(value)
        if isbn13 is not None and isbn13 not in out:
            out.append(isbn13)
    return out


def pages(value: object) -> str | None:
    """A page count as CSL `number-of-pages`; 0 and junk (Google's pageCount 0) give None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value > 0 else None
    if isinstance(value, str):
        found = re.search(r"\d+", value)
        if found and int(found.group()) > 0:
            return str(int(found.group()))
    return None


def first(values: object) -> str | None:
    """The first non-empty string of an API list (or the value, if a string)."""
    if isinstance(values, str):
        return values.strip() or None
    if isinstance(values, list):
        for value in values:
            if isinstance(value, str) and value.strip():
                return value.strip()
            if isinstance(value, dict) and isinstance(value.get("name"), str):
                return str(value["name"]).strip() or None
    return None


def text(value: object) -> str | None:
    """A string value with its whitespace collapsed; None for empty or non-strings."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return None


def strings(value: object) -> list[str]:
    """The strings of an API list (a lone string counts as a list of one)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int) and str(v).strip()]
    return []
