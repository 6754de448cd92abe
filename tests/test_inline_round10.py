"""Works named in running prose, round 10: lines from the training split of the real-world
corpus's documents (issue 9) — sentences that open with a title and say what it is."""

from __future__ import annotations

import pytest

from biblio.extract.inline import find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # a sentence that opens with the title, then what kind of work it is, and by whom
    ("Small Things Like These is a short novel by the Irish writer Claire Keegan. Its hero is "
     "Bill Furlong, a coal merchant in a small country town in the mid-1980s.",
     [("Small Things Like These", ["Keegan"])]),
    ("There There stands out as a novel by and about Native Americans set firmly in a "
     "present-day city. Its shifting viewpoints and linked cast of characters are a treat, too.",
     [("There There", [])]),
    ("Varina is a gorgeously written Civil War novel about the Confederacy’s First Lady – her "
     "marriage, her children and her friendships.", [("Varina", [])]),
    ("Florida is the finest book of short stories I have picked up in ages. Groff builds tiny "
     "fictions that seize you from the first word and hold on.", [("Florida", [])]),
    # a clause between the title and its verb
    ("The Screwtape Letters, told by a demon trying to win souls for Hell, is a thoroughly "
     "Christian book whose pull comes just as much from what Lewis understood about people.",
     [("The Screwtape Letters", [])]),
    # a setting, not a work
    ("Summer 1964 is the setting for the debut novel by TV actress Denise Nicholas called "
     "Freshwater Road.", [("Freshwater Road", ["Nicholas"])]),
])
def test_a_sentence_opens_with_the_work_it_describes(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("This week, Emily Adrian (The Second Season) joins us to discuss a book she'd never read, "
     "Frederick Exley's 1968 \"fictional memoir\" A Fan's Notes.",
     [("The Second Season", ["Adrian"]), ("A Fan's Notes", ["Exley"])]),
    ("This week, J. Robert Lennon (Subdivision, Pieces for the Left Hand) joins us to discuss a "
     "story he loves to teach: Ted Chiang's \"Hell is the Absence of God.\" What does he want "
     "students to get out of it, and why does so little literary fiction today use an all-knowing "
     "narrator? Plus: church summer camps, the case against reading your own Goodreads reviews, "
     "and why John won't fight anybody.",
     [("Subdivision", ["Lennon"]), ("Pieces for the Left Hand", ["Lennon"]),
      ("Hell is the Absence of God", ["Chiang"])]),
    # the bracket ends the sentence after a word for a writer
    ("Our guest this week is the novelist and memoirist Susie Boyt (My Judy Garland Life, Loved "
     "and Missed). She has asked us to talk about The Dream Songs (1969) by John Berryman, a "
     "book that for a while made its author the best-known poet in America.",
     [("My Judy Garland Life", ["Boyt"]), ("Loved and Missed", ["Boyt"]),
      ("The Dream Songs", ["Berryman"])]),
    # an actor's shows, with no talk of books: no author; a network's show after its owner
    ("Also, a clip from the Periodic Talks podcast, a show about what makes people curious, "
     "from virtual worlds to heavenly bodies, hosted by Gillian Jacobs (Community, Netflix's "
     "LOVE) and Diona Reasonover (NCIS)", [("Community", []), ("LOVE", [])]),
])
def test_a_persons_works_in_brackets_after_the_name(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Garden State rewatch time is almost here. First, though, Bill and Pete get through a few "
     "more subjects, among them Magic: The Gathering, penises (AGAIN, yes), nerds having sex and "
     "the just-released film Apocalypse Pompeii, co-authored by Bill.",
     [("Apocalypse Pompeii", [])]),
    ("This week Nicole and Gayle go over what they just finished and what they are reading now, "
     "and spend a few minutes on the newly released series Inventing Anna, a Netflix adaptation "
     "of the story with the same name.", [("Inventing Anna", [])]),
    ("Dara: Season 4 of The Man in the High Castle has a new teaser, which also confirms it will "
     "be the last season.", [("The Man in the High Castle", [])]),
])
def test_a_film_or_series_named_after_its_kind(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_a_name_that_ran_into_the_next_title_leaves_it_to_be_read() -> None:
    line = ("Chelsey and Sara discuss The Lion, the Witch, and the Wardrobe by C.S. Lewis and The "
            "Golden Compass by Philip Pullman, first as children’s classics in their own right and "
            "then as two books talking to each other.")
    assert _read(line) == [("The Lion, the Witch, and the Wardrobe", ["Lewis"]),
                           ("The Golden Compass", ["Pullman"])]


@pytest.mark.parametrize(("line", "expected"), [
    ("Drs. Daniel J. Siegel and TIna Payne Bryson, the bestselling authors of The Whole-Brain "
     "Child and No-Drama Discipline discuss their new book The Power of Showing Up: How Parental "
     "Presence Shapes Who Our Kids Become and How Their Brains Get Wired.",
     [("The Whole-Brain Child", ["Siegel", "Bryson"]),
      ("No-Drama Discipline", ["Siegel", "Bryson"]),
      ("The Power of Showing Up: How Parental Presence Shapes Who Our Kids Become and How "
       "Their Brains Get Wired", ["Bryson"])]),
    ("In today's episode, I interview Neal Fischer, author of two new movie trivia books, The "
     "Rom-Com Ultimate Movie Trivia Book and the Christmas Movie Ultimate Trivia Book. Neal also "
     "runs a pair of podcasts of his own.",
     [("The Rom-Com Ultimate Movie Trivia Book", ["Fischer"]),
      ("Christmas Movie Ultimate Trivia Book", ["Fischer"])]),
    ("<p>Is drink a muse or a fast track to ruin? This month William Palmer – author of In Love "
     "with Hell: Drink in the Lives and Work of Eleven Writers – and Henry Jeffreys – author of "
     "Empire of Booze and The Cocktail Dictionary – sit down with the Slightly Foxed team to ask "
     "why alcohol keeps turning up in literature.</p>",
     [("In Love with Hell: Drink in the Lives and Work of Eleven Writers", ["Palmer"]),
      ("Empire of Booze", ["Jeffreys"]), ("The Cocktail Dictionary", ["Jeffreys"])]),
])
def test_the_author_of_two_works(line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_a_persons_life_dates_in_brackets_are_no_works() -> None:
    line = ("<p>Alexander Pope (1688 – 1744) fell for poetry at eight, when he read an illustrated "
            "Homer. The Rape of the Lock made him one of the most admired poets of the day, but "
            "once Queen Anne died he was pushed to the margins. His last great work, The Dunciad, "
            "made him so widely disliked that he never went out without loaded pistols and his "
            "Great Dane, Bounce.</p>")
    assert _read(line) == [("The Dunciad", ["Pope"])]


@pytest.mark.parametrize(("line", "expected"), [
    # a full name with a common given name owns a title even where no word speaks of books
    ("Virginia Woolf's To the Lighthouse is a modernist landmark. Its lyrical sentences and "
     "unbroken streams of consciousness set the bar for getting inside characters' heads and "
     "hearts.", [("To the Lighthouse", ["Woolf"])]),
    # "from A's X to B's Y": the second owner ends the first title, and its own title is read
    ("The 2012 slate held a personal favourite, Jane Gardam’s Old Filth, and showed how long Ann "
     "Patchett has been in demand with State of Wonder. The 2015 picks brought me Maria Semple in "
     "Where’s You Go Bernadette? and Hector Tobar with The Barbarian Nurseries. In 2016 the range "
     "ran from Kent Haruf’s Our Souls at Night to Paula Hawkins’ The Girl on the Train.",
     [("Old Filth", ["Gardam"]), ("Our Souls at Night", ["Haruf"]),
      ("The Girl on the Train", ["Hawkins"])]),
    # ... but not a show's name whose list of topics goes on after it
    ("Sean Carroll's Mindscape: Science, Society, Philosophy, Culture, Arts, and Ideas Podcast",
     []),
])
def test_a_persons_possessive_before_a_title(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_by_and_words_that_say_who_the_author_is() -> None:
    line = ("My biggest recent letdown was \"Lies My Teacher Told Me: Everything Your American "
            "History Textbook Got Wrong\" by liberal historian James Loewen. I expected it to make "
            "me furious about corporate-written history, but it is too brief.")
    assert _read(line) == [("Lies My Teacher Told Me: Everything Your American History Textbook "
                            "Got Wrong", ["Loewen"])]


@pytest.mark.parametrize(("line", "expected"), [
    ("<p>The Goldfinch was written by the same author as the famous Secret History, Donna Tartt. "
     "The prose felt familiar and the narrator was believable and engaging.</p>",
     [("The Goldfinch", [])]),
    ("<p>The Holmes stories came out over some forty years, from 1887 to 1927, and the technology "
     "shifts as you go. The Return of Sherlock Holmes appeared in 1905, and bicycles turn up in "
     "three of its stories, which makes sense for something written a few years after the "
     "cycling boom of the late 90s.</p>", [("The Return of Sherlock Holmes", [])]),
])
def test_a_sentence_opens_with_a_work_and_when_or_by_whom_it_was_written(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_the_translator_of_a_work() -> None:
    line = ("<p><img src=\"/wp-content/uploads/narrow_road.jpg\" alt=\"narrow_road\"><strong>Name:"
            "</strong> Lydia Davis, translator of Madame Bovary</p>")
    assert _read(line) == [("Madame Bovary", [])]


@pytest.mark.parametrize(("line", "expected"), [
    # right after a word for the work, a quoted title may keep sentence case or read as a saying
    ("As for books, I'm nearly through sci-fi author Stephen Baxter's latest 'World engines: "
     "Destroyer', in which Phobos, the moon of Mars, turns out to be a stopover for travellers "
     "between parallel universes. Great writer.</div>",
     [("World engines: Destroyer", ["Baxter"])]),
    ("Comedian and satirist Ginny Hogan lays out the fine print of becoming her partner, to be "
     "determined; Oregon Poet Laureate Anis Mojgani recalls a fan of poetry he never expected to "
     "meet; and Pink Martini singer Jimmie Herrod looks back on his America's Got Talent run "
     "before singing his new song, \"I Love You.\"", [("I Love You", ["Herrod"])]),
])
def test_a_quoted_title_right_after_a_word_for_the_work(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_a_song_after_a_verb_of_playing_it() -> None:
    line = ("Comedy writer Tamara Yajia talks through her memoir Cry for Me, Argentina, about a "
            "childhood split between the U.S. and Argentina and a bid for child stardom; stand-up "
            "Susan Rice on dating in her 70s, SilverSingles included; and indie folk singer Anna "
            "Tivel on how long train rides across North America feed her songs, before playing "
            "\"California Zephyr.\"")
    assert _read(line) == [("Cry for Me, Argentina", ["Yajia"]), ("California Zephyr", ["Tivel"])]


def test_a_quoted_title_after_the_word_story() -> None:
    line = ("<p>The closing story, “The Adventure of the Second Stain,” is more topical still: it "
            "plainly grew out of the Kruger telegram.</p>")
    assert _read(line) == [("The Adventure of the Second Stain", [])]


def test_a_one_word_title_after_a_full_name() -> None:
    line = ("It has shaped my book-buying and reading more than I can say, from Roth’s "
            "infamous Portnoy’s Complaint to the more obscure, such as Steve Tesich’s Karoo. When "
            "the guests are sniffy it can fall a little flat, but then there are moments like "
            "Jeffrey Archer’s critique of Penelope Fitzgerald’s The Bookshop (he has doubts about "
            "the heroine's head for business…), which never stops giving.")
    assert _read(line) == [("Karoo", ["Tesich"]), ("The Bookshop", ["Fitzgerald"])]
    # (a series' name before a word for its works is none)
    assert ("Ripley", ["Highsmith"]) not in _read(
        "<p>From the cocktails that fill John Cheever’s short stories and the ritual aperitifs of "
        "Patricia Highsmith’s Ripley novels to Mr Pecksniff tumbling into Mrs Todgers’s fireplace "
        "in Martin Chuzzlewit, drinks in fiction tell us who people are.</p>")


@pytest.mark.parametrize(("line", "expected"), [
    ("Director/writer Greta Gerwig discusses her Oscar nominated film adaptation of the beloved "
     "classic Little Women, how she wove more of author Louisa May Alcott's own character into the "
     "movie, and why she wanted to honour the ending Alcott first had in mind.",
     [("Little Women", [])]),
    ("Ruth: Michael B Jordan's production company and Warner Bros have scooped up the movie "
     "rights to Black Leopard, Red Wolf.", [("Black Leopard, Red Wolf", [])]),
    ("trpw: The Guild is being adapted into a musical for MTFestUK 2026, and Felicia Day is back "
     "as Cyd/Codex. Link", [("The Guild", [])]),
    # a series of books is no one work
    ("Mark: James S.A. Corey and co. are bringing more science fiction to the screen, with Prime "
     "Video adapting The Captive's War series. Link", []),
])
def test_a_work_adapted_for_the_screen_or_stage(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_a_heading_that_is_only_a_possessive_and_a_concept_names_no_work() -> None:
    assert _read("Adam Smith's Invisible Hand") == []


def test_quoted_titles_listed_in_a_feeds_language() -> None:
    line = ("SerieSelektor #58 Al mes més curt de l'any hi ha propostes per a tots els gustos, "
            "i en destaquem \"Pam & Tommy\" (Disney+), \"¿Quién es Anna?\" (Netflix), \"Furia\" "
            "(Filmin), \"Separación\" (Apple TV+) o \"Super pumped\" (Movistar+).")
    assert [t for t, _ in _read(line)] == ["Pam & Tommy", "¿Quién es Anna?", "Furia",
                                           "Separación", "Super pumped"]
    line = ("Directament a les plataformes s'estrenen \"Ice Age: Las aventuras de Buck\", \"Swan "
            "Song\", \"La magia del sonido del cine\", \"El asesinato de Kenneth Chamberlain\" i "
            "\"Attica\".")
    assert [t for t, _ in _read(line)] == ["Ice Age: Las aventuras de Buck", "Swan Song",
                                           "La magia del sonido del cine",
                                           "El asesinato de Kenneth Chamberlain", "Attica"]


@pytest.mark.parametrize(("line", "expected"), [
    # a year and a quoted description between the owner and the title
    ("This week, Emily Adrian (The Second Season) joins us to discuss a book she'd never read, "
     "Frederick Exley's 1968 \"fictional memoir\" A Fan's Notes. It draws on Exley's own time in "
     "psychiatric hospitals and his lifelong fixation on the New York Giants' Frank Gifford.",
     [("The Second Season", ["Adrian"]), ("A Fan's Notes", ["Exley"])]),
    # a prize
    ("Most of the non-fiction I have read lately came out of Pamela Paul’s author interviews on "
     "The New York Times Book Review podcast. In recent weeks, these have included Patrick Radden "
     "Keefe’s brilliant Say Nothing and Isabel Wilkerson’s Pulitzer Prize winning The Warmth of "
     "Other Suns.",
     [("Say Nothing", ["Radden Keefe"]), ("The Warmth of Other Suns", ["Wilkerson"])]),
])
def test_words_between_an_owner_and_the_title(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_quoted_words_after_what_a_work_is_about_are_its_topic() -> None:
    assert _read("David's chatter is Steven Brill's New Yorker article on the New York City "
                 "\"Rubber Room\" for teachers deemed unfit.") == []


def test_a_song_named_like_a_person_after_a_verb_of_singing_it() -> None:
    line = ("We talk about: the strange hardware of the first speaking computers and its ties "
            "to optical film soundtracks; Louis Gerstman, the overlooked pioneer who first made an "
            "IBM mainframe sing “Daisy Bell.”; why the phoneme-based approach behind Stephen "
            "Hawking's voice did not carry over into Siri.")
    assert ("Daisy Bell", []) in _read(line)


def test_a_quoted_title_with_its_segments_time() -> None:
    line = ("These fabulous things are here to podcast historic! Mal and Jo hit the gas with first "
            "reactions to 'Furiosa: A Mad Max Saga' (30:07). Before that, they gauge their "
            "excitement and do a little homework for 'The Acolyte,' which starts next week "
            "(05:22). And grab tickets for the Ringer Residency in Los Angeles this summer!")
    assert _read(line) == [("Furiosa: A Mad Max Saga", [])]
