"""Works named in running prose, round 6: lines from the training split of the real-world
corpus, each with the title and author its gold gives (issue 9)."""

from __future__ import annotations

import pytest

import biblio
from biblio.extract.inline import find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # a person's possessive, then words that say a work is meant
    ("    Our yearly round-up of what we read over the summer break. John, Andy and Nicky "
     "talk about David Keenan’s fourth novel Monument Maker, and Open Water, a promising "
     "debut novella from Caleb Azumah Nelson.",
     ("Monument Maker", ["Keenan"])),
    ("Robert Bound, culture editor at Monocle, joins John and Andy to discuss JG Ballard's "
     "Spanish set thriller Cocaine Nights. Also: the Ballard-Bond link, Colson Whitehead's "
     "Underground Railroad, and the phrase nobody ever wants to hear from John "
     "Mitchinson...Show More",
     ("Cocaine Nights", ["Ballard"])),
    # a possessive with no cue word between, in a paragraph that speaks of books
    ("Robert Bound, culture editor at Monocle, joins John and Andy to discuss JG Ballard's "
     "Spanish set thriller Cocaine Nights. Also: the Ballard-Bond link, Colson Whitehead's "
     "Underground Railroad, and the phrase nobody ever wants to hear from John "
     "Mitchinson...Show More",
     ("Underground Railroad", ["Whitehead"])),
    # a quoted title after its author's possessive
    ("Mike Palindrome, president of the Literature Supporters Club, comes on to dig into "
     "Nathaniel Hawthorne's \"Young Goodman Brown\". They look at this eerie allegory of "
     "faith and temptation in Puritan New England.",
     ("Young Goodman Brown", ["Hawthorne"])),
    # a capitalised run with its publisher and year in brackets, then "by Dr. Name"
    ("Ghosts and Things: The Material Culture of Nineteenth-Century Spiritualism (Cornell "
     "University Press, 2025) by Dr. Aviva Briefel argues that the Victorians used the dead "
     "to make sense of the objects of their own time.",
     ("Ghosts and Things: The Material Culture of Nineteenth-Century Spiritualism",
      ["Briefel"])),
    ("Rachel Midura joins Jana Byars to talk about Postal Intelligence: The Tassis Family and "
     "Communications Revolution in Early Modern Europe (Cornell UP, 2025), which links and "
     "places in context the histories of the early modern post.",
     ("Postal Intelligence: The Tassis Family and Communications Revolution in Early Modern "
      "Europe", [])),
    # "author of", the author a given name the paragraph gave in full before
    ("If you are what my guest Melody Warnick calls an \"anywhereist\" and have thought about "
     "moving, today we go through what to weigh before you do. Melody is the author of If "
     "You Could Live Anywhere: The Surprising Importance of Place in a Work-from-Anywhere "
     "World, and we talk about what belongs in a \"location strategy.\"",
     ("If You Could Live Anywhere: The Surprising Importance of Place in a "
      "Work-from-Anywhere World", ["Warnick"])),
    # people "on" an italic title
    ("  • Noel Johnson and Mark Koyama on *Persecution and Toleration*",
     ("Persecution and Toleration", ["Johnson", "Koyama"])),
    # "is reading" a title with commas in it, up to "by"
    ("This week, Annie is reading Freaks, Gleeks, & Dawson’s Creek by Thea Glassman. "
     "Olivia is reading Cutting Teeth by Chandler Baker.",
     ("Freaks, Gleeks, & Dawson’s Creek", ["Glassman"])),
    # a quoted title after "his book is"
    ("My guest has written what may be the fullest history of that idea. His name is Steve "
     "Silberman and his book is \"NeuroTribes: The Legacy of Autism and The Future of "
     "Neurodiversity.\" We talk about the neglected history of autism research.",
     ("NeuroTribes: The Legacy of Autism and The Future of Neurodiversity", ["Silberman"])),
    # "X's newest, Title", and "His newest, Title" with the paragraph's person
    ("Feb 27, 2025•37 min•Transcript available on Metacast American politics runs hot right "
     "now; we seem furious with each other. Jeffrey Toobin’s newest, The Pardon: The "
     "Politics of Presidential Mercy, comes at politics from an unusual angle.",
     ("The Pardon: The Politics of Presidential Mercy", ["Toobin"])),
    ("Feb 20, 2025•38 min•Transcript available on Metacast Jeff Hobbs is a bestselling "
     "author, and the way he listens to his subjects gives hard topics a deeply human face. "
     "His newest, Seeking Shelter, tells the story of homelessness through Evelyn.",
     ("Seeking Shelter", ["Hobbs"])),
    # a question mark inside the title
    ("<p>Sam is also the author of Am I Being Too Subtle?: Straight Talk From a Business "
     "Rebel.</p>",
     ("Am I Being Too Subtle?: Straight Talk From a Business Rebel", [])),
    # a year in brackets after the owner's possessive
    ("Melvyn Bragg and guests discuss the Austrian-British economist Friedrich Hayek's The "
     "Road to Serfdom (1944), in which Hayek (1899-1992) argued that the methods Britain "
     "used to run its economy in wartime would fail in peacetime.",
     ("The Road to Serfdom", ["Hayek"])),
    ("    English speakers today struggle for sexual words that are neither crude nor "
     "clinical, but it was not always so. Reviewing Jenni Nuttall’s Mother Tongue, Mary "
     "Wellesley ties our linguistic squeamishness to shifting ideas about women and sex. She "
     "joins Tom to trace how the words for women's bodies, work and lives have changed.Find "
     "further reading on the episode page: to Mary Wellesley and Irina Dumitrescu on "
     "medieval humour:",
     ("Mother Tongue", ["Nuttall"])),
    # "another <Person> book, Title"
    ("I came across it only recently, after one of our book club members picked another "
     "Katherine Marsh book, Nowhere Boy, as our August read.",
     ("Nowhere Boy", ["Marsh"])),
    # a quoted title in reference form
    ("Research: Akst, Daniel. “Pellagra: The Forgotten Plague.” American Heritage. "
     "December 2000.",
     ("Pellagra: The Forgotten Plague", [])),
    # italics after any owner's possessive (one word's reads as the band's, round 49)
    ("A gorgeous film. Superb camera work, and the soundtrack somehow makes room for both "
     "Radiohead's _Life in a Glasshouse_ and King Crimson's _The Court of the Crimson "
     "King_. The best.",
     ("Life in a Glasshouse", ["Radiohead"])),
])
def test_a_training_line_names_its_work(line: str, expected: tuple[str, list[str]]) -> None:
    assert expected in _read(line)


def test_a_list_after_books_include_takes_the_paragraphs_person() -> None:
    line = ("<p>Sam Harris (@SamHarrisOrg) is a neuroscientist, philosopher and the author of "
            "five New York Times bestsellers. His books include The End of Faith, Letter to a "
            "Christian Nation, The Moral Landscape, Free Will, Lying, Waking Up, and Islam and "
            "the Future of Tolerance (with Maajid Nawaz).</p>")
    assert _read(line) == [(title, ["Harris"]) for title in (
        "The End of Faith", "Letter to a Christian Nation", "The Moral Landscape", "Free Will",
        "Lying", "Waking Up", "Islam and the Future of Tolerance")]


def test_linked_titles_with_their_page_counts() -> None:
    line = ("In 2009 I read [Guns Germs and Steel](/2009/06/guns-germs-and-steel/) (512 "
            "pages), [Collapse](/2009/07/collapse-were-doomed/) (575 pages) and [Good "
            "Calories, Bad Calories](/2009/12/good-calories/) (640 pages).")
    assert [title for title, _ in _read(line)] == [
        "Guns Germs and Steel", "Collapse", "Good Calories, Bad Calories"]


def test_a_title_with_a_possessive_in_it_is_not_cut_there() -> None:
    line = ("An interview with Matthew Algeo, author of Pedestrianism: When Watching People "
            "Walk was America’s Favorite Spectator Sport (Chicago Review Press).")
    assert "Favorite Spectator Sport" not in [title for title, _ in _read(line)]


@pytest.mark.parametrize("line", [
    # the episode's own name, after "episode is called"
    "Our newest episode is called “It’s Fun to Smoke Marijuana.” (Subscribe on iTunes, grab "
    "the RSS feed, or play it in the player above.)",
    # a quoted word that is no title
    "What can it mean to talk about “English” literature at all? Does the label matter?",
    # an episode number in quotes, after "books"
    "You'll find this episode's books on our website (type “Episode 448” into the search bar "
    "and hit enter to bring them up):",
    # possessives and quotes, but no work
    "King gets written off because he is popular and prolific, and fans of the show rarely "
    "call it \"only\" a mass-market hit.",
    "Historian Edward J. Watts of UC San Diego talks about his book covering two millennia "
    "of Rome. He explains how Rome's long survival came from absorbing many cultures.",
    "  • Key Takeaway: 'Reader speed dating' names the instant, easy rapport you feel on "
    "meeting someone in public who is in the middle of a book.",
    "He would like a global “Parliament of Mayors” to tackle the large, border-crossing "
    "problems national leaders handle badly.",
    "Merry Christmas! The comic was freely translated into English by Anthea Bell and Derek "
    "Hockridge, and the village never heard of Christmas.",
])
def test_a_sentence_that_names_no_work_yields_nothing(line: str) -> None:
    assert find_mentions(line) == []


def test_prose_under_a_heading_that_stays_in_force_is_searched() -> None:
    # Flat notes: "Subscribe" heads the links, and stays the section over the next
    # episode's description, which names its book in prose.
    notes = ("Subscribe\n\nApple Podcasts\n\nSpotify\n\n"
             "Merry Christmas! Andy and Una, with authors Louie Stowell and Robert Shearman, "
             "mark the season with Asterix and the Roman Agent (1972) by René Goscinny "
             "(words) and Albert Uderzo (pictures), first published in France in 1970 as La "
             "Zizanie. The little Gaulish village never heard of Christmas, but few childhood "
             "Christmases of the 1970s and 80s went by without an Asterix book under the "
             "tree, so we try to name every single one of them in this episode.\n")
    found = [(p.record.full_title, p.record.year) for p in biblio.extract(notes, "text")]
    assert ("Asterix and the Roman Agent", 1972) in found
