"""Forms read in the fortieth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from pathlib import Path

from biblio import iter_extract, parse_citation


def _read(text: str, format: str) -> dict[int, list[tuple[str, list[str], str]]]:
    """Line → (title, authors' family names, type) of each record the line gave."""
    return {o.line: [(str(c.record.full_title), [str(n.family) for n in c.record.author],
                      c.record.type) for c in o.citations]
            for o in iter_extract(text, format)  # type: ignore[arg-type]
            if o.citations}


# A page of recommendations heads each book with its title (af3-saarinen-books-i-recommend):
# the first two headings give the title alone, one of them in italics; the headings after
# them name their authors, and so vouch for the bare ones above.
_RECOMMENDED = """## For Everyone

### The Bible
Why it belongs here: most arguments about right and wrong still lean on it.

### *Les Misérables*
Long, humane and worth every page.

### *Harry Potter and the Methods of Rationality* by Eliezer Yudkowsky
A rationalist loose in a gentle fantasy world.

### *Guns, Germs, and Steel* by Jared Diamond
Why some peoples came to rule others.

### *The Evolution of Everything* by Matt Ridley
Evolution's logic carried into other fields.
"""


def test_bare_title_headings_before_headings_that_name_works() -> None:
    read = _read(_RECOMMENDED, "markdown")
    assert read[3] == [("The Bible", [], "book")]
    assert read[6] == [("Les Misérables", [], "book")]
    assert read[9] == [("Harry Potter and the Methods of Rationality", ["Yudkowsky"], "book")]
    assert 1 not in read  # the section's own heading


def test_a_section_heading_among_the_siblings_stops_the_vouching() -> None:
    text = _RECOMMENDED.replace("### *Les Misérables*\n", "### Why these books?\n")
    read = _read(text, "markdown")
    assert 3 not in read and 6 not in read
    assert read[9][0][0] == "Harry Potter and the Methods of Rationality"


def test_headings_below_do_not_vouch_for_a_heading_above_them() -> None:
    # the section's heading is of a higher level: its works are not its siblings
    read = _read(_RECOMMENDED, "markdown")
    assert 1 not in read


# A reading group's list of papers (aj2-clulab-nlp-reading-group-fall2016) heads each with
# its title and marks the ones it passed over "(SKIP)".
_PAPERS = """## Combining Natural Logic and Shallow Reasoning for Question Answering
http://nlp.stanford.edu/pubs/angeli2016naturalli.pdf

## Unsupervised Person Slot Filling based on Graph Mining
http://nlp.cs.rpi.edu/paper/sfgraph2016.pdf

## A Thorough Examination of the CNN/Daily Mail Reading Comprehension Task

## Harnessing Deep Neural Networks with Logic Rules
http://arxiv.org/abs/1603.06318

## Learning Language Games through Interaction (SKIP)
http://arxiv.org/pdf/1606.02447.pdf

## Matching Networks for One Shot Learning (SKIP)
http://arxiv.org/pdf/1606.04080v1.pdf
"""


def test_a_reading_groups_skip_mark_is_no_part_of_the_title() -> None:
    read = _read(_PAPERS, "markdown")
    assert read[12][0][0] == "Learning Language Games through Interaction"
    assert read[15][0][0] == "Matching Networks for One Shot Learning"


def test_a_place_in_capitals_after_a_shop_name_is_no_reading_mark() -> None:
    # (e1-stacks-357): bookshops head their picks with the town in brackets
    text = ("Three Lives & Company (NYC)\nA Confederacy of Dunces by John Kennedy Toole\n"
            "Giovanni’s Room by James Baldwin\nLess Than Zero by Bret Easton Ellis\n"
            "McNally Jackson Books (NYC)\nGood Girl by Aria Aber\n")
    read = _read(text, "text")
    assert 1 not in read and 5 not in read
    assert read[6] == [("Good Girl", ["Aber"], "book")]


# A film log's cards (az4-allancon-movies-2022): the list's class names its works, each
# title's element is only "title", and the year stands beside the link around it.
_FILMS = """<html><body><h1>Movies watched in 2022</h1>
<ul class="movie-listing">
    <li>
        <a href="https://www.themoviedb.org/movie/646380">
            <img class="poster" src="https://image.tmdb.org/t/p/w154/a.jpg" alt="poster">
        </a>
        <a href="https://www.themoviedb.org/movie/646380">
            <h3 class="title">Don't Look Up</h3>
        </a>
        <p class="year">2021</p>
    </li>
    <li>
        <a href="https://www.themoviedb.org/movie/324786">
            <h3 class="title">Hacksaw Ridge</h3>
        </a>
        <p class="year">2016</p>
    </li>
</ul>
</body></html>
"""


def test_a_title_named_by_its_class_inside_a_list_of_films() -> None:
    read = _read(_FILMS, "html")
    works = [w for found in read.values() for w in found]
    assert [w[0] for w in works] == ["Don't Look Up", "Hacksaw Ridge"]
    records = [c.record for o in iter_extract(_FILMS, "html") for c in o.citations]
    assert [r.issued.year if r.issued else None for r in records] == [2021, 2016]


def test_a_bare_title_class_outside_a_list_of_works_names_no_work() -> None:
    page = ('<html><body><div class="post"><h2 class="title">Notes from a slow week</h2>'
            '<p class="year">2021</p><p>We mostly gardened.</p></div></body></html>')
    assert _read(page, "html") == {}


# A shelf of textbooks in a table (az2-adilshamim8-fintech-shelf) names three writers by
# their surnames; a surname and its given name have one comma between them.
def test_three_surnames_after_by_are_three_writers() -> None:
    text = ("| Book | Authors | Phase | Priority |\n|---|---|---|---|\n"
            "| *Principles of Corporate Finance* | Brealey, Myers, Allen | Phase 01/04 | "
            "Recommended |\n"
            "| *Streaming Systems* | Akidau, Chernyak, Lax | Phase 15 | Recommended |\n")
    read = _read(text, "markdown")
    assert read[3] == [("Principles of Corporate Finance", ["Brealey", "Myers", "Allen"],
                        "book")]
    assert read[4][0][1] == ["Akidau", "Chernyak", "Lax"]


def test_a_surname_and_its_given_name_stay_one_writer() -> None:
    parsed = parse_citation("Things Fall Apart by Achebe, Chinua")
    assert [(n.family, n.given) for n in parsed.record.author] == [("Achebe", "Chinua")]


# A repository's reading list (az2-abdulconsole-ai-engineering-books): numbered book
# headings under one section, then sections of topics under a new top heading, and the
# repository's own "Contribution Ideas" closing it.
_BOOKS_THEN_TOPICS = """# AI-Assisted Software Engineering

## 1. *Coding with AI* — Jeremy Morgan

## 2. *AI-Powered Developer* — Nathan B. Crocker

## 3. *AI-Assisted Coding* — Michael Kofler, Bernd Öggl, Sebastian Springer

## 4. *AI-Assisted Programming* — Tom Taulli

# Recommended Future Additions

## Prompt Engineering & LLMs

* *Building LLM Powered Applications* — Valentina Alto

## Software Engineering & Architecture

* *Clean Code* — Robert C. Martin

# Contribution Ideas

Contributions are welcome:

* New books
* Reviews or summaries
* Reading notes
"""


def test_topic_headings_under_a_new_section_are_no_works() -> None:
    read = _read(_BOOKS_THEN_TOPICS, "markdown")
    assert read[3] == [("Coding with AI", ["Morgan"], "book")]
    assert 13 not in read and 17 not in read  # "## Prompt Engineering & LLMs", …
    assert read[15] == [("Building LLM Powered Applications", ["Alto"], "book")]


def test_a_repositorys_contribution_ideas_are_no_reading_list() -> None:
    read = _read(_BOOKS_THEN_TOPICS, "markdown")
    assert not any(line > 21 for line in read)


# A Chinese open-textbook list (az2-0voice-opencs-books) gives each book a "描述:"
# (description) line: a field's label, not a writer's name.
def test_a_chinese_description_label_is_no_author() -> None:
    parsed = parse_citation("描述: 从局域网讲到 TCP/IP，是一本内容很全的开放课本。")
    assert not parsed.is_citation
    assert [(n.family, n.given) for n in parse_citation("鲁迅: 呐喊").record.author] == [
        ("鲁", "迅")]


# A DevOps book list (ac2-devops-handbook-booklist) heads each book with its title in its
# marks.
def test_a_heading_with_a_title_in_its_marks_names_a_work() -> None:
    text = "## 《看板方法-科技企業漸進變革成功之道》\n\n这本书讲看板。\n"
    assert _read(text, "markdown")[1][0][0] == "看板方法-科技企業漸進變革成功之道"


# A bookshelf page (ai2-rohanalexander-bookshelf) writes each book as its quoted title, a
# comma and its writers, sometimes with a remark after a full stop.
def test_people_after_a_quoted_title_and_a_comma_are_its_writers() -> None:
    for line, title, families in [
        ("“The Chosen”, Chaim Potok.", "The Chosen", ["Potok"]),
        ("“Freakonomics”, Steven Levitt and Stephen Dubner.", "Freakonomics",
         ["Levitt", "Dubner"]),
        ("“Hansons Marathon Method”, Luke Humphrey. Bought it and kept to the plan.",
         "Hansons Marathon Method", ["Humphrey"]),
        ("“Elements of Statistical Learning”, Jerome H. Friedman, Robert Tibshirani, and "
         "Trevor Hastie.", "Elements of Statistical Learning",
         ["Friedman", "Tibshirani", "Hastie"]),
    ]:
        parsed = parse_citation(line)
        assert parsed.record.full_title == title
        assert [str(n.family) for n in parsed.record.author] == families
        assert parsed.record.container_title is None


def test_a_periodical_after_a_quoted_title_stays_its_container() -> None:
    for line, container in [("“Up and Then Down”, Rolling Stone", "Rolling Stone"),
                            ("“The Case for Reparations”, The Atlantic, June 2014",
                             "The Atlantic")]:
        parsed = parse_citation(line)
        assert not parsed.record.author
        assert parsed.record.container_title == container


# A reading page (ar2-gytdau-books) heads the books others passed on with the person who
# recommended them: a reading list's heading, not a book by that person.
def test_a_heading_naming_who_recommended_the_books_opens_a_reading_list() -> None:
    text = ("## Up next\n\n- Never Split the Difference\n\n### Picks passed on by Chad Mazolla\n\n"
            "- Lincoln in the Bardo\n- On the Shortness Of Life\n- When Breath Becomes Air\n")
    read = _read(text, "markdown")
    assert 5 not in read
    assert read[7] == [("Lincoln in the Bardo", [], "book")]
    assert read[9][0][0] == "When Breath Becomes Air"


# A library book club's programme (t2-acbrown-library-book-club): the title, its author in
# brackets, then who leads the discussion.
def test_a_remark_after_the_bracketed_author_is_no_part_of_the_entry() -> None:
    parsed = parse_citation("A Man Called Ove  (Fredrik Backman), discussion led by Marie")
    assert parsed.record.full_title == "A Man Called Ove"
    assert [(n.family, n.given) for n in parsed.record.author] == [("Backman", "Fredrik")]


def test_office_hours_after_a_link_are_no_entry() -> None:
    # (ai2-ling402-syllabus): a link's target is no bracket that closes an entry
    line = ("Professor [Lane Schwartz](http://www.linguistics.illinois.edu/people/lanes) - drop "
            "in Tuesdays 5-6 PM at the [Foreign Languages Building](https://www.fs.uiuc.edu/"
            "ada/0172.html), room 4019, or book another time")
    assert not parse_citation(line).is_citation


# A poetry syllabus (ah2-cornelius-uclr100-fall-2024), dated sessions each with its readings:
# after a page of entries that named their works, a surname before an italic title and
# the lines to read is the work's author, though the form alone is a weak one.
_SYLLABUS = "".join((Path(__file__).parent / "data" / "realworld" / "docs" /
                     "ah2-cornelius-uclr100-fall-2024.md").read_text(encoding="utf-8")
                    .splitlines(keepends=True)[59:86])


def test_a_weak_entry_on_a_page_of_works_is_one_more_work() -> None:
    read = _read(_SYLLABUS, "markdown")
    assert read[27] == [("Paradise Lost", ["Milton"], "book")]


def test_a_living_writers_birth_year_before_a_quoted_title_dates_no_work() -> None:
    # (ah2-cornelius-uclr100-fall-2024): "(b. 1971)" as the dead poets' "(1917--2000)"
    line = ("Terrance Hayes (b. 1971), [“The Golden Shovel”](https://www.poetryfoundation.org/"
            "poems/55678/the-golden-shovel)")
    parsed = parse_citation(line)
    assert parsed.record.full_title == "The Golden Shovel"
    assert [(n.family, n.given) for n in parsed.record.author] == [("Hayes", "Terrance")]
    assert parsed.record.issued is None and parsed.record.container_title is None


# A Chinese reading checklist (ba2-lttzz-reading-checklist) runs Japanese writers' names
# together and writes foreign writers by their surnames alone, in Chinese characters.
def test_japanese_and_transliterated_writers_in_a_chinese_list() -> None:
    text = ("- [x] 《且听风吟》——  村上春树\n- [ ] 《圆圈正义》 ——  罗翔\n- [ ] 《目光》 ——  陶勇\n"
            "- [ ] 《梦的解析》 —— 弗洛伊德\n- [ ] 《人生的智慧》 —— 叔本华\n")
    authors = {o.line: [(n.family, n.given) for n in o.citations[0].record.author]
               for o in iter_extract(text, "markdown") if o.citations}
    assert authors == {1: [("村上", "春树")], 2: [("罗", "翔")], 3: [("陶", "勇")],
                       4: [("弗洛伊德", None)], 5: [("叔本华", None)]}


# A music podcast's show notes (ba4-backwardsbeats-ask-rufus) close with links to the
# artists' pages on a streaming site: people and bands, not works.
def test_links_to_artists_pages_name_no_works() -> None:
    page = ("<html><body><h2>Artists mentioned</h2><ul>"
            '<li><a href="https://open.spotify.com/artist/0JCxGVxsISZzJHJPUOtceB?si=xxx">'
            "Tower of Power</a></li>\n"
            '<li><a href="https://open.spotify.com/artist/5a2EaR3hamoenG9rDuVn8j?si=xxx">'
            "Prince</a></li></ul>\n<h2>Further reading</h2><ul>"
            '<li><a href="https://www.panmacmillan.com/authors/johan-cruyff/my-turn-the-'
            'autobiography/9781509813926">My Turn</a></li></ul></body></html>\n')
    works = [w[0] for found in _read(page, "html").values() for w in found]
    assert works == ["My Turn"]  # a book's own page under its author's stays a work


# A press's reading list for Veterans Day (ba3-unpblog-veterans-day-reading-list): each
# paragraph opens with the book and its writer, and goes straight on about it.
def test_a_paragraph_that_opens_with_a_title_by_its_writer() -> None:
    text = ("Cartography by Katherine Schifani recounts her 2011 deployment to Iraq, where she "
            "advised Special Forces on how to counter terror networks.\n\n"
            "Published by Joyce Ng in the spring, the list grew week by week over the year.\n")
    read = _read(text, "text")
    assert read == {1: [("Cartography", ["Schifani"], "book")]}


# A film blog's list article (v3-cinemaquina-classic-movies-3) counts its films in its
# heading, then heads each film's paragraph with the film's title.
def test_headings_under_a_count_of_films_are_the_films() -> None:
    page = ("<html><body><h1>50 Classic Movies to Watch (Part 3)</h1>\n"
            "<p>Parts 1 and 2 came first; here is the rest.</p>\n"
            "<h3>The Sixth Sense</h3>\n<p>A young director's eerie ghost story.</p>\n"
            "<h3>Vertigo</h3>\n<p>Many call it the summit of Hitchcock's career.</p>\n"
            "<h3>One Flew Over The Cuckoo’s Nest</h3>\n<p>It swept the Oscars in 1976.</p>\n"
            "</body></html>\n")
    read = _read(page, "html")
    assert read[3] == [("The Sixth Sense", [], "motion_picture")]
    assert read[7] == [("One Flew Over The Cuckoo’s Nest", [], "motion_picture")]
    assert 1 not in read


def test_headings_under_a_plain_heading_stay_headings() -> None:
    page = ("<html><body><h1>Movies I watched</h1>\n"
            "<h3>The Sixth Sense</h3>\n<p>A young director's eerie ghost story.</p>\n"
            "<h3>Vertigo</h3>\n<p>Many call it the summit of Hitchcock's career.</p>\n"
            "</body></html>\n")
    assert _read(page, "html") == {}


def test_the_copys_format_is_no_part_of_the_title() -> None:
    # (ab2-antique-reading-list, z3-yangpicui-books-read)
    for line, title in [
        ("[SiLK Analyst Handbook (PDF)](http://tools.netsa.cert.org/silk/analysis-handbook.pdf)",
         "SiLK Analyst Handbook"),
        ("The 7 Habits of Highly Effective People Audiobook by Stephen Covey",
         "The 7 Habits of Highly Effective People")]:
        assert parse_citation(line).record.full_title == title


# A guitarist's podcast feed (aw1-dan-sindel-symphonic-guitars-feed) titles each item with
# his name and the show's numbered episode, and names the episode again in its notes.
_NUMBERED_EPISODES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Symphonic Guitars</title>
<item>
<title>Dan Sindel - Podcast #4 - Experiments In Sound Vol.1</title>
<description>Dan Sindel "Symphonic Guitars" Podcast #4 - Experiments In Sound Vol.1
A first set of pieces from a new series of sound experiments.</description>
</item>
<item>
<title>Dan Sindel - Podcast #5 - Experiments In Sound Vol.2</title>
<description>Dan Sindel "Symphonic Guitars" Podcast #5 - Experiments In Sound Vol.2
The second set, slower and stranger than the first.</description>
</item>
</channel></rss>
"""


def test_a_shows_own_numbered_episode_is_no_work() -> None:
    assert _read(_NUMBERED_EPISODES, "feed") == {}


def test_a_periodical_in_brackets_after_a_link_is_where_it_ran() -> None:
    # (al4-happyhourfm-010)
    parsed = parse_citation("[What's so funny about Jerry Lewis?](https://www.rollingstone.com/"
                            "movies/movie-features/whats-so-funny-about-jerry-lewis-83843/) "
                            "(Rolling Stone)")
    assert not parsed.record.author
    assert parsed.record.container_title == "Rolling Stone"
    assert [(n.family, n.given) for n in parse_citation("Deep Work (Cal Newport)").record.author
            ] == [("Newport", "Cal")]


# A fan site's filmography (bb4-kubrick-filmography) heads each film with its title and
# year run together, then a paragraph about it.
def test_headings_each_a_title_and_its_year_are_works() -> None:
    page = "<html><body>\n" + "".join(
        f"<h1>{title}({year})</h1>\n<p>A paragraph about the film, in our words.</p>\n"
        for title, year in [("Paths of Glory", 1957), ("Spartacus", 1960), ("Lolita", 1962)]
    ) + "</body></html>\n"
    records = [c.record for o in iter_extract(page, "html") for c in o.citations]
    assert [(r.full_title, r.issued.year if r.issued else None) for r in records] == [
        ("Paths of Glory", 1957), ("Spartacus", 1960), ("Lolita", 1962)]


def test_one_dated_heading_alone_stays_a_heading() -> None:
    page = ("<html><body><h1>Reading notes (2019)</h1>\n<p>What I read that year.</p>\n"
            "</body></html>\n")
    assert _read(page, "html") == {}


# A fan show's feed (bb1-from-the-spirit-world-feed) quotes its own name in every item's
# title; the show's channel title adds a description in brackets.
def test_the_feeds_own_show_quoted_in_an_items_title_is_no_work() -> None:
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            "<title>From the Spirit World (An Avatar: The Last Airbender and The Legend of Korra "
            "Podcast)</title>\n<item>\n"
            "<title>&quot;From the Spirit World&quot; Podcast #58 - Korra Discussion</title>\n"
            "<description>The hosts sum up what the season has shown so far.</description>\n"
            "</item>\n</channel></rss>\n")
    assert _read(feed, "feed") == {}


# A reader's year in books (at2-pds96-reading-2022) closes with a numbered list of her
# favourites under a plain line saying so, in sentence case.
def test_a_readers_favourite_books_are_a_reading_list() -> None:
    text = ("Reading comes in waves, I have learned.\n\n"
            "My favourite books of 2022 (sorted alphabetically)\n1. Gift from the sea\n"
            "2. Red Roulette\n3. Rejection proof\n4. Shadow divers\n")
    read = _read(text, "text")
    assert [read[line][0][0] for line in (4, 5, 6, 7)] == [
        "Gift from the sea", "Red Roulette", "Rejection proof", "Shadow divers"]
    assert 3 not in read
