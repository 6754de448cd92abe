"""Editors, translators, places and publishers as the standard styles write them.

The lines are standard forms: APA 6/7, MLA 8/9, Chicago notes-bibliography and
author-date, Harvard, and British history reading lists (MHRA-like "(Oxford,
1987)").  Where a line is a real one its source is named; the others follow the
style guides' own examples with the names and titles of real books.
"""

from __future__ import annotations

import pytest

from biblio.parse import parse_citation
from reading_helpers import families


def _read(line: str):  # type: ignore[no-untyped-def]
    p = parse_citation(line)
    assert p.is_citation, p.reason
    assert p.record is not None
    return p.record


@pytest.mark.parametrize(
    ("line", "title", "translators", "publisher", "place"),
    [
        # Harvard, as in UK media-studies reading lists
        ("Marx, K. (1976) Capital, vol. 1, trans. B. Fowkes. Harmondsworth: Penguin.",
         "Capital", ["Fowkes"], "Penguin", "Harmondsworth"),
        ("Bourdieu, P. (1984) Distinction: A Social Critique of the Judgement of Taste, trans. "
         "R. Nice. London: Routledge & Kegan Paul.",
         "Distinction: A Social Critique of the Judgement of Taste", ["Nice"],
         "Routledge & Kegan Paul", "London"),
        # Chicago bibliography with the imprint in brackets
        ("Dostoevsky, Fyodor. Crime and Punishment, translated by Oliver Ready (Penguin, 2014).",
         "Crime and Punishment", ["Ready"], "Penguin", None),
        # Chicago notes; the reviser ("rev.") has no CSL role and is left out
        ("Herodotus, The Histories, trans. Aubrey de Sélincourt, rev. John Marincola (London: "
         "Penguin, 2003).", "The Histories", ["de Sélincourt"], "Penguin", "London"),
        ("Simone de Beauvoir, The Second Sex, translated from the French by Constance Borde "
         "and Sheila Malovany-Chevallier", "The Second Sex",
         ["Borde", "Malovany-Chevallier"], None, None),
        # British history list: "2 vols" after the translator is a note, not a name
        ("Bloch, Marc, Feudal Society, trans. L. A. Manyon, 2 vols (London, 1961)",
         "Feudal Society", ["Manyon"], None, "London"),
        ("Le Goff, J., Medieval Civilization, 400-1500, trans. J. Barrow (Oxford, 1988).",
         "Medieval Civilization, 400-1500", ["Barrow"], None, "Oxford"),
    ],
)
def test_a_translator_after_the_title_leaves_it(line: str, title: str, translators: list[str],
                                                publisher: str | None, place: str | None) -> None:
    record = _read(line)
    assert record.full_title == title
    assert [" ".join(p for p in (n.non_dropping_particle, n.family) if p)
            for n in record.translator] == translators
    assert record.get("publisher") == publisher
    assert record.get("publisher-place") == place


def test_apa_names_each_role_in_one_bracket() -> None:
    record = _read("Benjamin, W. (1969). Illuminations (H. Zohn, Trans.; H. Arendt, Ed.). "
                   "Schocken Books.")
    assert record.full_title == "Illuminations"
    assert families(record.translator) == ["Zohn"]
    assert families(record.editor) == ["Arendt"]
    assert record.get("publisher") == "Schocken Books"


def test_ed_and_trans_names_both_roles() -> None:
    record = _read("Gramsci, A. (1971) Selections from the Prison Notebooks, ed. and trans. "
                   "Q. Hoare and G. Nowell Smith. London: Lawrence & Wishart.")
    assert record.full_title == "Selections from the Prison Notebooks"
    assert families(record.editor) == ["Hoare", "Nowell Smith"]
    assert families(record.translator) == ["Hoare", "Nowell Smith"]


@pytest.mark.parametrize(
    ("line", "title", "editors"),
    [
        ("McKitterick, R. (ed.), The New Cambridge Medieval History, vol. 2 (Cambridge, 1995).",
         "The New Cambridge Medieval History", ["McKitterick"]),
        ("Davies, W. and Fouracre, P. (eds), The Settlement of Disputes in Early Medieval "
         "Europe (Cambridge, 1986).",
         "The Settlement of Disputes in Early Medieval Europe", ["Davies", "Fouracre"]),
        ("Hobsbawm, Eric and Terence Ranger (eds), The Invention of Tradition (Cambridge, 1983)",
         "The Invention of Tradition", ["Hobsbawm", "Ranger"]),
        ("Jones, Mary (ed.), Essays on Method, Oxford 1999", "Essays on Method", ["Jones"]),
        ("Hobsbawm, E. J. & Ranger, T. (Eds). The Invention of Tradition. Cambridge, 1983.",
         "The Invention of Tradition", ["Hobsbawm", "Ranger"]),
        ("Invisible Planets edited by Ken Liu (2016)", "Invisible Planets", ["Liu"]),
        ("Invisible Planets, ed. by Ken Liu (Tor, 2016)", "Invisible Planets", ["Liu"]),
        ("Invisible Planets by Ken Liu (Editor)", "Invisible Planets", ["Liu"]),
        ("The Invention of Tradition – Eric Hobsbawm & Terence Ranger (eds.)",
         "The Invention of Tradition", ["Hobsbawm", "Ranger"]),
        ("The Invention of Tradition (Eric Hobsbawm and Terence Ranger, eds.)",
         "The Invention of Tradition", ["Hobsbawm", "Ranger"]),
    ],
)
def test_editors_in_every_position(line: str, title: str, editors: list[str]) -> None:
    record = _read(line)
    assert record.full_title == title
    assert families(record.editor) == editors
    assert not record.author


@pytest.mark.parametrize(
    ("line", "container", "editors", "place"),
    [
        # Chicago bibliography, a chapter in an edited book
        ('Scott, Joan. "Gender: A Useful Category." In Feminism and History, edited by Joan '
         "Wallach Scott, 152–80. Oxford: Oxford University Press, 1996.",
         "Feminism and History", ["Scott"], "Oxford"),
        # Harvard
        ("Hall, S. (1980) 'Encoding/decoding', in S. Hall et al. (eds) Culture, Media, "
         "Language. London: Hutchinson.", "Culture, Media, Language", ["Hall"], "London"),
        # British history reading lists (MHRA-like)
        ("Nelson, J. L., 'Kingship and Empire', in J. H. Burns (ed.), The Cambridge History of "
         "Medieval Political Thought (Cambridge, 1988), pp. 211–51.",
         "The Cambridge History of Medieval Political Thought", ["Burns"], "Cambridge"),
        ("P. Wormald, 'Bede and the Conversion of England', in The Times of Bede, ed. S. Baxter "
         "(Oxford, 2006), pp. 135-66", "The Times of Bede", ["Baxter"], "Oxford"),
        # Chicago notes: a real note in Geoff Eley, A Crooked Line (University of Michigan
        # Press, 2005), notes to the preface (muse.jhu.edu)
        ("Stuart Hall, “Notes on Deconstructing ‘the Popular,’” in Raphael Samuel, ed., "
         "People’s History and Socialist Theory (London: Routledge and Kegan Paul, 1981), 239.",
         "People’s History and Socialist Theory", ["Samuel"], "London"),
    ],
)
def test_a_chapters_book_gives_its_editors(line: str, container: str, editors: list[str],
                                           place: str) -> None:
    record = _read(line)
    assert record.type == "chapter"
    assert record.get("container-title") == container
    assert families(record.editor) == editors
    assert record.get("publisher-place") == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("The Invention of Tradition, ed. Eric Hobsbawm and Terence Ranger (Cambridge, 1983)",
         "Cambridge"),
        ("R. I. Moore, The Formation of a Persecuting Society (Oxford, 1987)", "Oxford"),
        ("Southern, R. W., The Making of the Middle Ages (London, 1953)", "London"),
        ("Mary Beard, *SPQR: A History of Ancient Rome*, (London, 2015)", "London"),
    ],
)
def test_a_lone_town_in_an_imprint_is_the_place(line: str, place: str) -> None:
    record = _read(line)
    assert record.get("publisher-place") == place
    assert record.get("publisher") is None


def test_presses_named_after_towns_stay_publishers() -> None:
    record = _read("Wickham, C. (2005) Framing the Early Middle Ages. Oxford: Oxford "
                   "University Press.")
    assert record.get("publisher") == "Oxford University Press"
    assert record.get("publisher-place") == "Oxford"
    record = _read("Hobsbawm, Eric, and Terence Ranger, editors. The Invention of Tradition. "
                   "Cambridge UP, 1983.")
    assert record.get("publisher") == "Cambridge UP"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # titles that hold the role words as words stay whole
        ("Lost in Translation by Eve Hoffman (1989)", "Lost in Translation"),
        ("Brian Friel, Translations (Faber, 1981)", "Translations"),
        ("Stephen King, On Writing (Scribner, 2000)", "On Writing"),
        ("Fred Moten, In the Break: The Aesthetics of the Black Radical Tradition (2003)",
         "In the Break: The Aesthetics of the Black Radical Tradition"),
        ("Kenneth Goldsmith, Uncreative Writing (Columbia University Press, 2011)",
         "Uncreative Writing"),
        ("Nikolai Gogol, Dead Souls, with Foreword (Penguin, 2004)", "Dead Souls, with Foreword"),
    ],
)
def test_role_words_inside_a_title_stay(line: str, title: str) -> None:
    record = _read(line)
    assert record.full_title == title
    assert not record.editor and not record.translator


def test_a_title_that_is_edited_or_translated_in_its_words_stays_whole() -> None:
    record = _read("Venuti, Lawrence. The Translator's Invisibility, Translated and Retold. "
                   "London: Routledge, 1995.")
    assert record.full_title == "The Translator's Invisibility, Translated and Retold"
    record = _read("Benjamin Moser, Why This World: A Biography of Clarice Lispector, with "
                   "Photographs (Oxford, 2009)")
    assert record.full_title == ("Why This World: A Biography of Clarice Lispector, "
                                 "with Photographs")
    assert not record.editor and not record.translator


# Real lines: a Leeds University module bibliography (lib5.leeds.ac.uk reading lists,
# CLAS5500M, 2017/18), a Substack reading list (peregrinus.substack.com/p/books), a
# UCL preliminary reading list (docslib.org/doc/13234711), "The New Lifetime Reading
# Plan" (Fadiman and Major), a Tudor-Stuart reading list (projectsinhistory.org, 2021).
def test_harvard_in_colon_and_editors_before_a_comma_year() -> None:
    record = _read("Burrow, C., 1997. Virgil in English Translation. In: Martindale, C. (ed.), "
                   "The Cambridge Companion to Virgil. Cambridge; Cambridge University Press, "
                   "pp. 21–37.")
    assert record.type == "chapter"
    assert record.get("container-title") == "The Cambridge Companion to Virgil"
    assert families(record.editor) == ["Martindale"]
    record = _read("Armstrong, R., 2008. Classical Translations of the Classics: The Dynamics "
                   "of Literary Tradition in Retranslating Epic Poetry. In: Lianeri and Zajko "
                   "(eds), Translation and the classic : identity as change in the history of "
                   "culture, pp. 169-202.")
    assert families(record.editor) == ["Lianeri", "Zajko"]
    assert record.get("page") == "169-202"
    record = _read("Hardwick, L., and Stray, C. (eds), 2008 . A companion to classical "
                   "receptions. Malden, MA: Blackwell.")
    assert families(record.editor) == ["Hardwick", "Stray"]
    assert record.full_title == "A companion to classical receptions"
    assert record.get("publisher-place") == "Malden, MA"


@pytest.mark.parametrize(
    ("line", "title", "publisher", "place"),
    [
        ("Cole, Thomas (1991) The Origins of Rhetoric in Ancient Greece (Baltimore & London: "
         "Johns Hopkins University Press) – Highly thoughtful and succinct.",
         "The Origins of Rhetoric in Ancient Greece", "Johns Hopkins University Press",
         "Baltimore & London"),
        ("Evans, Joan & Mary S. Serjeantson (1960) English Medieval Lapidaries (Oxford: OUP) "
         "- for Pearl, primarily.", "English Medieval Lapidaries", "OUP", "Oxford"),
        ("Canterbury Tales, tr. Nevill Coghill (Penguin), an excellent translation",
         "Canterbury Tales", "Penguin", None),
        ("On the Nature of Things, ed. S. Palmer Bovie (New American Library)",
         "On the Nature of Things", "New American Library", None),
        ("Elton, G. R. The Tudor Constitution: Documents and Commentary, 2nd Ed. Cambridge: "
         "Cambridge University Press, 1982.", "The Tudor Constitution: Documents and Commentary",
         "Cambridge University Press", "Cambridge"),
    ],
)
def test_an_imprint_in_brackets_ends_the_title(line: str, title: str, publisher: str,
                                               place: str | None) -> None:
    record = _read(line)
    assert record.full_title == title
    assert record.get("publisher") == publisher
    assert record.get("publisher-place") == place


def test_editors_before_a_title_holding_by() -> None:
    record = _read("Raymond Grew and Nicholas H. Steneck, eds., Society and History: Essays by "
                   "Sylvia L. Thrupp (Ann Arbor: University of Michigan Press, 1977)")
    assert record.full_title == "Society and History: Essays by Sylvia L. Thrupp"
    assert families(record.editor) == ["Grew", "Steneck"]
    assert not record.author


def test_a_remark_in_brackets_is_no_publisher() -> None:
    record = _read("Olive Kitteridge by Elizabeth Strout (my review is here)")
    assert record.get("publisher") is None


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        ("Brown, P., The World of Late Antiquity, London, 1971.", "The World of Late Antiquity",
         "London"),
        ("Peter Brown, The World of Late Antiquity. London, 1971", "The World of Late Antiquity",
         "London"),
        ("Peter Brown, The World of Late Antiquity (Cambridge, Mass., 1971)",
         "The World of Late Antiquity", "Cambridge, Mass"),
        ("Peter Brown, The World of Late Antiquity (New Haven and London, 1971)",
         "The World of Late Antiquity", "New Haven and London"),
        ("A. H. M. Jones, The Later Roman Empire, 284–602, 3 vols (Oxford, 1964)",
         "The Later Roman Empire, 284–602", "Oxford"),
        ("Peter Brown, The World of Late Antiquity (London, 1971), chapters 1–3.",
         "The World of Late Antiquity", "London"),
    ],
)
def test_towns_alone_in_every_imprint_position(line: str, title: str, place: str) -> None:
    record = _read(line)
    assert record.full_title == title
    assert record.get("publisher-place") == place
    assert record.get("publisher") is None
    assert record.year is not None


def test_a_notes_cited_page_after_the_imprint_needs_no_p() -> None:
    # a Chicago note, as footnotes and further-reading sections give it
    record = _read("Daniel Kahneman, Thinking, Fast and Slow (New York: Farrar, Straus and "
                   "Giroux, 2011), 23.")
    assert (record.full_title, record.publisher, record.page) == (
        "Thinking, Fast and Slow", "Farrar, Straus and Giroux", "23")
    assert record.issued is not None and record.issued.parts == [[2011]]


def test_the_year_after_a_translators_bracket() -> None:
    record = _read("One Hundred Years of Solitude, by Gabriel García Márquez (trans. Gregory "
                   "Rabassa), 1970")
    assert families(record.translator) == ["Rabassa"]
    assert record.issued is not None and record.issued.parts == [[1970]]


def test_pages_to_read_after_the_imprint() -> None:
    record = _read("Peter Brown, The World of Late Antiquity, AD 150-750 (London, 1971), "
                   "pp. 22-34.")
    assert record.full_title == "The World of Late Antiquity, AD 150-750"
    assert record.get("page") == "22-34"


@pytest.mark.parametrize(
    ("line", "title", "editors", "translators"),
    [
        ("McKitterick, R., ed., Carolingian Culture: Emulation and Innovation (Cambridge, 1994)",
         "Carolingian Culture: Emulation and Innovation", ["McKitterick"], []),
        ("* McKitterick, R. (ed.) *Carolingian Culture* (Cambridge, 1994)",
         "Carolingian Culture", ["McKitterick"], []),
        ("The Cambridge Economic History of Europe, vol. 1, 2nd edn, ed. M. M. Postan "
         "(Cambridge, 1966)", "The Cambridge Economic History of Europe", ["Postan"], []),
        ("The Anglo-Saxon Chronicle, trans. and ed. M. Swanton (London, 1996)",
         "The Anglo-Saxon Chronicle", ["Swanton"], ["Swanton"]),
    ],
)
def test_roles_after_inverted_names_and_edition_notes(line: str, title: str,
                                                      editors: list[str],
                                                      translators: list[str]) -> None:
    record = _read(line)
    assert record.full_title == title
    assert families(record.editor) == editors
    assert families(record.translator) == translators


def test_co_written_and_directed_is_no_pair_of_roles() -> None:
    record = _read("Reds, co-written and directed by Warren Beatty (1981)")
    assert families(record.director) == ["Beatty"]
    assert not record.editor


def test_an_anthology_named_by_its_editor_first() -> None:
    record = _read("Edited by Ken Liu, Invisible Planets (Tor, 2016)")
    assert record.full_title == "Invisible Planets"
    assert families(record.editor) == ["Liu"]
    assert record.get("publisher") == "Tor"


@pytest.mark.parametrize("line", [
    "Edited by Sam Smith",
    "Edited by Sam Smith, music by Jo Lee (2019)",
    "Edited by Sam Smith, Jo Lee and Ann Ray (2019)",
])
def test_a_podcast_credit_stays_a_credit(line: str) -> None:
    assert not parse_citation(line).is_citation


@pytest.mark.parametrize(
    ("line", "authors", "editors", "translators"),
    [
        # as shops and Goodreads list contributors
        ("Invisible Planets by Ken Liu (Editor, Translator)", [], ["Liu"], ["Liu"]),
        ("Death's End by Cixin Liu, Ken Liu (Translator)", ["Liu"], [], ["Liu"]),
        ("The Three-Body Problem by Cixin Liu (Author), Ken Liu (Translator)", ["Liu"], [],
         ["Liu"]),
        ("The Three-Body Problem, Cixin Liu; trans. Ken Liu (Tor, 2014)", ["Liu"], [], ["Liu"]),
        ("Cixin Liu, The Three-Body Problem (trans. Ken Liu, Tor, 2014)", ["Liu"], [], ["Liu"]),
        # a name known alone keeps its place as the author; an anonymous work has none
        ("The Odyssey by Homer, Emily Wilson (Translator)", ["Homer"], [], ["Wilson"]),
        ("Beowulf by Anonymous, Seamus Heaney (Translator)", [], [], ["Heaney"]),
        # roles joined by "and", and a comic's writer (h-odunayo-read-2019, a real list)
        ("Saga, Vol. 1, by Brian K. Vaughan (Writer) and Fiona Staples (Artist)", ["Vaughan"],
         [], []),
    ],
)
def test_each_contributor_with_a_role(line: str, authors: list[str], editors: list[str],
                                      translators: list[str]) -> None:
    record = _read(line)
    assert families(record.author) == authors
    assert families(record.editor) == editors
    assert families(record.translator) == translators


def test_see_also_opens_an_entry() -> None:
    record = _read("See also R. McKitterick (ed.), Carolingian Culture (Cambridge, 1994)")
    assert record.full_title == "Carolingian Culture"
    assert families(record.editor) == ["McKitterick"]


def test_a_mention_in_prose_keeps_its_imprint() -> None:
    # a podcast feed's description (New Books Network), as the corpus's training feeds
    from biblio.extract.inline import find_mentions

    found = find_mentions("In this episode we discuss Ghosts and Things: The Material Culture "
                          "of Nineteenth-Century Spiritualism (Cornell University Press, 2025) "
                          "by Dr. Aviva Briefel, who argues that the Victorians used the dead.")
    assert found and found[0].record.get("publisher") == "Cornell University Press"
    assert found[0].record.year == 2025


def test_a_reprint_after_the_imprint() -> None:
    record = _read("Peter Brown, Augustine of Hippo: A Biography (London, 1967; new edn, 2000)")
    assert record.get("publisher-place") == "London"
    assert record.year == 2000
    assert record.get("edition") == "new edn"
    record = _read("Peter Brown, The World of Late Antiquity (London, 1971; repr. 1989)")
    assert record.get("publisher-place") == "London"
    assert record.get("publisher") is None


@pytest.mark.parametrize(
    ("line", "title", "publisher"),
    [
        ("Isaac Deutscher, The Prophet Armed, Verso (2003)", "The Prophet Armed", "Verso"),
        ("Isaac Deutscher, The Prophet Armed, Oxford University Press", "The Prophet Armed",
         "Oxford University Press"),
        ("The Prophet Armed by Isaac Deutscher. Verso, 2003.", "The Prophet Armed", "Verso"),
        ("The Prophet Armed by Isaac Deutscher - Verso, 2003", "The Prophet Armed", "Verso"),
        ("Isaac Deutscher, The Prophet Armed. Oxford University Press, 1954.",
         "The Prophet Armed", "Oxford University Press"),
        ("The Prophet Armed, by Isaac Deutscher (published by Verso in 2003)",
         "The Prophet Armed", "Verso"),
        # a title ending in a publisher's word stays whole
        ("Charles Dickens, Bleak House (1853)", "Bleak House", None),
        ("Rudyard Kipling, The Jungle Books (1894)", "The Jungle Books", None),
    ],
)
def test_a_publisher_ending_a_casual_line(line: str, title: str, publisher: str | None) -> None:
    record = _read(line)
    assert record.full_title == title
    assert record.get("publisher") == publisher


@pytest.mark.parametrize("line", [
    "R. McKitterick (ed.), *Carolingian Culture: Emulation and Innovation* (Cambridge, 1994) — "
    "a collection of essays that is still the best way into the cultural history of the "
    "period and its debates.",
    "*Carolingian Culture: Emulation and Innovation*, ed. R. McKitterick (Cambridge, 1994): "
    "the collection of essays that is still the best way into the cultural history of the "
    "period.",
])
def test_an_annotation_after_the_imprint_is_dropped(line: str) -> None:
    record = _read(line)
    assert record.full_title == "Carolingian Culture: Emulation and Innovation"
    assert families(record.editor) == ["McKitterick"]
    assert record.get("publisher-place") == "Cambridge"


@pytest.mark.parametrize(
    ("line", "title", "authors", "editors"),
    [
        # a literature syllabus's editions: a surname, the work in italics, its editors
        ("Chaucer, *Troilus and Criseyde*, ed. B. A. Windeatt", "Troilus and Criseyde",
         ["Chaucer"], ["Windeatt"]),
        ("Langland, _Piers Plowman_, ed. A. V. C. Schmidt", "Piers Plowman", ["Langland"],
         ["Schmidt"]),
        ("Malory, _Works_, ed. Eugène Vinaver", "Works", ["Malory"], ["Vinaver"]),
        ("Langland, *Piers Plowman: A Parallel-Text Edition*, ed. A. V. C. Schmidt, 2 vols",
         "Piers Plowman: A Parallel-Text Edition", ["Langland"], ["Schmidt"]),
        ("Chaucer, *Canterbury Tales*, eds. Benson and Cannon", "Canterbury Tales", ["Chaucer"],
         ["Benson", "Cannon"]),
        ("Anon., *Beowulf*, ed. Klaeber", "Beowulf", [], ["Klaeber"]),
        ("*Beowulf*, ed. R. D. Fulk, R. E. Bjork and J. D. Niles", "Beowulf", [],
         ["Fulk", "Bjork", "Niles"]),
    ],
)
def test_an_edition_of_a_classic(line: str, title: str, authors: list[str],
                                 editors: list[str]) -> None:
    p = parse_citation(line)
    assert p.is_citation and p.record is not None
    assert p.confidence >= 0.6  # read outside a reading list too
    assert p.record.full_title == title
    assert families(p.record.author) == authors
    assert families(p.record.editor) == editors


@pytest.mark.parametrize(
    ("line", "title", "container", "authors", "editors"),
    [
        ("Chaucer, *The Book of the Duchess*, in *The Riverside Chaucer*, ed. Benson",
         "The Book of the Duchess", "The Riverside Chaucer", ["Chaucer"], ["Benson"]),
        ("*Pearl*, in *The Poems of the Pearl Manuscript*, eds. Andrew and Waldron", "Pearl",
         "The Poems of the Pearl Manuscript", [], ["Andrew", "Waldron"]),
        ("Chaucer, 'The Knight's Tale', in *The Riverside Chaucer*, ed. Benson",
         "The Knight's Tale", "The Riverside Chaucer", ["Chaucer"], ["Benson"]),
    ],
)
def test_a_work_in_an_edited_collection(line: str, title: str, container: str,
                                        authors: list[str], editors: list[str]) -> None:
    record = _read(line)
    assert record.type == "chapter"
    assert record.full_title == title
    assert record.get("container-title") == container
    assert families(record.author) == authors
    assert families(record.editor) == editors


def test_a_surname_before_a_colon_and_an_italic_title() -> None:
    record = _read("Chaucer: *Troilus and Criseyde*, ed. B. A. Windeatt")
    assert record.full_title == "Troilus and Criseyde"
    assert families(record.author) == ["Chaucer"]


def test_a_curly_quote_closing_early_is_no_title() -> None:
    # a podcast episode title in a feed (training document a-ezra-klein-winamp)
    assert not parse_citation("‘Why Haven’t the Democrats Completely Cleaned the "
                              "Republicans’ Clock?’").is_citation


def test_a_town_between_title_and_year() -> None:
    record = _read("Robert Bartlett, The Making of Europe, Woodbridge, 1993")
    assert record.full_title == "The Making of Europe"
    assert record.get("publisher-place") == "Woodbridge"
    record = _read("Bartlett, R., The Making of Europe, Aldershot 1993")
    assert record.get("publisher-place") == "Aldershot"
    # a name there is the author's, not a town
    record = _read("Nineteen Eighty-Four, George Orwell, 1949")
    assert families(record.author) == ["Orwell"]
    assert record.get("publisher-place") is None
    assert _read("The Hobbit, Tolkien, 1937").get("publisher-place") is None


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        # Markdown reference-style links, an author in bold, editors' surnames after "eds."
        ("- **Chaucer**, [_Troilus and Criseyde_][12], eds. Barney, Benson", ["Barney", "Benson"]),
        ("- **Chaucer** [_Troilus and Criseyde_][3], eds. Barney, Benson", ["Barney", "Benson"]),
        # a selection after a colon is what to read, not part of the entry
        ("- **Chaucer**, [_Troilus and Criseyde_][12], ed. Windeatt: _“Book I”_, _“Book II”_",
         ["Windeatt"]),
    ],
)
def test_a_markdown_syllabus_entry(line: str, editors: list[str]) -> None:
    p = parse_citation(line)
    assert p.is_citation and p.record is not None and p.confidence >= 0.6
    assert p.record.full_title == "Troilus and Criseyde"
    assert families(p.record.author) == ["Chaucer"]
    assert families(p.record.editor) == editors


def test_a_bold_author_is_still_the_author() -> None:
    record = _read("**Hobsbawm, E.** (ed.), The Invention of Tradition (Cambridge, 1983)")
    assert families(record.editor) == ["Hobsbawm"]
    record = _read("**Deutscher, Isaac.** The Prophet Armed. Verso, 2003.")
    assert families(record.author) == ["Deutscher"]


def test_a_bold_author_then_an_italic_title_that_reads_as_a_name() -> None:
    p = parse_citation("- **Langland**, [_Piers Plowman_][4], eds. Schmidt, Pearsall")
    assert p.record is not None
    assert p.record.full_title == "Piers Plowman"
    assert families(p.record.author) == ["Langland"]


def test_harvard_eds_without_a_comma() -> None:
    record = _read("Hall, S. & Jacques, M. eds (1989). New Times. London: Lawrence & Wishart.")
    assert families(record.editor) == ["Hall", "Jacques"]
    assert not record.author
    assert record.full_title == "New Times"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("The Odyssey, by Homer (Emily Wilson translation)", None),
        ("The Odyssey, by Homer (Robert Fagles trans)", None),
        ("The Odyssey by Homer (Penguin, 2003, trans. Robert Fagles)", "Penguin"),
        ("The Odyssey (Penguin, 1996; trans. Robert Fagles)", "Penguin"),
    ],
)
def test_a_translator_named_in_the_brackets(line: str, publisher: str | None) -> None:
    record = _read(line)
    assert record.full_title == "The Odyssey"
    assert len(record.translator) == 1
    assert record.get("publisher") == publisher


@pytest.mark.parametrize(
    ("line", "place", "year"),
    [
        ("Smith, J., The History of Things, N.Y., 1999.", "N.Y", 1999),
        ("Smith, J., The History of Things, London, n.d.", "London", None),
        ("Smith, J., The History of Things, London, 1999, 2 v.", "London", 1999),
    ],
)
def test_older_bibliographies_town_and_year(line: str, place: str, year: int | None) -> None:
    record = _read(line)
    assert record.full_title == "The History of Things"
    assert record.get("publisher-place") == place
    assert record.year == year


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        ("Smith, J. K. (1999). Political Parties. Ithaca, N.Y.", "Political Parties",
         "Ithaca, N.Y"),
        ("Smith, John A. (1999). Political Parties, Ithaca, N.Y.", "Political Parties",
         "Ithaca, N.Y"),
        ("Smith, A. B., The Title of Things, N.Y., 1999. 2 Vols", "The Title of Things", "N.Y"),
        # a title in another language, backed by its town and year
        ("Historia ecclesiastica gentis anglorum, Oxford, 1969.",
         "Historia ecclesiastica gentis anglorum", "Oxford"),
    ],
)
def test_a_town_alone_after_the_title(line: str, title: str, place: str) -> None:
    record = _read(line)
    assert record.full_title == title
    assert record.get("publisher-place") == place


def test_a_chapter_in_a_book_by_surnames_with_a_remark() -> None:
    record = _read('- "Kings and Queens in the Early Middle Ages," in Nelson & Wormald (eds.), '
                   "*Lay Intellectuals in the Carolingian World* (Cambridge, 2007), 1–20 — an "
                   "introduction to the debate on the role of the laity")
    assert record.type == "chapter"
    assert record.get("container-title") == "Lay Intellectuals in the Carolingian World"
    assert families(record.editor) == ["Nelson", "Wormald"]
    assert record.get("page") == "1–20"
