"""Forms read in the forty-sixth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


def test_a_surname_alone_after_a_quoted_title_and_a_dash_is_its_writer() -> None:
    # bp3-becomingaprimaryteacher-trainee-teacher-booklist: a trainee teacher's booklist
    books = ("Core reading for the course:\n"
             "  • ‘Achieving QTS: Primary Science – Knowledge and Understanding’ – Peacock\n"
             "  • ‘Reflective Reader: Primary Special Educational Needs’ – Soan\n")
    assert [(r["title"], r["author"], r["type"]) for r in _records(books, "text")] == [
        ("Achieving QTS: Primary Science – Knowledge and Understanding",
         [{"family": "Peacock"}], "book"),
        ("Reflective Reader: Primary Special Educational Needs", [{"family": "Soan"}], "book")]
    # a periodical's name in the same place is where the piece ran
    [piece] = _records("“The Case Against Work” – Slate\n", "text")
    assert piece["container-title"] == "Slate" and "author" not in piece


def test_a_name_someone_called_a_thing_is_not_a_work() -> None:
    # ag1-radio-diaries-feed: an episode on a factory owner's view of his workers
    notes = ("<p>A century ago one man ran the biggest shoe works there was, and treated his"
             " workers his own way. Some called it “Welfare Capitalism.” He called it “The Square"
             " Deal.” </p>\n")
    assert _records(notes, "html") == []
    # a work the sentence names with the same verb stays one
    [book] = _records("<p>Her first book, which she called “The Long Road,” came out in 1990."
                      "</p>\n", "html")
    assert book["title"] == "The Long Road"


def test_a_month_of_a_year_or_a_number_alone_is_no_title() -> None:
    # bo2-ajuliette-talks: a speaker's talks, each under the event and its month
    assert _records("Voxxed Days Luxembourg - Juin 2023\n\nDevoxx France - Avril 2023\n") == []
    # v2-lexfridman-library: a podcast's episode heading, its number then the guest
    books = ("## #153 - Dmitry Korkin - Evolution of Proteins, Viruses, Life, and AI\n\n"
             "* [The Master and Margarita](https://amzn.to/3pej8KD)\n\n"
             "## #152 - Dan Gable - Olympic Wrestling, Mental Toughness & the Making of Champions\n"
             "\n* [A Wrestling Life](https://amzn.to/3pyYFB1)\n")
    assert [r["title"] for r in _records(books)] == ["The Master and Margarita", "A Wrestling Life"]
    # (a novel named after a month of an old year keeps its title)
    [book] = _records("August 1914 by Aleksandr Solzhenitsyn\n", "text")
    assert book["title"] == "August 1914"


def test_guillemets_and_a_year_mark_a_title_in_sentence_case() -> None:
    # cp4-animation-droid-anime: a Ukrainian page on the first Japanese cartoons
    [film] = _records("<p>Історію аніме починають зі стрічки «Новий альбом нарисів» (1917), яку"
                      " автор малював крейдою.</p>\n", "html")
    assert (film["title"], film["issued"]) == ("Новий альбом нарисів", {"date-parts": [[1917]]})
    # words quoted in guillemets with no year after them are a saying, not a work
    assert _records("<p>Il a dit « c'est la vie » et il est parti.</p>\n", "html") == []


def test_a_link_alone_to_an_encyclopedia_article_in_show_notes_is_a_topic() -> None:
    # bu2-spelskaparna-91-dan-malone: an episode's links, the talk's machines and firms
    notes = ("## Länkar\n\n* [Palace Software](https://en.wikipedia.org/wiki/Palace_Software)\n"
             "* [Speedball 2](https://www.youtube.com/watch?v=iyX4BPU-Bao&t=29s)\n"
             "* [ZX Spectrum](https://en.wikipedia.org/wiki/ZX_Spectrum)\n"
             "* [Atari ST](https://en.wikipedia.org/wiki/Atari_ST)\n")
    assert [r["title"] for r in _records(notes)] == ["Speedball 2"]
    # c-lyceum-to-read: under a reading list's heading the article names the book
    books = ("## Reading list\n\n"
             "- [The Master and Margarita](https://en.wikipedia.org/wiki/The_Master_and_Margarita)\n"
             "- [Do Androids Dream of Electric Sheep](https://en.wikipedia.org/wiki/Do_Androids_"
             "Dream_of_Electric_Sheep%3F)\n")
    assert [r["title"] for r in _records(books)] == [
        "The Master and Margarita", "Do Androids Dream of Electric Sheep"]
    # an article named for its kind of work names the work
    [book] = _records("## Links\n\n* [The Phoenix Project](https://en.wikipedia.org/wiki/"
                      "The_Phoenix_Project_(novel))\n")
    assert book["title"] == "The Phoenix Project"


def test_a_number_glued_to_a_one_letter_word_is_the_list_number() -> None:
    # aq3-baidu-grade10-reading-list: a school's list, numbers glued to the titles
    [book] = _records("12.A Farewell to Arms, Ernest Hemingway\n", "text")
    assert (book["title"], book["author"]) == (
        "A Farewell to Arms", [{"family": "Hemingway", "given": "Ernest"}])


def test_a_title_by_its_author_inside_brackets_keeps_its_first_word() -> None:
    # ao3-griver-what-were-reading: a book club's list told as prose
    notes = ("The non-fiction runs from the familiar (The Seven Daughters of Eve by Bryan Sykes) to"
             " the odd.\n")
    [book] = _records(notes, "text")
    assert (book["title"], book["author"]) == (
        "The Seven Daughters of Eve", [{"family": "Sykes", "given": "Bryan"}])


def test_the_year_before_a_kind_of_work_dates_the_quoted_title_after_it() -> None:
    # bk3-theodysseyonline-civil-war-books: the film made from a prize novel
    [film] = _records('The Pulitzer Prize went to "The Killer Angels", and the 1993 movie'
                      ' "Gettysburg," which I also recommend, was made from it.\n', "text")
    assert (film["title"], film["issued"]) == ("Gettysburg", {"date-parts": [[1993]]})
    # ar3-problemsolvinghelp-best-books-2021: a comma and the opening quote in between
    [book] = _records("Her second novel follows her 2016 debut, “Behold the Dreamers,” and is"
                      " set in an invented village.\n", "text")
    assert (book["title"], book["issued"]) == ("Behold the Dreamers", {"date-parts": [[2016]]})


def test_two_linked_titles_joined_by_and_before_one_author_are_two_works() -> None:
    # cd2-yammpod-episode-1-write-a-book: an episode's reading, each book with its own link
    books = _records("  * [_The Human Condition_](https://bookshop.org/a/20775/9780226586601) and"
                     " [_The Origins of Totalitarianism_](https://bookshop.org/a/20775/9780156701532)"
                     " by Hannah Arendt\n")
    assert [(r["title"], r["URL"], r["author"][0]["family"]) for r in books] == [
        ("The Human Condition", "https://bookshop.org/a/20775/9780226586601", "Arendt"),
        ("The Origins of Totalitarianism", "https://bookshop.org/a/20775/9780156701532", "Arendt")]


def test_a_pick_s_label_before_title_by_author_is_no_part_of_the_title() -> None:
    # bo3-brianrusche-my-tennis-bookshelf and cd3-archaeologypodcastnetwork-abc-vikings
    picks = ("Favourite life story of a player: Open by Andre Agassi\n"
             "Monthly Book: Valkyrie: The women of the Viking world by Johanna Katrin"
             " Fridriksdottir\n")
    assert [r["title"] for r in _records(picks, "text")] == [
        "Open", "Valkyrie: The women of the Viking world"]
    # (a title of its own before its subtitle stays whole, a month's name too)
    [book] = _records("The Book: A Novel by Jane Doe\n", "text")
    assert book["title"] == "The Book: A Novel"
    [film] = _records("October: Ten Days That Shook the World, directed by Sergei Eisenstein"
                      " (1928)\n", "text")
    assert film["title"] == "October: Ten Days That Shook the World"


def test_a_surname_alone_after_an_italic_title_and_a_comma_is_its_writer() -> None:
    # z2-ajskirk-books-ranked: a reader's ranked books, each title then its writer's surname
    page = ("<h2>Books</h2>\n<ol>\n<li><em>Prisoner’s Dilemma: John von Neumann, Game Theory,"
            " and the Puzzle of the Bomb</em>, Poundstone</li>\n"
            "<li><em>The Wealth of Nations</em>, Smith</li>\n</ol>\n")
    assert [(r["title"], r.get("author")) for r in _records(page, "html")] == [
        ("Prisoner’s Dilemma: John von Neumann, Game Theory, and the Puzzle of the Bomb",
         [{"family": "Poundstone"}]),
        ("The Wealth of Nations", [{"family": "Smith"}])]
