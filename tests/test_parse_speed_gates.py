"""Cheap checks that spare a costly pattern must let through every text the pattern matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.clauses import _PAREN_ROLE_RE, _may_hold_paren_role

# ASCII text: the check lets every other bracket through to the pattern.
_ASCII = st.characters(max_codepoint=127)


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(_PAREN_ROLE_RE, fullmatch=True, alphabet=_ASCII))
def test_the_bracket_role_check_admits_every_bracket_the_pattern_reads(inside: str) -> None:
    if _PAREN_ROLE_RE.match(inside):
        assert _may_hold_paren_role(inside)
