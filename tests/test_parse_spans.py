"""Spans point at the characters of the line the user gave, markup included."""

from __future__ import annotations

from biblio import parse_citation


def pieces(line: str) -> dict[str, list[str]]:
    parsed = parse_citation(line)
    out: dict[str, list[str]] = {}
    for span in parsed.spans:
        out.setdefault(span.field, []).append(line[span.start:span.end])
    return out


def test_plain_line() -> None:
    assert pieces("Isaac Deutscher, The Prophet Armed (Verso, 2003)") == {
        "author": ["Isaac Deutscher"], "title": ["The Prophet Armed"], "publisher": ["Verso"],
        "issued": ["2003"]}


def test_bullet_and_emphasis_are_skipped() -> None:
    got = pieces("- Orlando Figes, *Natasha's Dance* (2002)")
    assert got["author"] == ["Orlando Figes"]
    assert got["title"] == ["Natasha's Dance"]
    assert got["issued"] == ["2002"]


def test_link_text_and_target() -> None:
    line = "[Capital and Ideology](https://example.org/p/capital) by Thomas Piketty (2020)"
    got = pieces(line)
    assert got["title"] == ["Capital and Ideology"]
    assert got["URL"] == ["https://example.org/p/capital"]
    assert got["author"] == ["Thomas Piketty"]


def test_roles_and_identifiers() -> None:
    line = "Leon Trotsky, History of the Russian Revolution, trans. Max Eastman (1932)"
    assert pieces(line)["translator"] == ["Max Eastman"]
    line = "Victor Serge, Memoirs of a Revolutionary (NYRB Classics, 2012). ISBN 9781590174517"
    assert pieces(line)["ISBN"] == ["9781590174517"]


def test_span_text_gives_the_pieces_of_a_field() -> None:
    parsed = parse_citation("Karl Marx and Friedrich Engels, The Communist Manifesto (1848)")
    assert parsed.span_text("author") == ["Karl Marx and Friedrich Engels"]
    assert parsed.span_text("publisher") == []


def test_spans_are_ordered_and_inside_the_line() -> None:
    line = "Deutscher, Isaac. The Prophet Armed. London: Oxford University Press, 1954."
    spans = parse_citation(line).spans
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    assert all(0 <= s.start < s.end <= len(line) for s in spans)
