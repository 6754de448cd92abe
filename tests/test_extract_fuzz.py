"""Adversarial documents: extraction never crashes and stays fast, whatever the markup."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.extract import iter_extract

_PIECES = st.sampled_from([
    "<p>", "</p>", "<li>", "<ul>", "</ul>", "<b>", "</i>", "<a href='x'>", "</a>", "<br>",
    "<div><div><div>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&bogus;",
    "<item>", "</item>", "<title>", "</title>", "<description>", "<content:encoded>",
    "# ", "## Further reading\n", "- ", "* ", "1. ", "**", "_", "[", "](", ")", "`", "```\n",
    "---\n", "> ", "|", "\n", "\r\n", "\t", "\x00", "\x0b", "\x1b[31m", "\u202e", "\ufeff",
    "Reading list\n", "• Isaac Deutscher, The Prophet Armed (1954)\n", "(00:12:30) ", "(", ";",
    "Producer: ", "Season8", "Books mentioned: ", "“", "”", "Zamyatin, We (1921)",
])
_DOCUMENTS = st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=120).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=_DOCUMENTS, format=st.sampled_from(["auto", "text", "markdown", "html", "feed"]))
def test_any_document_is_accounted_for_quickly(document: str, format: str) -> None:
    start = time.perf_counter()
    extraction = iter_extract(document, format=format)  # type: ignore[arg-type]
    outcomes = list(extraction)
    assert time.perf_counter() - start < 2.0
    for outcome in outcomes:
        assert outcome.line >= 1
        assert outcome.status in ("record", "rejected")
        # a line a list item wraps onto is accounted for by the entry it continues
        assert outcome.citations or outcome.reason or outcome.continues is not None


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    depth = 5_000
    html = "<div>" * depth + "<li>Emma Goldman, My Disillusionment in Russia (1923)</li>" + \
        "</div>" * depth
    start = time.perf_counter()
    outcomes = list(iter_extract(html, format="html"))
    assert time.perf_counter() - start < 10
    assert outcomes and outcomes[0].line == 1


def test_long_lines_of_brackets_and_markup_stay_fast() -> None:
    line = "[" * 5_000 + "*" * 5_000 + "(" * 5_000 + "<a " * 2_000
    start = time.perf_counter()
    for format in ("text", "markdown", "html"):
        list(iter_extract(line + "\n", format=format))  # type: ignore[arg-type]
    assert time.perf_counter() - start < 5


def test_a_wrapped_line_of_an_entry_is_accounted_for_by_the_entry() -> None:
    # found by the property test above: an item, then an indented line holding only a tag
    outcomes = list(iter_extract("• Isaac Deutscher, The Prophet Armed (1954)\n\t<p>",
                                 format="markdown"))
    assert [(o.line, o.status) for o in outcomes] == [(1, "record"), (2, "record")]
    assert outcomes[1].continues is outcomes[0]
