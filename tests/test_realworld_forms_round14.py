"""Forms read in the fourteenth round: entries written as named attributes, and authors of
works named in prose found through a bracket, a given name or a shop phrase."""
import pytest

from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_mentions


def _works(prose: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    """Each work the prose names, with its authors' family and given names."""
    return [(p.record.full_title, [(n.family, n.given) for n in p.record.author])
            for p in find_mentions(prose)]

# github.com/PJohannessen/lonesomecrowdedweb.com, content/reading.md: a Hugo reading page
# whose entries are shortcodes naming each field
HUGO_READING = """### Currently Reading

- {{< paperback id="24113" title="Gödel, Escher, Bach: an Eternal Golden Braid" \
authors="Douglas R. Hofstadter" >}}
- {{< audiobook id="55361205" title="A Promised Land" authors="Barack Obama" >}}

### 2022

1. {{< ebook id="420846" title="Accounting Game: Basic Accounting Fresh from the Lemonade \
Stand" authors="Darrell Mullis, Judith Orloff" >}}
1. {{< ebook id="58146" title="Play Winning Chess" authors=" Yasser Seirawan, Jeremy Silman" >}}
"""


def test_shortcode_entries_are_read_by_their_field_names() -> None:
    records = [c.record for outcome in iter_extract(HUGO_READING, "markdown")
               for c in outcome.citations]
    assert [(r.full_title, [(n.family, n.given) for n in r.author]) for r in records] == [
        ("Gödel, Escher, Bach: an Eternal Golden Braid", [("Hofstadter", "Douglas R.")]),
        ("A Promised Land", [("Obama", "Barack")]),
        ("Accounting Game: Basic Accounting Fresh from the Lemonade Stand",
         [("Mullis", "Darrell"), ("Orloff", "Judith")]),
        ("Play Winning Chess", [("Seirawan", "Yasser"), ("Silman", "Jeremy")]),
    ]


def test_an_attribute_entry_keeps_its_year_and_isbn() -> None:
    parsed = parse_citation('{% include book.html title="Dune" author="Frank Herbert" '
                            'year="1965" isbn="9780441172719" %}')
    assert parsed.is_citation and parsed.form == "attributes"
    assert parsed.record.title == "Dune"
    assert parsed.record.issued is not None and parsed.record.issued.year == 1965
    assert parsed.record.isbn == "9780441172719"


def test_a_title_attribute_alone_is_a_tooltip_not_an_entry() -> None:
    parsed = parse_citation('<a href="https://example.org/dune" title="Dune">Dune</a>')
    assert parsed.form != "attributes"


@pytest.mark.parametrize(("paragraph", "title", "author"), [
    # g-99pi-feed.xml: a writer's word before the name, the title in italics in the bracket
    ("What is water to you? In this piece, author Bonnie Tsui (<i>Why We Swim</i>), actress "
     "Joy Bryant, submarine pilot Erika Bergman, and others tell how water shapes their days.",
     "Why We Swim", ("Tsui", "Bonnie")),
    # g-polymathematics-roundup.txt: a given name the paragraph gave in full owns the work
    ("Tessa and I went to hear the Texas writer Adam Soto in conversation. Adam’s new short "
     "story collection ‘Concerning Those Who Have Fallen Asleep’ comes out next week.",
     "Concerning Those Who Have Fallen Asleep", ("Soto", "Adam")),
    # f1-kickass-news.txt: where to buy it is no part of the title
    ("Order Chris Stirewalt's book Every Man a King: A Short, Colorful History of American "
     "Populist on Amazon, subscribe to his podcast wherever you like to listen.",
     "Every Man a King: A Short, Colorful History of American Populist", ("Stirewalt", "Chris")),
])
def test_authors_of_works_named_in_prose(paragraph: str, title: str,
                                         author: tuple[str, str]) -> None:
    found = _works(paragraph)
    assert (title, [author]) in found


def test_a_possessive_given_name_needs_the_full_name_before_it() -> None:
    # no "Adam Soto" earlier: "Adam's" names nobody the reader can tell
    found = find_mentions("Adam’s new short story collection ‘Concerning Those Who Have "
                          "Fallen Asleep’ comes out next week.")
    assert all(not p.record.author for p in found)


# github.com/rlamsal1256/Podonomy-Player, app/src/androidTest/…/feedparser/DataFiles.java:
# a 2016 copy of the Science Friday and Firearms Radio feeds, kept as a test fixture (the
# titles, names and cue words are the feeds'; the sentences around them are ours)
@pytest.mark.parametrize(("description", "expected"), [
    # "Plus," opens the sentence, it names no work; "from geobiologist Hope Jahren" is who
    # wrote the memoir, as "by" would be
    ("Lost tombs can turn up in satellite pictures on a tablet, if you know where to look. "
     "Plus, the memoir _Lab Girl_ from geobiologist Hope Jahren.",
     [("Lab Girl", [("Jahren", "Hope")])]),
    # the words between the possessive and "film" describe the film that follows
    ("This week the show looks at Sam Peckinpah’s World War II film Cross of Iron (1977). "
     "Grim fighting on the Eastern Front, and plenty of hardware.",
     [("Cross of Iron", [("Peckinpah", "Sam")])]),
    # a site's address is no work its editor edits
    ("We go under cover with the spy gear of the James Bond film Goldfinger (1964).  Our "
     "guest is Jared Auchter editor of Firearmsinsider.tv.", [("Goldfinger", [])]),
    # words quoted as a saying
    ("You may know the tale of Archimedes and his famous “Eureka!” moment. Here is how to "
     "use his idea to find how much room a pumpkin takes up.",
     []),
])
def test_feed_descriptions_name_only_their_works(description: str, expected: list) -> None:
    found = _works(description)
    assert found == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # Where a source is named below, the works, names and the words that cue them are
    # its; the rest of each sentence is ours.
    # usatoday.com (AP), 2020-08-04, on Oprah's pick: a prize's name is no author
    ("Wilkerson, a journalist as well as an author, took the National Book Critics Circle "
     "award in 2011 for her previous book, “The Warmth of Other Suns,” on the Great Migration.",
     [("The Warmth of Other Suns", [])]),
    # thoughtsfromapage.com/episodes/?page=19: a series named before "novel" is no person
    ("Mark and I discuss his new Gray Man novel Relentless, where Court Gentry came from, "
     "which character is most fun to write, and more.", [("Relentless", [])]),
    # thoughtsfromapage.com/episodes/?page=20: an initial inside a title
    ("Ty and I discuss his new book Robert E. Lee and Me, the Lost Cause and how it spread, "
     "and more.", [("Robert E. Lee and Me", [])]),
    # zibbyowens.org transcripts (the sentence around the titles is ours): "his latest two
    # novels, A and B"
    ("The host welcomes bestselling author Dean Koontz to talk about his latest two novels, "
     "Quicksilver and The Big Dark Sky. They also get into why he left his publisher.",
     [("Quicksilver", [("Koontz", "Dean")]), ("The Big Dark Sky", [("Koontz", "Dean")])]),
    # psyche.co/users/nigel-warburton: a show's name is no person for "His books"
    ("Nigel writes and hosts podcasts. He is the interviewer of the popular Philosophy Bites "
     "podcast. His books include A Little History of Philosophy, The Art Question and Free "
     "Speech: A Very Short Introduction.",
     [("A Little History of Philosophy", []), ("The Art Question", []),
      ("Free Speech: A Very Short Introduction", [])]),
    # an author's "About the Author" page (a site's source): "is his latest novel" names the
    # paragraph's person as its author
    ("Jeffrey A. Zyjeski writes comic science fiction about bureaucracy and the people who "
     "hold it together. His books mix absurd ideas with believable characters. The Forms Must "
     "Flow is his latest novel and shows that style at its best.",
     [("The Forms Must Flow", [("Zyjeski", "Jeffrey A.")])]),
])
def test_works_and_authors_in_interview_blurbs(paragraph: str, expected: list) -> None:
    found = _works(paragraph)
    assert found == expected


@pytest.mark.parametrize(("teaser", "expected"), [
    # e1-thoughts-from-a-page.txt (thoughtsfromapage.com/categories/nonfiction): what the talk
    # went on to, a gerund
    ("In this interview, I chat with Deborah Jackson Taffa about Whiskey Tender , telling a "
     "story from more than one side at once, showing mixed backgrounds instead of flattening "
     "the Native experience, threading history through her own life, wha...",
     [("Whiskey Tender", [("Taffa", "Deborah Jackson")])]),
    # thoughtsfromapage.com/episodes/?page=1: "Name and I discuss Title," with a first name
    # alone, which gives no author
    ("In this interview, Jennifer and I discuss Once We Were Home, exploring what ties a "
     "person to a place and a family, and much more.",
     [("Once We Were Home", [])]),
    ("In this interview, Kristen and I discuss I Love It When You Lie, writing about the "
     "South, a plot that hides who the victim is, and much more.",
     [("I Love It When You Lie", [])]),
    # a title with its own comma is not cut at it
    ("In this interview, Laura and I discuss Beyond That, the Sea, exploring how a person "
     "goes on without knowing where they belong, and much more.", []),
])
def test_interview_teasers(teaser: str, expected: list) -> None:
    found = _works(teaser)
    assert found == expected


# zibbyowens.org/transcript (category pages of the "Moms Don't Have Time to Read Books"
# show): each episode is a "Guest, TITLE" heading over a paragraph.  Headings and titles are
# the page's; the sentences around them are ours.
ZIBBY_NOTES = """Dean Koontz, QUICKSILVER and THE BIG DARK SKY
Zibby talks with bestselling author Dean Koontz about his latest two novels, Quicksilver and \
The Big Dark Sky. They cover why he changed publishers.
Lea Geller, THE TRUTH AND OTHER HIDDEN THINGS
Writer and former lawyer Lea Geller explains how her blog got her through a hard job. The two \
discuss Lea's latest novel, The Truth and Other Hidden Things, and writing in lockdown.
"""


def test_a_show_notes_heading_of_two_titles_in_capitals_names_two_works() -> None:
    by_line: dict[int, list[tuple[str, list[tuple[str, str]]]]] = {}
    for outcome in iter_extract(ZIBBY_NOTES, "text"):
        for c in outcome.citations:
            by_line.setdefault(outcome.line, []).append(
                (c.record.full_title, [(n.family, n.given) for n in c.record.author]))
    koontz = [("Koontz", "Dean")]
    assert by_line[1] == [("QUICKSILVER", koontz), ("THE BIG DARK SKY", koontz)]
    assert by_line[2] == [("Quicksilver", koontz), ("The Big Dark Sky", koontz)]
    # a title's own "AND" in capitals keeps it whole; "Lea's" is the Lea Geller named before
    geller = [("Geller", "Lea")]
    assert by_line[3] == [("THE TRUTH AND OTHER HIDDEN THINGS", geller)]
    assert by_line[4] == [("The Truth and Other Hidden Things", geller)]


# infiniteloopspodcast.com, episode 147 (Dwarkesh Patel): links to the guest's podcast and
# profile, then "Title; by Author" books
INFINITE_LOOPS = """Important Links:

- The Lunar Society - https://www.dwarkeshpatel.com
- Dwarkesh’ Twitter - https://twitter.com/dwarkesh_sp
- The Mystery of the Miracle Year - https://www.dwarkeshpatel.com/p/annus-mirabilis
- Popularizers are intellectual market makers - https://www.dwarkeshpatel.com/p/intellectual-market-makers

Books Mentioned
- The Years of Lyndon Johnson; by Robert Caro
- Little Soldiers: An American Boy, a Chinese School, and the Global Race to Achieve; by Lenora Chu
"""


def test_links_to_a_home_page_or_a_profile_are_no_works() -> None:
    # (nor is the list they head a reading list for the labeller to read the posts in)
    records = [c.record for outcome in iter_extract(INFINITE_LOOPS, "markdown")
               for c in outcome.citations]
    assert [(r.full_title, [n.family for n in r.author]) for r in records] == [
        ("The Years of Lyndon Johnson", ["Caro"]),
        ("Little Soldiers: An American Boy, a Chinese School, and the Global Race to Achieve",
         ["Chu"]),
    ]


# github.com/irfansharif/irfansharif.github.io, content/books/_index.md: a "Read." heading,
# each book a title line over an attribution line that opens with a dash
IRFAN_BOOKS = """## Read.

### 2021
---

<book>
The Revolt of the Public and the Crisis of Authority
<series><nowrap>--- Martin</nowrap> Gurri</series>
</book>
<rating>(reading)</rating>

<book>
Second Foundation <series><nowrap>--- Isaac</nowrap> Asimov (Foundation #3)</series>
<series><nowrap>--- Isaac</nowrap> Asimov</series>
</book>
<rating> * * * * </rating>

<book>
Elements of Clojure
<series><nowrap>--- Zachary</nowrap> Tellman</series>
</book>
<rating> * * * * </rating>
"""


def test_a_title_over_a_dash_attribution_and_a_series_after_the_author() -> None:
    records = [c.record for outcome in iter_extract(IRFAN_BOOKS, "markdown")
               for c in outcome.citations]
    assert [(r.full_title, [(n.family, n.given) for n in r.author], r.collection_title,
             r.collection_number) for r in records] == [
        ("The Revolt of the Public and the Crisis of Authority", [("Gurri", "Martin")], None,
         None),
        ("Second Foundation", [("Asimov", "Isaac")], "Foundation", "3"),
        ("Elements of Clojure", [("Tellman", "Zachary")], None, None),
    ]


@pytest.mark.parametrize(("line", "dash"), [
    ("Second Foundation --- Isaac Asimov", "—"),  # three hyphens: Markdown's em dash
    ("O Pioneers! -- Willa Cather", "–"),
])
def test_typed_dashes(line: str, dash: str) -> None:
    from biblio.parse.markup import clean
    assert dash in clean(line).text
    assert parse_citation(line).record.author


# Ilija Eftimov's reading list (a Jekyll page found by the code search): its entry template
# writes a record field by field, bold labels and line breaks
LABELLED_ENTRY = """## Reading list

**Title:** [The Da Vinci Code](http://www.amazon.com/Da-Vinci-Code-Dan-Brown/dp/0307474275/\
ref=sr_1_1?ie=UTF8&qid=1451481075&sr=8-1&keywords=da+vinci%27s+code)<br/>
**Author:** Dan Brown<br/>
**Progress:** Finished<br/>
**Start:** April 2009<br/>
<hr/>
"""


@pytest.mark.parametrize("first", ["## Reading list", "<hr/>"])  # as the first entry, and
def test_a_record_written_field_by_field(first: str) -> None:  # after the one before it
    text = LABELLED_ENTRY.replace("## Reading list", first)
    outcomes = list(iter_extract(text, "markdown"))
    records = [(o.line, c.record.full_title, [n.family for n in c.record.author])
               for o in outcomes for c in o.citations]
    # the log's own fields ("Progress: Finished") are no works
    assert records == [(3, "The Da Vinci Code", ["Brown"])]
    assert next(o for o in outcomes if o.line == 4).continues is not None
    # the shop's link stays the record's address, for the enrichment to ask about
    record = next(c.record for o in outcomes for c in o.citations)
    assert record.url is not None and "0307474275" in record.url


def test_a_page_s_own_metadata_is_no_record() -> None:
    # f2-benmj-decade-of-books.md: MultiMarkdown metadata opening the file
    head = "Title: A Decade in Books  \nAuthor: Ben Jacobs  \nDate: 2013-03-13  \n"
    assert [c for o in iter_extract(head, "markdown") for c in o.citations] == []


@pytest.mark.parametrize(("line", "title"), [
    # kissmylist.com, "My Top Ten Books of 2022": an article and a label's word is a title
    ("The Choice: Embrace the Possible by Edith Eger", "The Choice: Embrace the Possible"),
    # and a list's label still goes: "Book Club Choices:" (the tests of the labels)
    ("Book Club Choices: The Daughter by Jane Shemilt", "The Daughter"),
])
def test_a_title_that_looks_like_a_pick_label(line: str, title: str) -> None:
    assert parse_citation(line).record.full_title == title


def test_a_work_named_twice_in_a_paragraph_is_one_work() -> None:
    # Fresh Air, 2015-09-08, as a podcast player's sample episodes copy its description
    # (found by the code search; the sentences around the titles are ours)
    found = [(title, [family for family, _ in people]) for title, people in _works(
                 "Critic Margo Jefferson grew up in a place she calls 'Negroland.'  'Negroland' "
                 "is also the name of her new memoir.  And sportswriter Lonnie Wheeler talks "
                 "about his new book 'Intangiball.'")]
    assert [title for title, _ in found].count("Negroland") == 1
    assert ("Intangiball", ["Wheeler"]) in found


@pytest.mark.parametrize(("line", "title", "family", "publisher"), [
    # numbered references in public repositories' notes (found by the code search): a
    # publisher's branch in one country ("Penguin UK", as Google Scholar exports it) is the
    # publisher, which lets the comma form read the line
    ("[6] D. Graeber, *Debt: The first 5000 years*. Penguin UK, 2012.",
     "Debt: The first 5000 years", "Graeber", "Penguin UK"),
    ("* Maeda, John. How to Speak Machine: Laws of Design for a Digital Age. Penguin UK, 2019.",
     "How to Speak Machine: Laws of Design for a Digital Age", "Maeda", "Penguin UK"),
    # the same notes as written, pandoc's Markdown escaping the reference's brackets
    ("\\[5\\] M. K. Brunnermeier, \"Bubbles,\" in *Banking Crises*. Springer, 2016, pp.28-36.",
     "Bubbles", "Brunnermeier", "Springer"),
    ("\\[6\\] D. Graeber, *Debt: The first 5000 years*. Penguin UK, 2012.",
     "Debt: The first 5000 years", "Graeber", "Penguin UK"),
])
def test_numbered_references(line: str, title: str, family: str, publisher: str) -> None:
    record = parse_citation(line).record
    assert (record.full_title, [n.family for n in record.author]) == (title, [family])
    assert record.publisher == publisher


def test_an_escaped_mark_is_no_emphasis() -> None:
    from biblio.parse.markup import clean
    cleaned = clean("snake\\_case\\_title and \\*not emphasis\\*")
    assert cleaned.text == "snake_case_title and *not emphasis*"
    assert cleaned.emphasis == ()


@pytest.mark.parametrize(("line", "authors"), [
    # k2-aegrobbel-to-read.md: a quoted title, then its author with nothing between
    ('- "The Stranger" Albert Camus', [("Camus", "Albert")]),
    # a word after the quotes that names no one stays out
    ('"Dune" Messiah', []),
])
def test_a_quoted_title_then_its_author(line: str, authors: list) -> None:
    record = parse_citation(line).record
    assert [(n.family, n.given) for n in record.author] == authors
