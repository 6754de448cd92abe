"""Forms read in the forty-second round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from reading_helpers import line_works as _read


def test_a_remark_indented_under_a_whole_item_is_not_part_of_it() -> None:
    # s2-janusworx-newport-canon: a reader's remark set under the entry it is about
    text = ("- Giants, John Stauffer\n"
            "- Amusing Ourselves to Death, Neil Postman\n"
            "   He names this one again and again, in posts and in talks alike\n"
            "- Technopoly, Neil Postman\n")
    read = _read(text, "markdown")
    assert read[2] == [("Amusing Ourselves to Death", ["Postman"], ["Neil"], "book")]
    assert read[4] == [("Technopoly", ["Postman"], ["Neil"], "book")]


def test_an_item_that_stops_on_a_joining_word_goes_on_under_it() -> None:
    # (the guard: a wrapped entry's byline is joined to it)
    text = ("- The Rise and Fall of the Third Reich, by\n"
            "   William L. Shirer (Simon & Schuster, 1960)\n")
    read = _read(text, "markdown")
    assert [work[:2] for work in read[1]] == [("The Rise and Fall of the Third Reich", ["Shirer"])]


def test_a_byline_indented_under_an_item_is_part_of_its_entry() -> None:
    text = ("- The Lost City of Z\n"
            "   By David Grann, Doubleday, New York, 2009\n")
    read = _read(text, "markdown")
    assert read[1][0][:2] == ("The Lost City of Z", ["Grann"])


def test_one_surname_before_a_comma_and_a_quoted_title_is_its_writer() -> None:
    # ah2-cornelius-uclr100-fall-2024 and ak3-agroce-cs499-security-readings: a reading
    # list's "Surname, “Title”", as its "Jurafsky and Martin, “…”" with two
    text = ("- Dunbar, [“Ere Sleep Comes Down to Soothe the Weary Eyes”]"
            "(https://poets.org/poem/ere-sleep-comes-down-soothe-weary-eyes)\n"
            "- Lowe, \"Breaking and Fixing the Needham-Schroeder Public-Key Protocol using "
            "FDR\"\n")
    read = _read(text, "markdown")
    assert read[1][0][:2] == ("Ere Sleep Comes Down to Soothe the Weary Eyes", ["Dunbar"])
    assert read[2][0][:2] == (
        "Breaking and Fixing the Needham-Schroeder Public-Key Protocol using FDR", ["Lowe"])


def test_a_periodical_or_a_given_name_before_a_quoted_title_is_no_writer() -> None:
    text = ("- Wired, \"The Long Tail\"\n"
            "- David: “Atlas Obscura’s Trips and Local Experiences Are Expanding”\n")
    read = _read(text, "markdown")
    assert all(not authors for works in read.values() for _, authors, _, _ in works)


def test_a_line_of_surnames_and_initials_is_no_work() -> None:
    # bf2-alexandermerkel-liquidity-literature: a reference's authors on a line of their own
    text = ("- Chevalier, E., Hafsi, Y., Ly Vath, V., & Pulido, S.\n"
            "- Wonham, W.M.\n")
    assert _read(text, "markdown") == {}


def test_a_title_its_journal_line_and_its_authors_are_one_entry() -> None:
    # bf2-alexandermerkel-liquidity-literature: bold quoted title with its year, the journal
    # with volume, issue and pages, then the authors; a remark of ours under them
    text = ("**\"Optimal execution with regime-switching market resilience\"** (2019)  \n"
            "*Journal of Economic Dynamics and Control* 101(C): 17-40  \n"
            "Siu, C.C., Guo, I., Zhu, S.P., & Elliott, R.J.  \n"
            "The market's resilience follows a Markov chain, and the answer has a closed form.\n")
    outcomes = [o for o in iter_extract(text, "markdown") if o.citations]
    assert len(outcomes) == 1
    record = outcomes[0].citations[0].record
    assert (record.title, record.container_title, record.volume, record.issue, record.page) == (
        "Optimal execution with regime-switching market resilience",
        "Journal of Economic Dynamics and Control", "101", "C", "17-40")
    assert [(n.family, n.given) for n in record.author] == [
        ("Siu", "C.C."), ("Guo", "I."), ("Zhu", "S.P."), ("Elliott", "R.J.")]


def test_a_title_whose_last_word_before_the_colon_is_no_surname_stays_whole() -> None:
    # bf2-chaskell2-book-list: titles alone under tags, none with an author
    text = ("* [self-management] Digital Minimalism: Choosing a Focused Life in a Noisy World\n"
            "* Lean UX: Designing Great Products with Agile Teams\n"
            "* Situated Learning: Legitimate Peripheral Participation\n")
    read = _read(text, "markdown")
    assert [(work[0], work[1]) for works in read.values() for work in works] == [
        ("Digital Minimalism: Choosing a Focused Life in a Noisy World", []),
        ("Lean UX: Designing Great Products with Agile Teams", []),
        ("Situated Learning: Legitimate Peripheral Participation", [])]


def test_a_writer_with_an_unknown_given_name_before_a_colon_stays_the_writer() -> None:
    text = "* Chimamanda Adichie: Americanah\n* Wole Soyinka: Ake: The Years of Childhood\n"
    read = _read(text, "markdown")
    assert [work[1] for works in read.values() for work in works] == [["Adichie"], ["Soyinka"]]


def test_a_numeric_date_is_no_title_but_a_novel_so_named_is() -> None:
    # bg4-gumethods-journal-club: each presenter's name over the day of the talk
    text = ("| Presenter | Day |\n|---|---|\n"
            "| <b>Alaina Pearce</b> | 10/18/2021 |\n")
    assert _read(text, "markdown") == {}
    assert _read("- 11/22/63 by Stephen King\n", "markdown")[1][0][:2] == ("11/22/63", ["King"])


def test_a_suffix_after_an_inverted_surname_is_the_suffix() -> None:
    # bg4-gumethods-journal-club: APA authors with "Jr" after the surname
    text = ("- Boes, A. D., Prasad, S., Liu, H., Caviness Jr, V. S., & Fox, M. D. (2015). "
            "Network localization of neurological symptoms from focal brain lesions. Brain, "
            "138(10), 3061-3075.\n")
    outcome = next(o for o in iter_extract(text, "markdown") if o.citations)
    caviness = outcome.citations[0].record.author[3]
    assert (caviness.family, caviness.given, caviness.suffix) == ("Caviness", "V. S.", "Jr")


def test_a_table_headed_in_russian_names_its_title_and_author_columns() -> None:
    # bf2-aleksey-danchin-ml-literature: "Книга | Авторы | Фокус" over each book's row
    text = ("| Книга | Авторы | Фокус |\n|---|---|---|\n"
            "| Deep Learning | Goodfellow, Bengio, Courville | Главный учебник |\n"
            "| Pattern Recognition and Machine Learning | Bishop | Основы ML |\n")
    read = _read(text, "markdown")
    assert [work[:2] for works in read.values() for work in works] == [
        ("Deep Learning", ["Goodfellow", "Bengio", "Courville"]),
        ("Pattern Recognition and Machine Learning", ["Bishop"])]
