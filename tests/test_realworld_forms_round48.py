"""Forms read in the forty-eighth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


# dc4-24wenjie-li-publication: an author's papers, each a title, its authors (the marks of
# equal contribution and of the corresponding author after names) and where it ran
_PAPERS = (
    "<ul>\n"
    '<li><papertitle> <a class="publication-title bold">Transformer-Progressive Mamba '
    "Network for Lightweight Image Super-Resolution</a> </papertitle>\n"
    "    <br> Sichen Guo*, <strong>Wenjie Li*</strong>, Yuanyang Liu, Guangwei Gao#, Jian "
    "Yang, Chia-Wen Lin <br>\n"
    "    <em> IEEE Transactions on Image Processing, 2026. </em>\n"
    "    <br>\n"
    '    [<a href="https://arxiv.org/abs/2511.03232">PDF</a>]\n'
    "    </li>\n"
    '<li><papertitle> <a class="publication-title bold">Seeing Through the Rain: Resolving '
    "High-Frequency Conflicts in Deraining and Super-Resolution via Diffusion Guidance</a> "
    "</papertitle>\n"
    "    <br> <strong>Wenjie Li</strong>, Jinglei Shi, Jin Han, Heng Guo#, Zhanyu Ma <br>\n"
    "    <em> AAAI Conference on Artificial Intelligence (AAAI), 2026. </em>\n"
    "    </li>\n"
    '<li><papertitle> <a class="publication-title bold">SMOE: SEMANTIC GUIDED MIXTURE OF '
    "EXPERTS FOR RAINDROP REMOVAL</a> </papertitle>\n"
    "    <br> Bowen Tie, <strong>Wenjie Li</strong>, Heng Guo#, Dongliang Chang, Zhanyu Ma "
    "<br>\n"
    '    <em> ArXiv, 2026. (</font><span class="bold">Under Review</span>) </em>\n'
    "    </li>\n"
    "</ul>\n"
)


def test_a_papers_title_over_its_authors_and_its_venue_with_the_year() -> None:
    papers = _records(_PAPERS, "html")
    assert [(p["title"], p["container-title"], p["issued"], p["type"]) for p in papers] == [
        ("Transformer-Progressive Mamba Network for Lightweight Image Super-Resolution",
         "IEEE Transactions on Image Processing", {"date-parts": [[2026]]}, "article-journal"),
        ("Seeing Through the Rain: Resolving High-Frequency Conflicts in Deraining and "
         "Super-Resolution via Diffusion Guidance",
         "AAAI Conference on Artificial Intelligence (AAAI)", {"date-parts": [[2026]]},
         "paper-conference"),
        ("SMOE: SEMANTIC GUIDED MIXTURE OF EXPERTS FOR RAINDROP REMOVAL", "ArXiv",
         {"date-parts": [[2026]]}, "article-journal")]
    # six authors joined by bare commas, the marks after their names left out
    assert papers[0]["author"] == [
        {"family": "Guo", "given": "Sichen"}, {"family": "Li", "given": "Wenjie"},
        {"family": "Liu", "given": "Yuanyang"}, {"family": "Gao", "given": "Guangwei"},
        {"family": "Yang", "given": "Jian"}, {"family": "Lin", "given": "Chia-Wen"}]


def test_an_authors_line_and_a_venue_line_are_no_works_of_their_own() -> None:
    lines = {o.line: o for o in iter_extract(_PAPERS, "html")}
    assert not lines[3].citations and not lines[4].citations  # authors, venue
    assert lines[3].continues is lines[2] and lines[4].continues is lines[2]


def test_many_people_joined_by_commas_stand_alone_as_authors() -> None:
    # cy4-1789120321-publication: the authors' line of a paper, read alone
    [line] = list(iter_extract(
        "Yibiao Yang, Maolin Sun, Yang Wang, Qingyang Li, Ming Wen, Yuming Zhou\n", "text"))
    assert not line.citations and line.reason == "names of people, not a work"
    # ap4-098799-grining-eu: a title after its authors is no further person ("Run Less")
    [book] = _records("B. Pierce, S. Murr, R. Moss, Run Less, Run Faster\n", "text")
    assert book["title"] == "Run Less, Run Faster"


def test_a_bracketed_short_name_makes_a_venue_only_when_it_abbreviates_it() -> None:
    # z2-eng3090-readings: a course's reading, its source (a library's open book) under it
    reading = ('<div class="reading">\n'
               '<div class="title"><a href="https://ohiostate.pressbooks.pub/choosingsources/'
               'chapter/narrowing-a-topic/">Narrowing a Topic</a></div>\n'
               '<div class="cite">Ohio State University Libraries · <i>Choosing &amp; Using '
               'Sources</i> (OER), 2016</div>\n</div>\n')
    assert all(r.get("container-title") != "Ohio State University Libraries · Choosing & Using "
               "Sources (OER)" for r in _records(reading, "html"))


def test_a_doi_under_a_venue_that_runs_over_two_lines_joins_the_entry() -> None:
    # be4-aldridge-info-theory-reading-group: a reading group's list of papers
    group = ("<ul>\n\t\t<li>Wireless information-theoretic security <br />\n"
             "\t\tM Bloch, J Barros, MRD Rodrigues, and SW McLaughlin<br />\n"
             "\t\t<i>IEEE Transactions on Information Theory</i>,\n"
             "\t\t<strong>54</strong>:6, 2515-2534, 2008<br />\n"
             '\t\t<a href="http://dx.doi.org/10.1109/TIT.2008.921908">'
             "doi:10.1109/TIT.2008.921908</a></li>\n\t\t</ul>\n")
    [paper] = _records(group, "html")
    assert (paper["title"], paper["DOI"], paper["issued"]) == (
        "Wireless information-theoretic security", "10.1109/TIT.2008.921908",
        {"date-parts": [[2008]]})
    assert paper["container-title"] == "IEEE Transactions on Information Theory"


def test_a_list_under_to_watch_is_a_list_of_films() -> None:
    # di2-samturtletaub-movielist: a family's list of films, those still to see under their
    # own heading, and the series after
    films = ("To Watch:\n\n- Brutalist\n- Seven\n- Dallas buyers club\n- Fight Club\n\n"
             "Shows to Watch\n\n- Severance\n- Slow Horses\n")
    assert [r["title"] for r in _records(films)] == [
        "Brutalist", "Seven", "Dallas buyers club", "Fight Club", "Severance", "Slow Horses"]
    # how to watch is no list of films
    assert _records("How to watch:\n\n- Stream it\n- Rent it\n") == []


def test_a_quoted_papers_many_authors_and_its_journals_year_before_the_volume() -> None:
    # cv4-aglassoflemonade-zhangwebsite-pubs: a chemist's papers, six authors by initials,
    # the title in quotes, then the journal, its year in bold, the volume and the pages
    [paper] = _records(
        "<ul><li><p>S. J. Zhang, Y. B. Zheng, Z. W. Wu, M. W. Tian, D. C. Yang, R. Yosomiya, "
        "“The synthesis and thermotropic liquid crystalline behavior of novel main chain "
        "poly(aryl ether ketone)s containing a lateral phenyl group” Liquid Crystals "
        "<strong>1998</strong>, 24: 311-314. </p></li></ul>\n", "html")
    assert [a["family"] for a in paper["author"]] == [
        "Zhang", "Zheng", "Wu", "Tian", "Yang", "Yosomiya"]
    assert (paper["container-title"], paper["issued"], paper["volume"], paper["page"]) == (
        "Liquid Crystals", {"date-parts": [[1998]]}, "24", "311-314")


def test_a_rankings_place_before_the_title_is_no_part_of_it() -> None:
    # cg3-lifehacker-books-about-money: a magazine's ranking of books about money
    ranking = ("Books about money\n\n#1 Money: the Unauthorised Biography by Felix Martin\n\n"
               "#2 The Ascent of Money by Niall Ferguson\n")
    assert [(r["title"], r["author"]) for r in _records(ranking, "text")] == [
        ("Money: the Unauthorised Biography", [{"family": "Martin", "given": "Felix"}]),
        ("The Ascent of Money", [{"family": "Ferguson", "given": "Niall"}])]
