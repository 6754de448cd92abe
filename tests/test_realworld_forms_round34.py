"""Forms read in the thirty-fourth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio.parse import parse_citation


# A thesis reading list (ao2-felixmcfelix-thesis-to-read): a paper's address at the ACM
# library, then its title in sentence case.  The DOI vouches for the work, so the rest is
# its title; a remark before the DOI, or a sentence after it, is still no title.
def test_a_sentence_case_title_after_its_doi() -> None:
    for line, title in [
            ("* https://dl.acm.org/doi/10.1145/3341302.3342221 -- Neural packet classification",
             "Neural packet classification"),
            ("* https://dl.acm.org/doi/10.1145/3386367.3433030 -- MPCC: online learning "
             "multipath transport", "MPCC: online learning multipath transport")]:
        record = parse_citation(line).record
        assert record is not None and record.doi and record.full_title == title, line
    for line in ["DOI and publisher page (paywalled): doi.org/10.1177/1354066101007004004",
                 "https://doi.org/10.1145/3341302.3342221 Read this first. It is short."]:
        record = parse_citation(line).record
        assert record is not None and record.doi and record.title is None, line
