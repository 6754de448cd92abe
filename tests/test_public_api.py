"""The top-level API a caller meets: what `dir`, `help` and editors show."""

from __future__ import annotations

import inspect
import subprocess
import sys
import types

import pytest

import biblio


def test_dir_lists_exactly_the_public_api() -> None:
    assert dir(biblio) == sorted(biblio.__all__)
    for name in ("load", "loads", "dump", "dumps", "convert", "enrich_file", "parse_citation"):
        assert name in dir(biblio)


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in biblio.__all__:
        value = getattr(biblio, name)
        if name == "__version__":
            assert isinstance(value, str)
            continue
        assert inspect.getdoc(value), f"biblio.{name} has no docstring"


def test_nothing_else_public_at_the_top_level() -> None:
    public = {name for name in vars(biblio) if not name.startswith("_")}
    submodules = {name for name in public if isinstance(getattr(biblio, name), types.ModuleType)}
    assert public - submodules <= set(biblio.__all__)


def test_help_shows_the_lazy_functions_on_a_fresh_import() -> None:
    # A fresh interpreter: nothing has touched the lazy names yet.
    code = ("import biblio, pydoc; "
            "print(pydoc.render_doc(biblio, renderer=pydoc.plaintext))")
    text = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout
    for name in ("load(", "dumps(", "convert(", "enrich_file("):
        assert name in text
    assert "TYPE_CHECKING" not in text and "importlib" not in text


def test_lazy_names_do_not_load_the_http_stack_on_import() -> None:
    code = "import sys, biblio; print('requests' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        biblio.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_the_http_layer_loads_without_the_parser() -> None:
    """`biblio.lookup.http` is imported by workers that only fetch: no parser, no extractor."""
    script = ("import sys, biblio.lookup.http\n"
              "print(sorted(m for m in sys.modules if m.startswith(('biblio.parse', "
              "'biblio.extract'))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_extract_is_the_function_even_after_its_subpackage_loads() -> None:
    import biblio.extract.judge

    assert callable(biblio.extract) and biblio.extract.__name__ == "extract"
