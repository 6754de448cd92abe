"""Forms from the seventh round of training errors: labels, italics, interviews."""

from biblio import parse_citation


def test_title_author_label_is_no_part_of_the_title() -> None:
    record = parse_citation("Favorite Penguin Classics Title/Author: The Narrow Road to the"
                            " Deep North, by Matsuo Basho").record
    assert (record.title, record.author[0].family) == (
        "The Narrow Road to the Deep North", "Basho")


def test_title_label_without_a_by_is_left_alone() -> None:
    parsed = parse_citation("Working Title: Notes Toward a Memoir")
    assert parsed.record.full_title != "Notes Toward a Memoir" or not parsed.is_citation


def test_interview_about_a_title_and_its_topics() -> None:
    from biblio.extract.inline import find_mentions

    line = ("In this interview, I chat with Sy Montgomery about What the Chicken Knows , her"
            " title and cover, what draws her to chickens, and lots more.")
    found = [(p.record.title, p.record.author[0].family) for p in find_mentions(line)]
    assert found == [("What the Chicken Knows", "Montgomery")]


def test_interview_about_a_subject_names_no_work() -> None:
    from biblio.extract.inline import find_mentions

    line = "This week I talk with Jane Smith about Climate Change, and much more besides."
    assert find_mentions(line) == []


def test_surname_before_an_italic_title_and_its_edition() -> None:
    record = parse_citation("  02. Oxtoby. *<u>Measure and Category</u>*. 2nd ed.").record
    assert (record.title, record.author[0].family, record.edition) == (
        "Measure and Category", "Oxtoby", "2")  # styles print "2nd ed."


def test_an_everyday_word_is_no_surname() -> None:
    assert not parse_citation("Note. *Measure and Category*").record.author


def test_a_name_is_never_read_over_italics() -> None:
    record = parse_citation("  03. Schaefer. *<u>Topological Vector Spaces</u>*. 2nd ed.").record
    assert (record.title, record.author[0].family) == ("Topological Vector Spaces", "Schaefer")


def test_a_name_in_bold_is_still_a_name() -> None:
    record = parse_citation("**Deutscher, Isaac**. The Prophet Armed. Oxford: OUP, 1954.").record
    assert (record.title, record.author[0].family) == ("The Prophet Armed", "Deutscher")


def test_a_title_in_italics_ends_with_them() -> None:
    line = "    - *<u>Volume 1: Fundamental Algorithms</u>*. Third Edition. Addison-Wesley, 1997."
    assert parse_citation(line).record.full_title == "Volume 1: Fundamental Algorithms"


def test_italics_inside_a_title_do_not_cut_it() -> None:
    line = "Anne Carson, *Nox*: Poems for a Brother (New Directions, 2010)"
    assert "Poems" in (parse_citation(line).record.full_title or "")


_BLURBED = ("Ayobami ADEBAYO - Stay with me (2017, 298 pages) Yejide longs for a child above all"
            " else; it is what her husband and his mother want too, and she has tried everything"
            " from gruelling pilgrimages and doctors to dancing prophets and prayer. Set against"
            " the unrest of 1980s Nigeria, the novel is full of the sounds of its world.")


def test_entry_before_its_blurb_after_a_dated_bracket() -> None:
    record = parse_citation(_BLURBED).record
    assert (record.title, record.author[0].family, record.issued.year) == (
        "Stay with me", "ADEBAYO", 2017)


def test_paragraph_opening_with_an_entry_yields_it() -> None:
    from biblio.extract import extract

    titles = [p.record.title for p in extract(_BLURBED + "\n", format="text")]
    assert titles == ["Stay with me"]


def test_prose_paragraph_without_an_entry_yields_nothing() -> None:
    from biblio.extract import extract

    prose = ("We have been thinking about this for a while now, and the short answer is that"
             " nobody really knows; the long answer takes the rest of the episode (2019 was a"
             " strange year) And we talk about it at length with our friends from the show.\n")
    assert extract(prose, format="text") == []


def test_a_time_is_no_title() -> None:
    assert not parse_citation("Pairings Timestamp: 1:07:05").is_citation
    assert parse_citation("Nineteen Eighty-Four – George Orwell").is_citation


def test_the_labeller_takes_no_lead_in_for_a_title() -> None:
    from biblio.parse.citation import read_with_labeller

    assert read_with_labeller("Coming Up") is None


def test_the_labeller_takes_no_sentence_for_a_title() -> None:
    from biblio.parse.citation import read_with_labeller

    assert read_with_labeller("Notes on it.") is None


def test_a_short_title_before_a_person_is_no_sentence() -> None:
    record = parse_citation("I am a Bunny by Richard Scarry").record
    assert (record.title, record.author[0].family) == ("I am a Bunny", "Scarry")


def test_a_sentence_with_by_stays_prose() -> None:
    assert not parse_citation("I was reading it by the fire with John Smith").is_citation
    assert not parse_citation("We are so glad you stopped by, Mary Jones").is_citation
