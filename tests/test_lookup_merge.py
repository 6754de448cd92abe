"""The one merge: a look-up's proposal written into a citation, or into a file's entry."""

from __future__ import annotations

from biblio.lookup.answers import Answer
from biblio.lookup.enrichment import Enricher
from biblio.lookup.merge import CITING, Proposal, in_place, merge
from biblio.model import Date, FieldSource, Name, Origin, Record
from matching_helpers import INVISIBLE_MAN, KARAMAZOV, SECOND_SEX, CatalogProvider, name

OL = FieldSource(provider="openlibrary", key="/books/OL7M", confidence=0.93)


def deutscher(year: int | None = 1954, **fields: object) -> Record:
    record = Record(author=[Name(family="Deutscher", given="Isaac")],
                    issued=Date.from_year(year) if year else None,
                    origin=Origin(source="s8e5.txt", line=12), **fields)  # type: ignore[arg-type]
    record.set_full_title("The Prophet Armed: Trotsky, 1879-1921")
    return record


def verso_2003() -> Proposal:
    """What a look-up proposes when it finds the 2003 Verso edition of a 1954 book."""
    proposal = Proposal()
    proposal.propose("publisher", "Verso", OL)
    proposal.propose("publisher-place", "London", OL)
    proposal.propose("ISBN", "978-1-85984-441-0 1-85984-441-3", OL)
    proposal.propose("issued", Date.from_year(2003), OL, "replace")
    proposal.propose("original-date", Date.from_year(1954), FieldSource(provider="input"),
                     "replace", follows="issued")
    return proposal


def test_a_citation_takes_what_it_lacks_and_the_later_edition_s_year() -> None:
    cited = deutscher(publisher_place="New York")
    merged = merge(cited, verso_2003(), CITING)
    out = merged.record
    assert (out.publisher, out.publisher_place, out.year) == ("Verso", "New York", 2003)
    assert out.original_date == Date.from_year(1954)  # the cited year, kept aside
    assert out.isbn == "978-1-85984-441-0 1-85984-441-3"
    assert sorted(merged.filled) == ["ISBN", "issued", "original-date", "publisher"]
    assert out.sources["publisher"] == OL
    assert cited.publisher is None and cited.year == 1954  # the citation itself is untouched
    assert merged.conflicts == []  # a citation is not compared, only filled


def test_a_misread_line_is_re_read_and_marked() -> None:
    cited = Record(editor=[Name(family="Armed")], origin=Origin(source="n.txt", line=4))
    cited.set_full_title("Deutscher The Prophet")
    proposal = Proposal(cleaned={"editor": []}, found_by="lookup")
    proposal.propose("title", "The Prophet Armed: Trotsky, 1879-1921", OL, "replace")
    proposal.propose("author", [Name(family="Deutscher", given="Isaac")], OL, "replace")
    out = merge(cited, proposal).record
    assert (out.title, out.subtitle) == ("The Prophet Armed", "Trotsky, 1879-1921")
    assert out.author == [Name(family="Deutscher", given="Isaac")] and out.editor == []
    assert out.origin is not None and out.origin.found_by == "lookup"


def test_a_file_entry_gets_the_fields_asked_and_its_disagreements_reported() -> None:
    entry = deutscher(year=None, publisher="Oxford University Press")
    policy = in_place(fields=["publisher-place", "ISBN"],
                      compared=["publisher", "publisher-place", "ISBN", "issued"])
    merged = merge(entry, verso_2003(), policy)
    # The publisher says it is another edition: nothing edition-level is taken.
    assert [(c.var, c.before, c.value) for c in merged.conflicts] == [
        ("publisher", "Oxford University Press", "Verso")]
    assert merged.written == [] and merged.withheld == ["publisher"]


def test_a_file_entry_keeps_its_year_unless_the_user_overwrites_it() -> None:
    compared = ["publisher", "ISBN", "issued", "original-date"]
    fields = ["publisher", "issued", "original-date"]
    kept = merge(deutscher(), verso_2003(), in_place(fields, compared))
    assert [c.var for c in kept.conflicts] == ["issued"]
    assert [c.var for c in kept.written] == []  # a year conflict withholds the edition
    taken = merge(deutscher(), verso_2003(), in_place(fields, compared, overwrite=["issued"]))
    assert [(c.var, c.before) for c in taken.written] == [
        ("publisher", None), ("issued", Date.from_year(1954)), ("original-date", None)]
    assert taken.record.original_date == Date.from_year(1954)


def test_an_isbn_spelt_otherwise_agrees_and_is_not_rewritten_in_a_file() -> None:
    entry = deutscher(year=None, isbn="1844670503")  # the ISBN-10 of another printing
    proposal = verso_2003()
    proposal.cleaned["ISBN"] = "978-1-85984-441-0"
    merged = merge(entry, proposal, in_place(["ISBN", "publisher"], ["ISBN", "publisher"]))
    assert [c.var for c in merged.conflicts] == ["ISBN"]
    entry.isbn = "1-85984-441-3"
    merged = merge(entry, proposal, in_place(["ISBN", "publisher"], ["ISBN", "publisher"]))
    assert merged.conflicts == [] and [c.var for c in merged.written] == ["publisher"]
    assert merged.record.isbn == "1-85984-441-3"  # a file keeps its own spelling


def test_every_citation_of_a_work_gets_what_the_enricher_gave_the_first() -> None:
    enricher = Enricher([CatalogProvider("openlibrary", [*KARAMAZOV, *INVISIBLE_MAN,
                                                          *SECOND_SEX])])
    citations = [
        ("The Brothers Karamazov", "Fyodor Dostoyevsky", 2002, None),
        ("The Invisible Man", "H. G. Wells", 1897, None),
        ("The Second Sex", "Simone de Beauvoir", None, "0-374-52837-3"),
        ("The Second Sex", "Simone de Beauvoir", None, "0-374-52837-0"),  # invalid checksum
        ("Some Book Nobody Has", "Ann Nobody", 1990, None),
    ]
    for title, author, year, isbn in citations:
        cited = Record(type="book", author=[name(author)], isbn=isbn,
                       issued=Date.from_year(year) if year else None,
                       origin=Origin(source="e1.txt", line=1, text=title))
        cited.set_full_title(title)
        enrichment = enricher.enrich(cited)
        assert Answer(enrichment).apply(cited) == enrichment.record, title
