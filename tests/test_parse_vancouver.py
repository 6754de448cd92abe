"""The Vancouver style (NLM's Citing Medicine), as medical and nursing reading lists
give it.  The entries are the real books and articles that two university library
guides and the ICMJE sample references cite, as they write them."""

from __future__ import annotations

import pytest

from biblio import iter_extract
from reading_helpers import csl_reading as _read


def test_a_book_with_one_author_and_run_together_initials() -> None:
    record = _read("Jenkins PF. Making sense of the chest x-ray: a hands-on guide. New York: "
                   "Oxford University Press; 2005. 194 p.")
    # "PF" is the initials, not the surname
    assert record["author"] == [{"family": "Jenkins", "given": "P. F."}]
    assert record["title"] == "Making sense of the chest x-ray: a hands-on guide"
    assert (record["publisher-place"], record["publisher"]) == ("New York",
                                                                "Oxford University Press")
    assert record["issued"] == {"date-parts": [[2005]]}
    assert record["number-of-pages"] == "194"


def test_a_book_with_several_authors_an_edition_and_a_copyright_year() -> None:
    record = _read("Florence AT, Attwood D. Physicochemical principles of pharmacy: in manufacture,"
                   " formulation and clinical use. 6th ed. London: Pharmaceutical Press; c2016. "
                   "665 p.")
    assert [a["family"] for a in record["author"]] == ["Florence", "Attwood"]
    assert record["title"].endswith("formulation and clinical use")
    assert record["edition"] == "6"
    assert record["issued"] == {"date-parts": [[2016]]}


def test_an_online_book_keeps_its_year_and_drops_the_cited_date() -> None:
    record = _read("Griffiths A, Gelbart W, Miller J, Lewontin R. Modern genetic analysis "
                   "[Internet]. New York (NY): W. H. Freeman; 1999 [cited 2019 Sep 5]. 675 p.")
    assert record["title"] == "Modern genetic analysis"
    assert record["publisher"] == "W. H. Freeman"
    assert record["issued"] == {"date-parts": [[1999]]}


def test_editors_and_et_al() -> None:
    record = _read("Kasper DL, Braunwald E, Fauci AS, et al., editors. Harrison's online "
                   "[Internet]. 16th ed. Columbus (OH): McGraw-Hill Companies; c2006 "
                   "[cited 2006 Nov 20].")
    assert [e["family"] for e in record["editor"]] == ["Kasper", "Braunwald", "Fauci"]
    assert "author" not in record
    assert record["publisher-place"] == "Columbus (OH)"


def test_a_chapter_in_an_edited_book() -> None:
    record = _read("Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid "
                   "tumors. In: Vogelstein B, Kinzler KW, editors. The genetic basis of human "
                   "cancer. New York: McGraw-Hill; 2002. p. 93-113.")
    assert record["type"] == "chapter"
    assert record["title"] == "Chromosome alterations in human solid tumors"
    assert record["container-title"] == "The genetic basis of human cancer"
    assert record["editor"] == [{"family": "Vogelstein", "given": "B."},
                                {"family": "Kinzler", "given": "K. W."}]
    assert record["page"] == "93-113"


@pytest.mark.parametrize(("line", "journal", "volume", "issue", "page", "date"), [
    ("Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected patients. "
     "N Engl J Med. 2002 Jul 25;347(4):284-7.", "N Engl J Med", "347", "4", "284-7",
     [2002, 7, 25]),
    ("Rose ME, Huerbin MB, Melick J, Marion DW, Palmer AM, Schiding JK, et al. Regulation of "
     "interstitial excitatory amino acid concentrations after cortical contusion injury. Brain "
     "Res. 2002;935(1-2):40-6.", "Brain Res", "935", "1-2", "40-6", [2002]),
])
def test_a_journal_article(line: str, journal: str, volume: str, issue: str, page: str,
                           date: list[int]) -> None:
    record = _read(line)
    assert record["type"] == "article-journal"
    assert (record["container-title"], record["volume"], record["issue"], record["page"]) == (
        journal, volume, issue, page)
    assert record["issued"] == {"date-parts": [date]}


def test_a_numbered_reference_list() -> None:
    text = ("References\n\n"
            "1. Jenkins PF. Making sense of the chest x-ray: a hands-on guide. New York: Oxford "
            "University Press; 2005. 194 p.\n"
            "2. Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected "
            "patients. N Engl J Med. 2002 Jul 25;347(4):284-7.\n")
    titles = [c.record.to_csl()["title"] for o in iter_extract(text, "text") for c in o.citations]
    assert titles == ["Making sense of the chest x-ray: a hands-on guide",
                      "Solid-organ transplantation in HIV-infected patients"]
