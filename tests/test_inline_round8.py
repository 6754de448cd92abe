"""Works named in running prose, round 8: sentences from the training split of the
real-world corpus and from public show notes, kept as their sources wrote the title, the
author and the words between (issue 9)."""

from __future__ import annotations

import pytest

from biblio.extract.inline import find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # "discuss Title by Author": the title is all up to "by", commas and all
    ("Chelsey and Sara discuss The Lion, the Witch, and the Wardrobe by C.S. Lewis and The "
     "Golden Compass by Philip Pullman, first as children’s classics in their own right.",
     ("The Lion, the Witch, and the Wardrobe", ["Lewis"])),
    # a quoted title after "talk about", even where the podcast is named before it
    ("Debut novelist Vera Kurian joins the podcast to talk about “Never Saw Me Coming,” and "
     "why readers root for a narrator with no empathy and murder on her mind.",
     ("Never Saw Me Coming", [])),
    # the sentence's person, past a title's full stop ("Mr. Putin") and an initial
    ("Guest: Steven Lee Myers, once the Times bureau chief in Moscow, who followed Mr. "
     "Putin's ascent and who is the author of “The New Tsar: The Rise and Reign of Vladimir "
     "Putin.” More about this episode at nytimes.com/thedaily.",
     ("The New Tsar: The Rise and Reign of Vladimir Putin", ["Myers"])),
    # "Mr. Surname", author of …
    ("Guests: Mr. Woodward, author of “Fear: Trump in the White House,” talks with Michael "
     "S. Schmidt, a Times Washington correspondent.",
     ("Fear: Trump in the White House", ["Woodward"])),
    # a word of praise is no name
    ("So in place of our regular show we bring you “Change Agent,” hosted by Charles Duhigg, "
     "a Pulitzer Prize-winning journalist and author of “The Power of Habit.”",
     ("The Power of Habit", ["Duhigg"])),
    # "He’s the author of": the paragraph's person
    ("Then Peter Pomerantsev, who researches authoritarianism and propaganda, joins us. He’s "
     "the author of How to Win an Information War, and he has some intriguing thoughts.",
     ("How to Win an Information War", ["Pomerantsev"])),
    # an owner's "'s" is no part of the name found for "his"
    ("Scientists face a grave assignment in Kim Stanley Robinson's thriller Fifty Degrees "
     "Below. Global warming, which Robinson warned about in his previous novel Forty Signs of "
     "Rain, has shut down the Gulf Stream.",
     ("Forty Signs of Rain", ["Robinson"])),
    # "Her new book," opening a sentence
    ("As a neuroscientist who also sings opera, Indre Viskontas is perfectly placed to "
     "explain the link. Her new book, How Music Can Make You Better, looks at why we love "
     "music.",
     ("How Music Can Make You Better", ["Viskontas"])),
    # "whose latest book is called"
    ("It builds on an idea from the political theorist Benjamin Barber, whose latest book is "
     "called If Mayors Ruled the World: Dysfunctional Nations, Rising Cities. Barber holds "
     "that cities govern far better than nation-states.",
     ("If Mayors Ruled the World: Dysfunctional Nations, Rising Cities", ["Barber"])),
    # a title with commas after a word naming one work, up to the clause's end
    ("This week, we're talking with Alan Henry about his new book, Seen, Heard, and Paid: "
     "The New Work Rules for the Marginalized.",
     ("Seen, Heard, and Paid: The New Work Rules for the Marginalized", ["Henry"])),
    ("We trace how science fiction has imagined the changing face of labor, and we talk to "
     "Alan Henry, author of the new book Seen, Heard and Paid.",
     ("Seen, Heard and Paid", ["Henry"])),
    ("Comedy writer Tamara Yajia talks through her memoir Cry for Me, Argentina, about a "
     "childhood split between the U.S. and Argentina and a bid for child stardom.",
     ("Cry for Me, Argentina", ["Yajia"])),
    ("Rafael Behr writes a political column for the Guardian. His book, Politics, A "
     "Survivor’s Guide, is published by Atlantic. He presents the Politics on the Couch "
     "podcast.",
     ("Politics, A Survivor’s Guide", ["Behr"])),
    ("Also in this episode, new books from two Irish writers: Sally Rooney's novel Beautiful "
     "World, Where Are You and John Moriarty’s The Hut at the Edge of the Village, a "
     "collection edited by Martin Shaw and published by the Lilliput Press.",
     ("Beautiful World, Where Are You", ["Rooney"])),
    # a subtitle's list, its parts opening with linking words; the person after it wrote it
    ("Everyone knows an asteroid ended the age of dinosaurs. In her newest book, The Last "
     "Days of the Dinosaurs: An Asteroid, Extinction, and the Beginning of Our World, Riley "
     "Black shows what the world looked like in the hours after the impact.",
     ("The Last Days of the Dinosaurs: An Asteroid, Extinction, and the Beginning of Our "
      "World", ["Black"])),
    ("Here is a special bonus episode for season 16: I'm talking with Erin Claire Jones, "
     "author of the new book How Do You Choose?: A Human Design Guide to What’s Best for "
     "You at Work, in Love, and in Life, out May 13.",
     ("How Do You Choose?: A Human Design Guide to What’s Best for You at Work, in Love, "
      "and in Life", ["Jones"])),
    # a verb inside the run before "by": the title follows it
    ("The Stacks Book Club pick for February is Lolita by Vladimir Nabokov. Ira Madison III "
     "will be back on February 26th so we can talk it through together.",
     ("Lolita", ["Nabokov"])),
    # "the authors of": the two people before it
    ("Guests: Jodi Kantor and Megan Twohey, investigative reporters for The New York Times "
     "and the authors of “<a href=\"https://www.nytimes.com/2019/09/08/books/review/"
     "she-said.html\">She Said: Breaking the Sexual Harassment Story That Helped Ignite a "
     "Movement</a>.”",
     ("She Said: Breaking the Sexual Harassment Story That Helped Ignite a Movement",
      ["Kantor", "Twohey"])),
    # an owner after a sentence's first word
    ("In David Baldacci's thriller The Camel Club, four men gather in Washington, D.C. every "
     "week to chew over the news.",
     ("The Camel Club", ["Baldacci"])),
    # a capitalised word between the pronoun and the kind of work
    ("Author Tracy Kidder's war was not one of firefights, and his Vietnam memoir My "
     "Detachment does not pretend otherwise.",
     ("My Detachment", ["Kidder"])),
    # an owner's book "is called", or "a graphic novel … called"
    ("Before that, the former commanding general gives her account. Janis Karpinski's book "
     "is called One Woman’s Army.",
     ("One Woman’s Army", ["Karpinski"])),
    ("So runs the story in French cartoonist Joann Sfar's book, a graphic novel for adults "
     "called The Rabbi's Cat. And yes, the lovesick companion is a cat.",
     ("The Rabbi's Cat", ["Sfar"])),
    # "In his book Title, famed sportswriter Name explains": the person after the title
    ("One late-March weekend now rivals the Super Bowl as an American sporting event. In his "
     "book Last Dance, famed sportswriter John Feinstein explains how the Final Four came to "
     "matter so much.",
     ("Last Dance", ["Feinstein"])),
    # "Name wrote an autobiography called Title"
    ("In 1999, Don Knotts wrote an autobiography called Barney Fife and Other Characters I "
     "Have Known.",
     ("Barney Fife and Other Characters I Have Known", ["Knotts"])),
    ("One of them, Rob Jolles, has written a helpful book of inspiration called The Way of "
     "the Road Warrior, and we'll hear from him shortly.",
     ("The Way of the Road Warrior", ["Jolles"])),
])
def test_named_in_prose(line: str, expected: tuple[str, list[str]]) -> None:
    assert expected in _read(line)


def test_novels_by_before_title() -> None:
    line = ("Sam Leith is back on Backlisted to discuss two novels by Nicholas Fisk, Grinny "
            "(1973) and its sequel, You Remember Me! (1984).")
    assert ("Grinny", ["Fisk"]) in _read(line)


@pytest.mark.parametrize("line", [
    # a year in brackets is no part of the title read up to "by"
    "She has asked us to talk about The Dream Songs (1969) by John Berryman, a book that "
    "for a while made its author the best-known poet in America.",
])
def test_title_ends_before_bracket(line: str) -> None:
    assert ("The Dream Songs", ["Berryman"]) in _read(line)


@pytest.mark.parametrize("line", [
    # a talk verb with no title after it
    "Jane and Bob discuss the new rules announced by Jane Smith last week.",
    "We talk about Trump's new policy, introduced by Joe Biden and others.",
])
def test_no_work(line: str) -> None:
    assert _read(line) == []


def test_editor_of() -> None:
    """"the editor of Title" names an editor; "editor of" a newspaper names no work."""
    line = ("Guiding us through one of life's worst feelings is Mark Leary, professor of "
            "psychology and neuroscience at Duke University and the editor of Interpersonal "
            "Rejection. Today on the show, Mark and I discuss why rejection hurts.")
    found = find_mentions(line)
    assert [(p.record.full_title, [n.family for n in p.record.editor], p.record.author)
            for p in found] == [("Interpersonal Rejection", ["Leary"], [])]
    line = ("Guest: Jim Yardley, the Europe editor of The New York Times and author of “Brave "
            "Dragons: A Chinese Basketball Team, an American Coach, and Two Cultures "
            "Clashing.” More about this episode at nytimes.com/thedaily.")
    assert [t for t, _ in _read(line)] == [
        "Brave Dragons: A Chinese Basketball Team, an American Coach, and Two Cultures Clashing"]


@pytest.mark.parametrize(("line", "titles"), [
    # ", and" after the first title lists a second work
    ("John, Andy and Nicky talk about David Keenan’s fourth novel Monument Maker, and Open "
     "Water, a promising debut novella from Caleb Azumah Nelson.",
     ["Monument Maker", "Open Water"]),
    # the comma closes the title when a person follows it
    ("Her new book, Dark Matter, Jane Smith says, is about physics.", ["Dark Matter"]),
    # ", and Title by Person" after a clause is a title all the same
    ("Now and then a book arrives that feels like a revelation, and The Correspondent by "
     "Virginia Evans was one of those for us.", ["The Correspondent"]),
    # the last of a list that the run before "by" leaves out is no title
    ("Related link: Play, Curiosity, and Cognition by Junyi Chu and Laura E. Schulz", []),
])
def test_titles_end_at_commas(line: str, titles: list[str]) -> None:
    assert [t for t, _ in _read(line)] == titles


@pytest.mark.parametrize(("line", "expected"), [
    # public show notes: "including the national bestsellers A and B"
    ("She's the author of 12 books on animal behavior and on autism, including the national "
     "bestsellers Thinking in Pictures and Animals in Translation.   She lectures to parents "
     "and teachers.",
     [("Thinking in Pictures", []), ("Animals in Translation", [])]),
    # "a graphic novel, Title," (one word between the article and the kind of work)
    ("Now, the first part of the story has become a graphic novel, The Adventure Zone: Here "
     "There Be Gerblins, adapted by podcast co-host Clint McElroy.",
     [("The Adventure Zone: Here There Be Gerblins", [])]),
    # the host's own book: a work, with no guest made its author
    ("Cass and Meredith interviewed me by phone to chat about my latest memoir, Spent: My "
     "Accidental Career in Retail. We giggled.",
     [("Spent: My Accidental Career in Retail", [])]),
    # "the editor of" a periodical's supplement names no work
    ("In a must listen episode for any person who loves to read, the editor of The New York "
     "Times Book Review is talking with Michael about writing. Her new book, the memoir My Life "
     "with Bob: Flawed Heroine Keeps Book of Books, Plot Ensues chronicles her life.",
     [("My Life with Bob: Flawed Heroine Keeps Book of Books, Plot Ensues", [])]),
    # a title after "the authors of" is not the person who "discuss their new book"
    ("Daniel J. Siegel and Tina Payne Bryson, the bestselling authors of The Whole-Brain Child "
     "and No-Drama Discipline discuss their new book The Power of Showing Up.",
     [("The Whole-Brain Child", ["Siegel", "Bryson"]),  # (round 10: both works named)
      ("No-Drama Discipline", ["Siegel", "Bryson"]), ("The Power of Showing Up", ["Bryson"])]),
    # the owner and a word saying a work before a quoted title, or an owner's appositive
    ("In Alice Elliott Dark’s second novel, “Fellowship Point,” Agnes Lee and Polly Wister "
     "have been friends for about 80 years.",
     [("Fellowship Point", ["Dark"])]),
    ("Ed Yong’s new book, “An Immense World,” urges readers to break outside their “sensory "
     "bubble”.",
     [("An Immense World", ["Yong"])]),
    ("The Secret Lives of Church Ladies, Deesha Philyaw’s book of deliciously vibrant and "
     "rebellious short stories about sex and black women, won the PEN/Faulkner Award.",
     [("The Secret Lives of Church Ladies", ["Philyaw"])]),
    # an owner in "s'"
    ("Debut sensation Zakiya Dalila Harris’ THE OTHER BLACK GIRL got everyone (including us) "
     "talking, and you can tote the book to the beach.",
     [("THE OTHER BLACK GIRL", ["Harris"])]),
    # the author "from" a long description after the title
    ("Observer writer Rachel Cooke joins John, Andy & Mathew to talk about 'All The Devils Are "
     "Here', the astounding travelogue through Kent and the darker corners of human nature "
     "from David Seabrook. Plus, the drinking habits",
     [("All The Devils Are Here", ["Seabrook"])]),
    # words before "novel" describe it; an honour is no work; "the first book Don has set"
    ("Sarah Churchwell joins John & Andy to talk about Anita Loos' Jazz Age novel. Also "
     "discussed: a memoir.", []),
    ("It also took a Goodreads Choice award and made Garmus Waterstones’ Author of the Year, "
     "as the book deserved.", []),
    ("CITY ON FIRE is the first of the three novels, and the first book Don has set in his "
     "hometown of Providence.", []),
    # "In Title, Author writes": the person after the title
    ("In “Son of Elsewhere,” Elamin Abdelmahmoud writes about growing up in Canada after "
     "moving there from Sudan when he was 12.",
     [("Son of Elsewhere", ["Abdelmahmoud"])]),
    ("Robert Stewart is still well remembered, but his half-brother has been overlooked. In "
     "War and Diplomacy in the Napoleonic Era: Sir Charles Stewart, Castlereagh and the "
     "Balance of Power in Europe (Bloomsbury Academic Press, 2019), Reider Payne describes "
     "the eventful career of the third Marquess.",
     [("War and Diplomacy in the Napoleonic Era: Sir Charles Stewart, Castlereagh and the "
       "Balance of Power in Europe", ["Payne"])]),
    ("In “Part Two,” the Eagles won the game.", []),
    # plural kinds of work, and a quoted list carried on from a title the sentence names
    ("On the bumpy release of “Radical Optimism,” plus two new music films: “Back to Black,” "
     "about Amy Winehouse, and “The Idea of You” with Anne Hathaway.",
     # (three quoted titles: the album is named as a work too, as the corpus counts albums)
     [("Radical Optimism", []), ("Back to Black", []), ("The Idea of You", [])]),
    ("McKay Coppins, a staff writer at The Atlantic, talks with Chris about faith, politics and "
     "his recent piece: \"God’s Plan for Mike Pence.\"",
     [("God’s Plan for Mike Pence", ["Coppins"])]),
    # films named by their kind or their director; two joined before a capitalised article
    ("Robert Chitester talks with host Russ Roberts about how the documentary Free to Choose "
     "came to be, and about his long friendship and work with Milton and Rose Friedman.",
     [("Free to Choose", [])]),
    ("This week, we watch the third film from the acclaimed director of The Witch and The "
     "Lighthouse, an attempt at the definitive Viking movie.",
     [("The Witch", []), ("The Lighthouse", [])]),
    ("The film industry has changed since the pandemic, and a movie theater is a rare sight.",
     []),
    # public show notes (NPR's The Book Show, WAMC): a quoted title holding its comma before
    # an appositive, a person set off by commas after "author of", a surname's possessive, a
    # quoted list inheriting its author, a name as a title right after "latest,"
    ("Author Richard Powers won the Pulitzer Prize for the #1 New York Times bestseller, \"The "
     "Overstory.\" His latest novel, \"Bewilderment,\" has already been shortlisted for the "
     "2021 Booker Prize.",
     [("The Overstory", []), ("Bewilderment", ["Powers"])]),
    ("“The Bee Sting,” a novel by Paul Murray, is about family, fortune, and the struggle to be "
     "a good person at the end of the world.",
     [("The Bee Sting", ["Murray"])]),
    ("Best-selling author of “The Things They Carried,” Tim O’Brien, is on The Book Show this "
     "week to discuss his first new novel in two decades.",
     [("The Things They Carried", ["O’Brien"])]),
    ("In “Wrecker,” Hiaasen’s new novel for Young Readers, Valdez Jones VIII needs to deal with "
     "smugglers, grave robbers, and pooping iguanas.",
     [("Wrecker", ["Hiaasen"])]),
    ("Ann Patchett is the author of nine novels, including “Bel Canto,” “State of Wonder,” "
     "“Commonwealth” and “The Dutch House,” a finalist for the Pulitzer Prize. Her latest, "
     "“Tom Lake,” is a meditation on youthful love.",
     [("Bel Canto", ["Patchett"]), ("State of Wonder", ["Patchett"]),
      ("Commonwealth", ["Patchett"]), ("The Dutch House", ["Patchett"]),
      ("Tom Lake", ["Patchett"])]),
    ("My latest interview is with Nicole Baart, whose new thriller, EVERYTHING WE DIDN’T SAY, "
     "was the top Book of the Month Club selection for October.",
     [("EVERYTHING WE DIDN’T SAY", ["Baart"])]),
    ("This time our helpers are NPR host and author of The Incomplete Book of Running, Peter "
     "Sagal, Michigan Secretary of State Jocelyn Benson, and Alice's neighbor.",
     [("The Incomplete Book of Running", ["Sagal"])]),
    # an adverb and a word of praise after the owner; a phrase after "book" before the title
    ("To mark the release of Amy Meyerson’s darkly delightful THE BOOKSHOP OF YESTERDAYS [Park "
     "Row Books], the story of a woman who inherits her uncle's bookshop.",
     [("THE BOOKSHOP OF YESTERDAYS", ["Meyerson"])]),
    ("Thirty years on, we revisit Stephen Hawking’s first book aimed at a popular audience, A "
     "Brief History of Time, the unlikely bestseller that changed popular science writing.",
     [("A Brief History of Time", ["Hawking"])]),
    # a run entered at its second word goes back to its first; a sentence may open
    # "Title, by Person"; a credit word ends the title; a speaker's name is no part of it
    ("What should I read next? New Grub Street, by George Gissing, a late-Victorian novel set "
     "in the middle of literary London.",
     [("New Grub Street", ["Gissing"])]),
    ("This week we watch Sam Rami's remake that's also a sequel. The Evil Dead 2: Dead by "
     "Dawn, Directed by Sam Rami.",
     [("The Evil Dead 2: Dead by Dawn", [])]),
    ("Our guests' picks: Octavia: Swing Time by Zadie Smith ** Carrie: Invisible Man by Ralph "
     "Ellison",
     [("Swing Time", ["Smith"]), ("Invisible Man", ["Ellison"])]),
    ("Continuing on The Philosophy of Nature: A Guide to the New Essentialism (2002) with "
     "guest Chris Heath. We go further into the book's case.",
     [("The Philosophy of Nature: A Guide to the New Essentialism", [])]),
    # a run named as a show, a podcast or a prize is no work
    ("Borrowing the idea of Brian Lamb's long-running Booknotes TV show, this podcast brings "
     "listeners more books and authors.", []),
    ("Her debut novel won the Man Booker Prize and her new book, The Northern Book Festival, "
     "is out now.", []),
    # the cue nearest the quoted title decides whose it is
    ("That drug is competition, and today I talk with author Po Bronson about his book \"Top "
     "Dog: The Science of Winning and Losing,\" which looks closely at the science.",
     [("Top Dog: The Science of Winning and Losing", ["Bronson"])]),
    ("Plus: why words the novelist James Baldwin wrote six decades ago, heard in the film “I "
     "Am Not Your Negro,” speak so directly to today.",
     [("I Am Not Your Negro", [])]),
    ("Rachelle Saunders speaks with Tim Jorgensen, author of the new book \"Spark: The Life of "
     "Electricity and the Electricity of Life\", about how the two stories wind together.",
     [("Spark: The Life of Electricity and the Electricity of Life", ["Jorgensen"])]),
    # public film-podcast notes: a quoted title after "seen"; a title after "review" that
    # runs to a comma (two words or more, no person)
    ("In this episode, we also find out that Andy hasn’t seen “Footloose,” and Karl hasn’t "
     "seen “Monty Python and the Holy Grail.”",
     [("Monty Python and the Holy Grail", [])]),
    ("Steffan and Gavia review One Battle After Another, widely hailed as the best film of "
     "2025.",
     [("One Battle After Another", [])]),
    ("This week we revisit John Smith, who founded the company.", []),
    # "and, most recently, Title"; a lone "A and B" after "books include" when both halves
    # are titles of two words or more; "Title, a history of …"
    ("Jane Smith is the bestselling author of The Long Road Home and, most recently, Small "
     "Wonders.",
     [("The Long Road Home", ["Smith"]), ("Small Wonders", ["Smith"])]),
    ("Her books include The Long Road Home and Small Wonders.",
     [("The Long Road Home", []), ("Small Wonders", [])]),
    ("His books include Pride and Prejudice.", []),
    ("Today's guest wrote The Long Road Home, a history of walking.",
     [("The Long Road Home", [])]),
    ("Earlier this year Emily talked with Majka Burhardt, a professional ice climber and "
     "author of “More: Life on the Edge of Adventure and Motherhood,” a raw and gripping "
     "account of her first years as a parent.",
     [("More: Life on the Edge of Adventure and Motherhood", ["Burhardt"])]),
    ("Last year, a study of voters found that turnout rose.", []),
    # a title with its subtitle after "talk about", its guest "joined by" before
    ("We're joined by Jane Smith to talk about The Long Road Home: A History of Walking.",
     [("The Long Road Home: A History of Walking", ["Smith"])]),
    ("Jane Smith joins us to discuss The Long Road Home, her account of walking across Spain.",
     [("The Long Road Home", ["Smith"])]),
    # "he" after the last name goes back to the sentence's subject; a pen name is no author
    ("First, though, Navy veteran and nuclear engineer Kenneth Sewell explains how the United "
     "States nearly suffered a second Pearl Harbor, nuclear this time, 27 years after the "
     "first, as he sets out in his book Red Star Rogue.",
     [("Red Star Rogue", ["Sewell"])]),
    ("A look at Emily Brontë, who, writing as Ellis Bell, caused a stir with her novel "
     "Wuthering Heights shortly before her early death.",
     [("Wuthering Heights", ["Brontë"])]),
    # "His last great work, Title," and "A superb novel, Title" opening a sentence
    ("Alexander Pope (1688 – 1744) fell for poetry at eight. His last great work, The "
     "Dunciad, made him so widely disliked that he never went out without loaded pistols.",
     [("The Dunciad", ["Pope"])]),
    ("Here Kevin Powers turns a hard gaze on the American South. A superb novel, A Shout in "
     "the Ruins is urgent and full of force.",
     [("A Shout in the Ruins", [])]),
    ("Her work, Harvard University Press says, is groundbreaking.", []),
    # a credit read like "Title by Person"; two "Title by Person" joined by "and"
    ("Part two — the fighting goes on, and a third side shows up. Reported by Emmanuel "
     "Dzotsi.", []),
    ("We read Educated by Tara Westover and Wicked by Gregory Maguire.",
     [("Educated", ["Westover"]), ("Wicked", ["Maguire"])]),
    # a run that is the subject of a verb after "the book" is who, not what
    ("This show fulfils a long-held dream: a whole Backlisted given over to the book Andy and "
     "John think is the most entertaining ever written.", []),
    # the second guest's "author of" is hers, not the first guest's
    ("Guests: Matthew Desmond, a contributing writer for The New York Times Magazine and the "
     "author of “Evicted,” and Jesmyn Ward, the author of “Sing, Unburied, Sing.”",
     [("Evicted", ["Desmond"]), ("Sing, Unburied, Sing", ["Ward"])]),
])
def test_show_notes(line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


def test_numbered_pieces_run_into_a_sentence() -> None:
    """"by Name: 4. Title, 12. Title, … and 116. Title": each numbered piece is a work."""
    line = ("On selected \"moral epistles\" (from around 65 CE) by Lucius Annaeus Seneca: 4. On "
            "the Terrors of Death, 12. On Old Age, 49. On the Shortness of Life, and 116. On "
            "Self Control. Massimo Pigliucci of the How to Be a Stoic blog joins us.")
    found = _read(line)
    for title in ("On the Terrors of Death", "On Old Age", "On the Shortness of Life",
                  "On Self Control"):
        assert (title, ["Seneca"]) in found
    assert _read("Our agenda for the book club: 1. Budget, 2. Hiring, 3. Office Move.") == []


def test_feed_description_without_blocks_is_read() -> None:
    """A description with inline tags and no paragraph ("… whose book <i>Title</i> came
    out") keeps its text (html_document flushed only at a block's end)."""
    from biblio.extract.html_blocks import html_document

    blocks = html_document("Our guest is Ann Lee, whose book <i>Small Wonders</i> came out "
                           "last week.")[0]
    assert [b.content for b in blocks] == [
        "Our guest is Ann Lee, whose book *Small Wonders* came out last week."]
