"""Language codes ↔ the language names biblatex and babel/polyglossia use.

biblatex's ``langid`` must be a babel/polyglossia language name (it picks
hyphenation patterns and, with ``autolang``, the localisation), and its
``language`` field is printed: a localisation key such as ``english`` comes
out as "English" (or "Englisch" in a German document), while anything else is
printed as written, so ``language = {en}`` gives "en.".  The record keeps
BCP 47 codes (``en``, ``en-GB``, ``fr``), as CSL-JSON, RIS and Zotero do.

Rows: code, babel name, English name.  The keys biblatex localises are its
``lang…`` strings (``english.lbx``); a language without one is printed from
its English name instead.  Regional babel names (``british``, ``brazilian``)
read back with their region; other regions are lost, since babel has no name
for them (``fr-FR`` is written ``french`` and reads back as ``fr``).
"""

from __future__ import annotations

import re

_ROWS: tuple[tuple[str, str, str], ...] = (
    ("af", "afrikaans", "Afrikaans"),
    ("ar", "arabic", "Arabic"),
    ("bg", "bulgarian", "Bulgarian"),
    ("ca", "catalan", "Catalan"),
    ("cs", "czech", "Czech"),
    ("cy", "welsh", "Welsh"),
    ("da", "danish", "Danish"),
    ("de", "german", "German"),
    ("de-AT", "austrian", "German"),
    ("de-CH", "swissgerman", "German"),
    ("el", "greek", "Greek"),
    ("en", "english", "English"),
    ("en-US", "american", "English"),
    ("en-GB", "british", "English"),
    ("en-CA", "canadian", "English"),
    ("en-AU", "australian", "English"),
    ("en-NZ", "newzealand", "English"),
    ("eo", "esperanto", "Esperanto"),
    ("es", "spanish", "Spanish"),
    ("et", "estonian", "Estonian"),
    ("eu", "basque", "Basque"),
    ("fa", "persian", "Persian"),
    ("fi", "finnish", "Finnish"),
    ("fr", "french", "French"),
    ("ga", "irish", "Irish"),
    ("gl", "galician", "Galician"),
    ("he", "hebrew", "Hebrew"),
    ("hi", "hindi", "Hindi"),
    ("hr", "croatian", "Croatian"),
    ("hu", "hungarian", "Hungarian"),
    ("is", "icelandic", "Icelandic"),
    ("it", "italian", "Italian"),
    ("ja", "japanese", "Japanese"),
    ("ko", "korean", "Korean"),
    ("la", "latin", "Latin"),
    ("lt", "lithuanian", "Lithuanian"),
    ("lv", "latvian", "Latvian"),
    ("mr", "marathi", "Marathi"),
    ("nb", "norsk", "Norwegian"),
    ("nl", "dutch", "Dutch"),
    ("nn", "nynorsk", "Norwegian"),
    ("no", "norwegian", "Norwegian"),
    ("pl", "polish", "Polish"),
    ("pt", "portuguese", "Portuguese"),
    ("pt-BR", "brazilian", "Portuguese"),
    ("ro", "romanian", "Romanian"),
    ("ru", "russian", "Russian"),
    ("sk", "slovak", "Slovak"),
    ("sl", "slovene", "Slovene"),
    ("sr", "serbian", "Serbian"),
    ("sr-Cyrl", "serbianc", "Serbian"),
    ("sv", "swedish", "Swedish"),
    ("th", "thai", "Thai"),
    ("tr", "turkish", "Turkish"),
    ("uk", "ukrainian", "Ukrainian"),
    ("vi", "vietnamese", "Vietnamese"),
    ("zh", "chinese", "Chinese"),
)

# biblatex's localised language keys (the ``lang<key>`` strings of its .lbx
# files, biblatex 3.18): ``language = {<key>}`` is printed in the document's language.
BIBLATEX_KEYS = frozenset({
    "american", "basque", "brazilian", "bulgarian", "catalan", "croatian", "czech", "danish",
    "dutch", "english", "estonian", "finnish", "french", "galician", "german", "greek",
    "hungarian", "italian", "japanese", "latin", "latvian", "lithuanian", "marathi",
    "norwegian", "polish", "portuguese", "romanian", "russian", "serbian", "slovak",
    "slovene", "spanish", "swedish", "turkish", "ukrainian",
})

# Other spellings babel, polyglossia and biblatex accept for the same languages.
_ALIASES = {
    "ngerman": "de", "naustrian": "de-AT", "nswissgerman": "de-CH", "UKenglish": "en-GB",
    "USenglish": "en-US", "brazil": "pt-BR", "portuges": "pt", "magyar": "hu",
    "slovenian": "sl", "farsi": "fa", "polutonikogreek": "el",
}

_BY_CODE = {code.lower(): (babel, english) for code, babel, english in _ROWS}
# babel names first: "norwegian" is babel's name for "no" before it is the
# English name of "nb" and "nn".
_BY_NAME: dict[str, str] = {babel: code for code, babel, _ in _ROWS}
for _code, _, _english in _ROWS:
    _BY_NAME.setdefault(_english.lower(), _code.split("-")[0])
_BY_NAME.update({name.lower(): code for name, code in _ALIASES.items()})
# A BCP 47 tag as records hold it: "en", "eng", "fr-FR", "zh-Hant-TW".
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _row(language: str) -> tuple[str, str] | None:
    """(babel name, English name) of a code, a babel name or an English name."""
    text = language.strip()
    lowered = text.lower()
    found = _BY_CODE.get(lowered) or _BY_CODE.get(lowered.split("-")[0])
    if found is None and lowered in _BY_NAME:
        found = _BY_CODE.get(_BY_NAME[lowered].lower())
    return found


def babel_name(language: str) -> str | None:
    """The ``langid`` for a record's language ("en-GB" → "british"), or None."""
    found = _row(language)
    return found[0] if found else None


def biblatex_language(language: str) -> str:
    """The ``language`` value biblatex prints well: its key, else the English
    name; a language we do not know is written as it is."""
    found = _row(language)
    if found is None:
        return language
    babel, english = found
    base = _row(english)
    key = base[0] if base else babel
    return key if key in BIBLATEX_KEYS else english


def to_code(name: str) -> str:
    """The language code for a ``langid`` or ``language`` value.

    Codes stay as written; babel names, biblatex keys and English names
    become codes ("british" → "en-GB", "French" → "fr"); anything else is kept.
    """
    text = name.strip()
    lowered = text.lower()
    if lowered in _BY_NAME:
        return _BY_NAME[lowered]
    return text


def looks_like_code(text: str) -> bool:
    """True for a BCP 47 tag such as "en" or "fr-FR" (no babel name is that short)."""
    return bool(_CODE.match(text.strip()))
