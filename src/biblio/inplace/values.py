"""The fields `biblio enrich` fills, and the names users give them."""

from __future__ import annotations

# CSL variables enrich fills by default, in the order fields are added.
DEFAULT_FIELDS: tuple[str, ...] = (
    "edition",
    "publisher",
    "publisher-place",
    "issued",
    "original-date",
    "number-of-pages",
    "ISBN",
)

# What users may type after --fields, besides the CSL names themselves.
ALIASES: dict[str, str] = {
    "isbn": "ISBN",
    "place": "publisher-place",
    "location": "publisher-place",
    "address": "publisher-place",
    "pages": "number-of-pages",
    "pagetotal": "number-of-pages",
    "origdate": "original-date",
    "original-year": "original-date",
    "year": "issued",
    "date": "issued",
}

# How reports name each variable: what users type after --fields / --overwrite.
USER_NAMES: dict[str, str] = {
    "ISBN": "isbn",
    "publisher-place": "place",
    "number-of-pages": "pages",
    "issued": "year",
}


def parse_fields(spec: str | None) -> tuple[str, ...]:
    """CSL variables named by a --fields value ("isbn,publisher,place"), in fill order."""
    if spec is None:
        return DEFAULT_FIELDS
    wanted: list[str] = []
    for raw in spec.split(","):
        name = raw.strip()
        if not name:
            continue
        var = ALIASES.get(name.lower(), name)
        if var not in DEFAULT_FIELDS:
            known = ", ".join(USER_NAMES.get(v, v) for v in DEFAULT_FIELDS)
            raise ValueError(f"unknown field {name!r} (known: {known})")
        wanted.append(var)
    return tuple(v for v in DEFAULT_FIELDS if v in wanted)
