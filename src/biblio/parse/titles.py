"""What a title looks like, as opposed to a sentence of prose."""

from __future__ import annotations

# Words a title leaves in lower case ("The Origins of Totalitarianism").
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from",
     "as", "into", "de", "la", "le", "du", "des", "und", "der", "die", "das", "vs."}
)


def is_title_like(text: str) -> bool:
    """Title case and a sensible length: "Doctor Zhivago", not "the life of Leon Trotsky"."""
    words = text.split()
    if not words or len(words) > 25:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not big:
        return False
    capitalised = sum(1 for w in big if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return capitalised / len(big) >= 0.75


def opens_title(text: str) -> bool:
    """A title starts with a capital, a digit or a quote."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'¿¡")
