"""Deciding, line by line and with the section as context, what is a citation.

The same rules serve every input kind: a splitter produces `Block`s, and
`Judge` keeps the section state, applies the non-citation filters, asks the
parser about what is left and accepts its answer with a bar that depends on
where the line sits: a line under "Reading list" needs only to look like a
citation; a line elsewhere in the notes must look like one with confidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Literal

from ..model import Date, Name, Origin, Record
from ..parse.calibration import calibrate
from ..parse.citation import (
    HOME_PAGE_RE,
    LONE_WORD_AUTHOR,
    NOT_A_CITATION,
    SOMEONES_PAGE,
    plain_words,
    read_listed_title,
    read_with_labeller,
    slug_words,
)
from ..parse.identifiers import PAPER_URL_RE, names_a_work
from ..parse.lexicon import GENRES, GIVEN_NAMES
from ..parse.markup import clean, plain_text, strip_marker
from ..parse.names import (
    is_mononym,
    known_given_name,
    known_person,
    parse_inverted_person,
    parse_name_list,
    surely_a_person,
)
from ..parse.order import everyday_word
from ..parse.parsed import Parsed, Span
from ..parse.rejection import (
    CALL_TO_ACTION,
    NO_TEXT,
    PROSE,
    SPONSOR_READ,
    TOO_LONG,
    looks_like_prose,
    rejection_reason,
    strip_timestamp,
)
from ..parse.segments import MONTHS
from ..parse.titles import is_title_like, opens_title
from .blocks import Block, Episode, indent
from .chains import split_chain
from .cited_run import bylined_run, cited_run
from .episode import harvest
from .imprint import add_imprints
from .inline import (
    IN_SENTENCE,
    NAMED_AGAIN_CHARS,
    episode_label_end,
    find_chapter_titles,
    find_heading_mentions,
    find_labelled_title,
    find_mentions,
    find_named_again,
    find_titled_with_guest,
    whole_words_at,
)
from .list_order import ListOrder
from .outcome import SECTION_HEADING, UNCERTAIN, LineOutcome
from .repeated import WORK_WORD, speaks_of_work
from .schedule import scheduled_works
from .sections import (
    SectionKind,
    announces_reading,
    heading_name,
    looks_like_heading,
    reading_label,
    section_kind,
    viewing_heading,
)

# Lowest parser confidence accepted in a reading list / anywhere else in the notes.
READING_MIN_CONFIDENCE = 0.3
ELSEWHERE_MIN_CONFIDENCE = 0.6
# A heading is read as a citation from this parser confidence (a date, a quoted title), or
# when its title is in italics.
HEADING_MIN_CONFIDENCE = 0.8
# "Title by Author" (0.75) heads an entry when the author is surely a person.
BY_HEADING_MIN_CONFIDENCE = 0.75
# "Author, Title" (0.7) heads one when a common given name opens the author's name; after
# a dash or a colon the heading is more often a guest and the episode's topic.
COMMA_HEADING_MIN_CONFIDENCE = 0.7
# A reading label inside a run-on paragraph, and where its flattened items meet.
_EMBEDDED_LABEL = re.compile(
    r"\b(?:RESOURCES|SOURCES|EXTRAS|READING|Further reading|Reading list|Books [Mm]entioned"
    r"(?: (?:in|on) (?:this|the|today['’]s|this week['’]s) (?:episode|podcast|show)"
    r"(?: this week)?)?|Books discussed|Works cited)\s*:\s*")
# A bullet left inside a paragraph: " ** ", " • ", " · ".
_INLINE_BULLET = re.compile(r"\s(?:\*\*|[•·◦▪])\s")
_ITEM_END = re.compile(r"(?<=[a-z)])\.\s|\s\(|\s[–—-]\s")
_LONGEST_AUTHOR = 6
# A straight quote after a full stop opens the next item (".\"Next"): no cut after it.
_JOINED_ITEMS = re.compile(r"(?:(?<=[a-z)”\"]\.)|(?<=[)”])|(?<=[^.\s]\"))(?=[“\"A-Z])|;\s+")
# A part of the book just cited, singled out: ", especially the chapter ‘Title’", ",
# especially ‘Title’ by Name" (to the line's end: "especially "X" and its trends" is none).
_PART_RE = re.compile(r",\s+especially\s+(?:the\s+(?:chapter|essay)\s+)?[‘“'\"]"
                      r"(?P<t>[^’”'\"]{3,200})[’”'\"](?:\s+by\s+(?P<who>[^,;]{3,80}?))?[\s.]*$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A paragraph longer than this is not searched at all, not even for works named inline.
MAX_BLOCK = 20_000
# Paragraphs outside reading lists are prose, and not parsed at all, when longer than
# PROSE_WORDS, or longer than PROSE_SENTENCES_WORDS and made of several sentences.
PROSE_WORDS = 40
PROSE_SENTENCES_WORDS = 25
# A line this short may be an entry of the list around it, read in the list's habit.
_LIST_LINE_WORDS = 16
# The main title a mention lost at its colon is a short one ("Range: Why Generalists …").
_MAIN_TITLE_WORDS = 4
# A list item wholly in bold is the heading of the items under it ("- **1.2. Information and
# inference**"), as a bold line is elsewhere; the labeller is not asked to read it.
_BOLD_ONLY = re.compile(r"\s*(\*\*|__)[^*_]+\1\s*")
# A reading log's field of a book, not the book: "**Progress:** Finished", "Started: May 2009".
_LOG_FIELD_RE = re.compile(r"(?P<label>[A-Za-z]+(?: [a-z]+)?)\s*:\s*\S")
_LOG_FIELDS = frozenset({"progress", "status", "start", "started", "finish", "finished", "rating",
                         "my rating", "score", "date", "date read", "read", "pages", "format",
                         "genre", "genres", "tags", "shelf", "shelves", "notes", "review"})
# A bibliography's dash for "the same authors as above" opening an entry ("———.", "---,"
# "——— and Jane Doe" is not one: the names must follow straight after the dash's stop).
_SAME_AUTHORS_RE = re.compile(r"\s*(?:[-*+][ \t]+)?(?:[—–―]{2,}|—|-{2,}|_{2,})[ \t]*[.,]")
# A list whose items so far named works this often is a reading list.
_LIST_OF_WORKS = 3
_LIST_OF_WORKS_SHARE = 0.6
# How many works, and what share of its entries, a page must have named before a plain
# heading on it is taken to head more of them.
_WORKS_PAGE = 8
_WORKS_PAGE_SHARE = 0.7
# How sure a reading naming a work and its maker must be to be one more on such a page.
_WORKS_PAGE_MIN_CONFIDENCE = 0.45
_RUN_ON_WORKS = 2  # items of a reading label's run-on line that must read as works

SITE_LINK = "a link to a site or a page about something else, not to a work"
NESTING_ITEM = "heads the list items under it"
# Markup that sets a title apart: emphasis, a link, quotes.
_MARKED = re.compile(r"[*_\[\]\"“”‘’]|<[a-z]")
# A stretch in italics (not bold): "*Title*", "_Title_", "<i>Title</i>", "<em>Title</em>".
_ITALICS_RE = re.compile(r"(?<![*\w])\*(?![*\s])([^*]{1,200}?)(?<!\s)\*(?![*\w])"
                         r"|(?<![_\w])_(?![_\s])([^_]{1,200}?)(?<!\s)_(?![_\w])"
                         r"|<(?:i|em|cite)>([^<]{1,200})</(?:i|em|cite)>")
# A wrapped entry's (or paragraph's) first lines when the work's title starts on a later one.
ENTRY_OPENING = "goes on to the work on line"
PRODUCT = "a product (its name carries ® or ™), not a work"
# A trademark sign in a title: a product sold, "64 ARK® Crystal Assembly".
_PRODUCT_MARK = re.compile("[®™]")
OWN_EPISODE = "the show's own numbered episode, not a work"
# A show's own numbering opening what was read as a title: "Dan Sindel - Podcast #4 -
# Experiments In Sound Vol.1" is the episode, not a work of Dan Sindel's.
_OWN_EPISODE = re.compile(r"(?:podcast|episode|ep\.?|show|programme|program)[ \t]*(?:#|no\.)?[ \t]*"
                          r"\d+\b", re.IGNORECASE)
# A heading that lists films, not books ("Films mentioned", "Movies we discussed").
_FILMS_HEADING = re.compile(r"\b(?:films?|movies?|documentar(?:y|ies)|cinema)\b", re.IGNORECASE)
_BOOKS_HEADING = re.compile(r"\b(?:books?|reading|novels?|articles?|essays?)\b", re.IGNORECASE)
_BOOKS_ONLY_HEADING = re.compile(r"\b(?:books?|novels?)\b", re.IGNORECASE)
_SCREEN_HEADING = re.compile(r"\b(?:shows?|tv|television|series|episodes?|watch\w*)\b",
                             re.IGNORECASE)
ListedKind = Literal["films", "books"]
_SECTION_REASONS: dict[SectionKind, str] = {
    "credits": "credits",
    "metadata": "episode metadata",
    "timestamps": "timestamp",
    "hosts": "host list",
    "sponsors": SPONSOR_READ,
    "support": "call to action",
    "tools": "software, a course or an event, not a work",
}
_HARVESTED = frozenset({"credits", "episode metadata", "host list", "call to action"})
_BOLD_TITLES = 2  # works of a list titled in bold before its bold items count as titles
_SOMEONES_SITE = re.compile(SOMEONES_PAGE)  # a link's words say whose page it is
# The end of a sentence inside a paragraph: "…Liebknecht. As other…" (not "H. G." initials).
_SENTENCE_END = re.compile(r"[a-z\u00df-\u00ff]{2}[.!?][\"”’)]?\s+[A-Z“\"]")
_SEPARATORS = re.compile(r"[;()\[\]\"“”]")

Parser = Callable[[str], Parsed]
# An episode's part after the work it is about: "Lincoln in the Bardo (Part II)".
_EPISODE_PART = re.compile(r"\s*\((?:Part|Pt\.?)\s+(?:[IVX]+|\d+)\)$")
# How many titles a document's reader keeps to find again in later sentences, and how
# many words a line needs to be such a sentence (not a heading naming the work again).
_TITLES_KEPT = 256
# The longest line that may be a title named above, whole (markup included).
_WHOLE_TITLE_CHARS = 300
_SENTENCE_WORDS = 8
# The forms in which an episode's title is a citation, whole: the author, the title in
# quotes or after a date, and the date.
_CITED_HEADING_FORMS = frozenset({"quoted", "author-date", "bibliography"})
# 'Craig Hogan, "The Unlikely Primeval Sky" (American Scientist, November-December)': where
# the article appeared, in brackets after its quoted title, stands for the year.
_QUOTED_THEN_BRACKET_RE = re.compile(r"[\"”],?\s+\([A-Z][^()]{2,80}\)\s*$")
# The forms an episode's title names a guest and a work in: "Elif Batuman: The Idiot",
# "Jared Diamond - The World Until Yesterday", "Void Star by Zachary Mason".
GUEST_FORMS = frozenset({"colon", "dash", "by", "comma"})
# Notes that say their guest writes books.
_BOOKISH_NOTES = re.compile(r"\b(?:author|book|novel|memoir|wrote|writes)\b")


# How many headings of one level in a row must name works before a bare title among them
# is read as one.
HEADED_WORKS = 3
# A heading wholly in emphasis: "### *Les Misérables*".
_EMPHASISED_WHOLE = re.compile(r"(\*{1,2}|_{1,2})[^*_\s][^*_]*\1")
# The words of remark a reading list's item may hold around its one link.
_LINK_REMARK_WORDS = 8
# A title, then a colon or a dash, then its review: "Deep Work: With so much happening …".
_DASHED_REVIEW_RE = re.compile(r"(?P<title>[^–—]{2,100}?) [–—-] +(?P<review>.+)", re.DOTALL)
_COLON_REVIEW_RE = re.compile(r"(?P<title>[^:–—]{2,80}?): +(?P<review>.+)", re.DOTALL)
_REVIEW_TITLE_WORDS = 12
# How far into a review its opening entry's title may start: after a rank ("10. ").
_OPENING_TITLE_AT = 6
_ENTRY_END_RE = re.compile(r"[^.!?]{0,20}[.!?][\"”’)]?\s+[A-Z“\"]")
# Or a reader's remark in brackets after the entry, words of a sentence: "… by Brian Doyle
# (My vote went elsewhere …)", never an imprint ("(Penguin Books, 2019)").
_REMARK_OPENS_RE = re.compile(r"\s+\((?=[A-Z][^()]{0,80}?[a-z]\s+[a-z]+\s+[a-z])")
_PRONOUNS = frozenset({"I", "We", "You", "He", "She", "They", "It", "My", "Our"})
_REVIEW_WORDS = 12
# Words that make a person's possessive heading a list's name, not a work's.
_LIST_WORDS = re.compile(r"\b(?:books|reads|reading|picks|lists?|favou?rites|recommendations|"
                         r"shelf|bookshelf|library|podcast|show)\b|\d{4}", re.IGNORECASE)


def _name_makers(citation: Parsed, content: str, works: list[Record]) -> None:
    """Give a work the line names without its makers (or by surname alone) those of the
    same work named earlier, when the line names one of them by surname."""
    for work in works:
        for name in work.author:
            at = whole_words_at(content, name.family or "")
            if at >= 0:
                citation.record.author = [n.copy() for n in work.author]
                citation.spans.append(Span("author", at, at + len(name.family or "")))
                return


def _keep_latest(kept: dict[str, Record], key: str, record: Record) -> None:
    """Keep `record` under `key`, the latest last; a key met again keeps its first record
    and moves to the end, and past `_TITLES_KEPT` keys the oldest goes."""
    if key in kept:
        kept[key] = kept.pop(key)
        return
    kept[key] = record
    if len(kept) > _TITLES_KEPT:
        del kept[next(iter(kept))]


def named_again(parsed: Parsed, notes: Callable[[], str]) -> list[Parsed]:
    """"Elif Batuman: The Idiot" over notes that speak of "… first novel, The Idiot, …":
    an episode's title, as `parsed`, read as a work and its maker when the notes name
    that work too (a guest's name and a topic are titled the same way: "Jane Doe: Why
    We Sleep")."""
    record = parsed.record
    if not (parsed.is_citation and parsed.form in GUEST_FORMS and record.author
            and all(map(surely_a_person, record.author))) \
            or _OWN_EPISODE.match(record.full_title or ""):
        return []  # (nor the show's own numbered episode: "Dan Sindel - Podcast #4 - …")
    work = _EPISODE_PART.sub("", record.full_title or "")
    if (len(work) >= NAMED_AGAIN_CHARS and work in notes()) or (work and re.search(
            rf"\b(?:book|novel|memoir|collection)[ \t]+{re.escape(work)}(?!\w)", notes())):
        # ("Vashti Harrison – Big" over notes on "her picture book Big—a story …")
        record.title = work  # "Lincoln in the Bardo (Part II)": the episode's part, not
        record.subtitle = None  # the book's
        return [parsed]
    # "Rebecca Wragg Sykes — Kindred: Neanderthal Life, Love, Death and Art" over notes
    # that speak of "Kindred": a book is named again by its main title
    main = record.title or ""
    if record.subtitle and len(main) >= NAMED_AGAIN_CHARS \
            and whole_words_at(notes(), main) >= 0:
        return [parsed]
    # "Daniel Lieberman — Exercised: Why Something We Never Evolved to Do is Healthy and
    # Rewarding" over notes that call him an author or speak of his book: a subtitle
    # after a person's full name titles a book
    if record.subtitle and parsed.form == "dash" and len(record.author) == 1 \
            and _BOOKISH_NOTES.search(notes()):
        return [parsed]
    return []  # (as written: "Adam Smith's Invisible Hand" over "the invisible hand")


class Judge:
    """Section-aware classification of the blocks of one document (or one feed item)."""

    def __init__(self, source: str, parse: Parser, episode: Episode | None = None,
                 in_feed: bool = False) -> None:
        self.source = source
        self.parse = parse
        # in a feed item's notes a bare link names a work only on the work's own page: a
        # site's front page ("[Neuralink](https://neuralink.com/)") or a wiki's article is not
        self.in_feed = in_feed
        # the list being read: its items so far, and how many of them named works
        self.list_items = 0
        self.list_cited = 0
        self.list_previewed = False  # the list's items, looked over together, read as works
        self.list_bold_titles = 0  # the list's works whose titles it set in bold
        # the line before named a work and its maker: the line after, in a reading list,
        # may be a title alone in the same list ("The Holy Bible" among "X by Y" lines)
        self.after_authored = False
        self.after_cited = False  # the line before named a work
        self.entry_authors: list[Name] = []  # the authors of the work the line before named
        self.labelled: dict[str, Parsed | None] = {}  # the labeller's readings of its items
        self.run_lines: set[int] = set()  # unmarked lines read as a list of works
        self.title_run = False  # the run being read is of bare titles under a reading heading
        self.page_titles: set[int] = set()  # such a run under a works page's plain heading
        self.episode = episode if episode is not None else Episode()
        self.titles_seen: dict[str, Record] = {}  # titles read so far, the latest last
        # works prose named with their makers (lower-cased full titles), the latest last
        self._mentioned_titles: dict[str, Record] = {}
        self.section: SectionKind | None = None
        # what the heading over a list says its works are: "Films mentioned", "Books"
        self.listed_kind: ListedKind | None = None
        self.heading_author: list[Name] | None = None  # a reading list's sub-heading's person
        # the person a list item names over the items nested under it, and its indent
        self.nest_author: tuple[list[Name], int] | None = None
        self.section_name: str | None = None
        self.section_level = 0
        # headings of each level in a row that named works: a reading log heads each book
        # ("#### Mickey7 by Edward Ashton"), and among them a bare title is a book too
        self.cited_headings: dict[int, int] = {}
        # paragraphs or items read as a title and its review ("Deep Work: With so much …")
        self.titled_reviews = 0
        # the document's entries so far (items and paragraphs) and how many named works: a
        # page of works heads each shelf with a plain heading ("THE EXPANSE", "JACK REACHER")
        self.doc_entries = 0
        self.doc_works = 0
        self.order = ListOrder()

    def outcomes(self, block: Block) -> list[LineOutcome]:
        """The outcome of `block`, then one for each line it continues over.

        A fault in reading one line costs that line only: it is reported with
        the error, and the rest of the document goes on.
        """
        try:
            main = self._judge(block)
        except Exception as exc:  # any fault becomes the line's report entry
            main = LineOutcome(self.source, block.line, block.text, section=self.section_name,
                               reason=f"could not be read ({type(exc).__name__}: {exc})")
        self._remember_or_name_again(main, block)
        self.after_authored = any(c.record.author or c.record.director for c in main.citations)
        self.after_cited = bool(main.citations)
        self.entry_authors = main.citations[-1].record.author if main.citations else []
        if block.kind == "item":
            self.list_items += 1
            self.list_cited += bool(main.citations)
            self.list_bold_titles += any(f"**{c.record.title}**" in block.content
                                         for c in main.citations if c.record.title)
        else:
            self.list_items = self.list_cited = self.list_bold_titles = 0
        if block.kind in ("item", "paragraph") and main.reason != SECTION_HEADING:
            self.doc_entries += 1
            self.doc_works += bool(main.citations)
        out = [main]
        for line, text in block.continuation:
            out.append(LineOutcome(self.source, line, text, reason=main.reason,
                                   section=main.section, continues=main))
        return _on_title_lines(out) if main.citations and block.continuation else out

    def _judge(self, block: Block) -> LineOutcome:
        outcome = LineOutcome(self.source, block.line, block.text, section=self.section_name)
        if self.nest_author and not (block.kind == "item"
                                     and indent(block.text) > self.nest_author[1]):
            self.nest_author = None
        if block.kind in ("meta", "code"):
            if block.kind == "meta" and block.content:
                self._harvest(block.content, block.line)
            outcome.reason = block.reason or "markup"
            return outcome
        if len(block.content) > MAX_BLOCK:
            outcome.reason = f"longer than {MAX_BLOCK} characters: not read"
            return outcome
        plain = plain_text(block.content)
        if not plain:
            outcome.reason = NO_TEXT
            return outcome
        if block.kind == "row":  # a row of a table whose header names its title column
            return self._accept(outcome, block, block.content, reading=True)
        if block.kind == "card":
            # a title the page's markup names as a work's: what no rule reads is a title alone
            self._accept(outcome, block, block.content, reading=True)
            if not outcome.citations and (alone := read_listed_title(
                    block.content, vouched=True)) is not None:
                self._place([alone], block)
                outcome.citations.append(alone)
                outcome.reason = None
            return outcome
        if block.kind == "heading" or self._is_heading(block, plain):
            outcome.level = block.level
            if block.kind == "heading":  # a new section: the headings inside it start afresh
                self.cited_headings = {level: n for level, n in self.cited_headings.items()
                                       if level <= block.level}
            cited = self._cited_in_heading(block, plain)
            if cited is None and block.kind == "heading" \
                    and self.cited_headings.get(block.level, 0) >= HEADED_WORKS:
                # "#### How Will You Measure Your Life"; not a guest's quoted words ("## Maureen
                # Dowd: ‘This is Pure Madness’")
                cited = heading_title(block.content)
            if block.kind == "heading":
                self.cited_headings[block.level] = \
                    self.cited_headings.get(block.level, 0) + 1 if cited is not None else 0
            if cited is not None:
                _as_listed(cited, self.listed_kind)  # "## Movies" over "#### [2001: …](…) (1968)"
                self._place([cited], block)
                outcome.citations.append(cited)
                return outcome
            self._enter_section(plain, block.level)
            outcome.reason = SECTION_HEADING
            return outcome
        label = reading_label(block.content)
        if label is not None:
            return self._run_on(outcome, block, label[1]) or self._accept(
                outcome, block, label[1], reading=True)
        numbered = _numbered_run(block.content) if " 2" in block.content else None
        if numbered is not None and (run := self._items_read(outcome, block, numbered)):
            return run
        if names_a_work(plain):  # an ISBN or a DOI: a citation wherever it stands
            return self._identified(self._accept(outcome, block, block.content, reading=True),
                                    block)
        if block.kind == "paragraph" and announces_reading(plain):
            self.section, self.section_name, self.section_level = "reading", plain, block.level
            self.listed_kind = _listed_kind(plain)  # "… comes with these sample books:"
            return self._inline(outcome, block, PROSE)  # the works follow; it may name some
        reason = rejection_reason(plain)
        if reason == "timestamp":
            rest = strip_timestamp(block.content) or ""
            if _is_prose(plain_text(rest)) or looks_like_prose(rest):
                # "00:00:00 - For this episode, we’re joined by Peter Brannen, author of the
                # book …": a paragraph of chapter notes names its works as prose does
                self._mentions(outcome, block, "timestamp")
                if outcome.citations:
                    return outcome
            accepted = self._accept(outcome, block, rest, reading=False) if rest.strip() \
                else outcome
            if not accepted.citations and (titles := find_chapter_titles(rest)):
                # "05:40 Oct. 01: “Surrendering September” (prose)", "2:25-30:37 - Sacred
                # Cow: “Lawrence of Arabia”": the works the chapters are about
                self._place(titles, block)
                accepted.citations.extend(titles)
                accepted.reason = None
            if not accepted.citations:
                accepted.reason = "timestamp"
            return accepted
        if reason is None and self.section in _SECTION_REASONS:
            reason = _SECTION_REASONS[self.section]
        if self.section not in _SECTION_REASONS and (reason in (PROSE, TOO_LONG) or (
                reason == CALL_TO_ACTION and _is_prose(plain))):
            if reason == PROSE and (block.kind == "item" or _FORMAL_OPENING_RE.match(plain)):
                # "1. Watership Down, by Richard Adams- A story told by rabbits, …": a list
                # item opening with its entry, then a comment the parser cuts off; a
                # bibliography entry ("Carter, John, and Percy H. Muir. Title. …") is
                # sentences too
                accepted = self._accept(outcome, block, block.content, reading=False)
                if accepted.citations:
                    return accepted
                outcome.reason = None
            # a paragraph, even one that ends "Subscribe in a reader", may name books
            return self._inline_or_opening(outcome, block, reason)
        if reason in _HARVESTED:
            self._harvest(plain, block.line)
        if reason in (PROSE, TOO_LONG) or (reason in _HARVESTED and _is_prose(plain)):
            # in flat notes a "Subscribe" or "Sponsored links" heading stays in force over
            # the next episode's description, and a guest's bio reads like credits: prose
            # may still name works ("… the author of many books, including Title")
            return self._mentions(outcome, block, reason)
        if reason in (CALL_TO_ACTION, SPONSOR_READ):
            # "Buy The Dawn of Everything by David Graeber: https://…": a book to buy is
            # named with its author, as a sentence names one; so is a publisher's sponsored
            # book ("… brought to you by The Blacksmith Queen by G.A. Aiken")
            self._mentions(outcome, block, reason, authored=True)
            if outcome.citations:
                return outcome
        if reason is not None:
            outcome.reason = reason
            return outcome
        listed = self.section == "reading" or (block.kind == "item" and self._list_of_works()) \
            or block.line in self.page_titles
        reading = listed or block.line in self.run_lines
        if not reading and block.kind != "item" and _is_prose(plain) \
                and not _FORMAL_OPENING_RE.match(plain):
            return self._inline_or_opening(outcome, block, PROSE)
        accepted = self._accept(outcome, block, block.content, reading=reading, model=listed)
        if not accepted.citations and not reading and self._works_page():
            # a page that has listed works all along: a line naming a work and its maker
            # by a weaker form is one more ("Animal Farm by Orwell" amid the page's grades)
            weak = self.parse(block.content)
            if weak.is_citation and weak.record.author and weak.record.title \
                    and weak.confidence >= _WORKS_PAGE_MIN_CONFIDENCE:
                self._place([weak], block)
                accepted.citations.append(weak)
                accepted.reason = None
        # a list item or a paragraph the rules cannot read may still name works inside it
        if not accepted.citations and (block.kind == "item" or (
                block.kind == "paragraph" and (not reading or _is_prose(plain)))):
            return self._inline(accepted, block, accepted.reason)
        return accepted

    def _run_on(self, outcome: LineOutcome, block: Block, text: str) -> LineOutcome | None:
        """The items a reading label's line runs together with no space between them
        ("RESOURCES:"Title," by A (X, 2025)."Other," by B (Y, 2012)."), each read alone,
        when two or more of them read as works; else None."""
        if not any(m.start() == m.end() for m in _JOINED_ITEMS.finditer(text)):
            return None  # "X by A; and Y by B": the semicolons are `_accept`'s to part
        items = _joined_items(text)
        if len(items) < 2:
            return None
        return self._items_read(outcome, block, items, _RUN_ON_WORKS)

    def _items_read(self, outcome: LineOutcome, block: Block, items: list[str],
                    least: int | None = None) -> LineOutcome | None:
        """The works of a list run into one line, each item read alone, when `least` of
        them (by default all but one) read as works; else None."""
        read = [p for p in map(self.parse, items)
                if p.is_citation and p.confidence >= READING_MIN_CONFIDENCE]
        if len(read) < (len(items) - 1 if least is None else least):
            return None
        self._place(read, block)
        outcome.citations.extend(read)
        return outcome

    def _inline_or_opening(self, outcome: LineOutcome, block: Block,
                           reason: str | None) -> LineOutcome:
        """The works a prose paragraph names; failing those, the entry it opens with, then
        its blurb: "Susan ABULHAWA - Mornings in Jenin (2011, 352 pages) Jenin, 1948: as
        soldiers …" (read whole, as the blurb's own semicolons part no entries)."""
        self._inline(outcome, block, reason)
        if block.kind != "paragraph":
            return outcome
        italics = [c for c in outcome.citations if c.form == IN_SENTENCE]
        if len(italics) < len(outcome.citations):
            self._opening_whole(outcome, block)
            self._opening_entry(outcome, block)
            return outcome
        opening = self.parse(block.content)
        if opening.is_citation and opening.confidence >= ELSEWHERE_MIN_CONFIDENCE:
            # an entry the paragraph opens with says more than the italics inside it
            self._place([opening], block)
            title = opening.record.full_title or "\0"
            outcome.citations[:] = [opening, *(c for c in italics if not _same_work(
                c.record.full_title or "", title))]
            outcome.reason = None
        return outcome

    def _opening_whole(self, outcome: LineOutcome, block: Block) -> None:
        """"Range: Why Generalists Triumph in a Specialized World, by David Epstein. Plenty
        of …": the entry a paragraph opens with, read whole, stands for the first work
        found in it when that is the same work cut short at its main title's colon."""
        first = outcome.citations[0].record.full_title or ""
        if not first or ":" not in block.content:
            return  # no colon for the main title to end at: the paragraph is not read whole
        opening = self.parse(block.content)
        record = opening.record
        whole = record.full_title or ""
        head = whole[:len(whole) - len(first)].rstrip()
        if not (opening.is_citation and opening.confidence >= ELSEWHERE_MIN_CONFIDENCE
                and record.author and whole.endswith(first) and head.endswith(":")
                and len(head.split()) <= _MAIN_TITLE_WORDS and is_title_like(head[:-1])):
            return
        self._place([opening], block)
        outcome.citations[0] = opening

    def _opening_entry(self, outcome: LineOutcome, block: Block) -> None:
        """"10. Of Human Bondage, Somerset Maugham (1915). Walking beside …": the entry a
        review opens with, read whole, stands for the mentions found inside it (the
        author's name is no title)."""
        opening = self.parse(block.content)
        record = opening.record
        title = record.full_title or ""
        if not (opening.is_citation and opening.confidence >= ELSEWHERE_MIN_CONFIDENCE
                and record.author and 0 < len(title.split()) <= _REVIEW_TITLE_WORDS
                and is_title_like(title)) \
                or any(c.record.full_title == title for c in outcome.citations):
            return
        plain = outcome.plain
        at = whole_words_at(plain, title)
        if not (0 <= at <= _OPENING_TITLE_AT or (
                at > 0 and plain[:at].strip().lower().rstrip(":") in MONTHS)):
            return  # (a book group's month before its pick: "October   Smoke Gets in …")
        end = at + len(title)
        for name in record.author:
            end = max(end, plain.find(name.family or "\0", end) + len(name.family or ""))
        if _ENTRY_END_RE.match(plain, end) is None and _REMARK_OPENS_RE.match(plain, end) is None:
            return  # the entry ends with a sentence's end, or a remark in brackets opens,
            # and the review follows
        entry = plain[:end]
        kept = [c for c in outcome.citations
                if whole_words_at(entry, c.record.full_title or "\0") < 0]
        self._place([opening], block)
        outcome.citations[:] = [opening, *kept]

    def _cited_in_heading(self, block: Block, plain: str) -> Parsed | None:
        """A heading that is itself a citation: "### Reider Payne, "War and …" (Bloomsbury,
        2019)", "#### Ursula K. Le Guin *The Dispossessed*" — a sure reading with an author
        (a date, quotes or italics), never a heading that names a kind of section."""
        if section_kind(plain) is not None:
            return None
        ranked = _RANKED_MARKED_RE.match(block.content)
        if ranked is not None and is_title_like(ranked["title"]):
            # "### 54: *Dark Phoenix* | Half star": a countdown's place, the work in italics
            # and its score
            listed = read_listed_title(ranked["title"], vouched=True)
            if listed is not None and listed.is_citation:
                return listed
        parsed = self.parse(block.content)
        record = parsed.record
        if parsed.is_citation and (record.isbn or record.doi) and names_a_work(plain):
            return parsed  # a line that gives an ISBN or a DOI names a work, heading or not
        if not (parsed.is_citation and record.title):
            return None
        title = _title_span(parsed)
        if parsed.form == "title-marks":
            return parsed  # "## 《精益思想》": a title in its marks names a work, heading or not
        if not record.author:
            # "#### [Arrival](https://www.imdb.com/title/tt2543164/) (2016) [8.3]": a linked
            # title with its year
            return parsed if record.issued is not None and title in _link_spans(
                block.content) else None
        if parsed.confidence >= BY_HEADING_MIN_CONFIDENCE and surely_a_person(record.author[0]):
            return parsed  # "### The Optimism Bias by Tali Sharot"
        if parsed.form == "possessive" and known_given_name(record.author[0]) \
                and len(record.title.split()) >= 2 and is_title_like(record.full_title or "") \
                and not _LIST_WORDS.search(record.full_title or ""):
            return parsed  # "## Henry Hoke's Open Throat", not "## Bill Gates's Summer Reads"
        if parsed.confidence >= COMMA_HEADING_MIN_CONFIDENCE and _comma_between(parsed) \
                and known_given_name(record.author[0]) and is_title_like(record.full_title or ""):
            return parsed  # "## Vera Kurian, Never Saw Me Coming", as book clubs head a pick
        if parsed.form in ("pipe", "dash") and title is not None and title[0] <= 1 \
                and known_given_name(record.author[0]) and is_title_like(record.full_title or ""):
            # "Horrorstör :: Grady Hendrix :: Read Aug. 21", a log's heading; "### Catch-22 —
            # Joseph Heller", a card's (not "### Layer 5 — Emotional Language")
            return parsed
        marked = parsed.confidence >= HEADING_MIN_CONFIDENCE or any(
            (a, b) == title for a, b in _emphasis_spans(block.content))
        return parsed if marked else None

    def _identified(self, outcome: LineOutcome, block: Block) -> LineOutcome:
        """An identifier the rules could not place: the sentence around it may name the work.

        "… his recent book, Samurai Revolution (Tuttle, ISBN 978-4805312353)": the
        mention gives title and author, the line its ISBN.
        """
        bare = [c for c in outcome.citations if not c.record.title]
        if len(bare) != 1 or len(outcome.citations) != 1:
            return outcome
        mentions = [m for m in _named_works(block.content) if m.form != IN_SENTENCE]
        if len(mentions) != 1:
            return outcome
        record = mentions[0].record
        record.isbn, record.doi = bare[0].record.isbn, bare[0].record.doi
        self._place(mentions, block)
        outcome.citations[:] = mentions
        return outcome

    def _inline(self, outcome: LineOutcome, block: Block, reason: str | None) -> LineOutcome:
        """Works the sentence names ("… on her book *Title*"), or the line's rejection.

        A paragraph may also carry a whole list run together, as directory sites
        flatten show notes: "… RESOURCES:"Title," by A (X, 2024)."Other," by B …", or
        the works an episode drew on ("… Research: Akst, Daniel. “Title.” …").
        A paragraph may be a title and its review ("Deep Work: With so much happening …").
        """
        head = self._titled_review(block)
        items = _embedded_list(block.content) or cited_run(block.content) \
            or bylined_run(block.content)
        listed = [parsed for parsed in map(self.parse, items)
                  if parsed.is_citation and parsed.confidence >= ELSEWHERE_MIN_CONFIDENCE]
        # a listed item says more than a mention of it, even one that ran into its neighbour
        # ("… From Potter’s Field by Patricia Cornwell Dust by …" → "Patricia Cornwell Dust")
        titles = [t for t in (p.record.full_title for p in listed) if t]
        show = block.episode.show if block.episode else None
        mentions = [m for m in _named_works(block.content)
                    if not any(_same_work(m.record.full_title or "", t) for t in titles)
                    and not (m.form == IN_SENTENCE  # "*The Experiment* is wrapping up"
                             and _own_show(m.record.full_title, show))]
        mentions.extend(listed)
        if head is not None and not any(
                head[1].startswith(m.record.full_title or "\0") for m in mentions):
            # (not a main title its subtitle goes on from: "Norwich: One Tiny Vermont Town's …")
            title = head[0].record.full_title or ""
            mentions = [head[0], *(m for m in mentions
                                if not _same_work(m.record.full_title or "", title))]
        self._place(mentions, block)
        outcome.citations.extend(mentions)
        outcome.reason = None if mentions else reason
        return outcome

    def _titled_review(self, block: Block) -> tuple[Parsed, str] | None:
        """"A Man Called Ove: Grief kept turning up in my reading this year, and A Man Called
        Ove handled it …", "The Nightingale – Stories about …": a short title, a colon or a
        dash, then a review.  A label opens such lines as often ("Update: I finally …"), so
        the review must name the title again; once one has, the page is a list of reviews,
        and a later one need only speak of a work ("… That's why this book landed …")."""
        text = strip_marker(plain_text(block.content))[0]
        # (a dash first: the colon before it is the title's own, "Grokking Algorithms: An
        # illustrated guide … - "…"")
        for pattern in (_DASHED_REVIEW_RE, _COLON_REVIEW_RE):
            m = pattern.match(text)
            if m is not None and 0 < len(m["title"].split()) <= _REVIEW_TITLE_WORDS:
                break
        else:
            return None
        title, review = m["title"].strip(), m["review"]
        if len(review.split()) < _REVIEW_WORDS:
            return None
        # a link's text, or a Markdown reference's ("[Three Men in a Boat] - the funniest
        # book I know"), names something: with a work in the review's first sentence, a work
        linked = strip_marker(block.content)[0].lstrip().startswith("[")
        if title.startswith("[") and title.endswith("]"):
            title = title[1:-1]
        if title.split()[0] in _PRONOUNS or not is_title_like(title):
            return None  # "I listened to As You Wish: …" is a sentence
        main = title.partition(":")[0].strip()  # "Make It Stick" of "Make It Stick: The …"
        named_again = whole_words_at(review, main) >= 0
        if not named_again and not (
                self.titled_reviews and WORK_WORD.search(review) is not None) and not (
                linked and speaks_of_work(review)):
            return None
        if title.split()[0] in GIVEN_NAMES or (" " not in title and review.startswith(title)):
            return None  # a speaker's turn: "Jane: My wife finds …", "Jamelle: Jamelle made …"
        parsed = read_listed_title(title, vouched=named_again)
        if parsed is None or not parsed.is_citation:
            return None
        self.titled_reviews += 1
        return parsed, review

    def mentioned(self, block: Block, reason: str, heading: bool = False,
                  notes: Callable[[], str] | None = None) -> LineOutcome:
        """The works a line outside the notes names (a feed item's summary, or with
        `heading` its title, whose `notes` may name its work again), else `reason`."""
        outcome = LineOutcome(self.source, block.line, block.text, section=self.section_name)
        if heading:
            # (read after its number: "Episode 144: David James Duncan - Sun House")
            start = episode_label_end(block.content)
            cited = self.parse(block.content[start:])
            if cited.is_citation and cited.form in _CITED_HEADING_FORMS and cited.record.author \
                    and (cited.record.issued is not None or (
                        cited.form == "quoted" and all(n.given for n in cited.record.author)
                        and _QUOTED_THEN_BRACKET_RE.search(block.content[start:]))):
                # 'David Giuliano, "The Upending of Wendall Forbes" (Latitude 46, 2025)': an
                # interview show titles its episode with the book's whole citation
                mentions = [cited]
            else:
                mentions = find_heading_mentions(block.content)
            show = block.episode.show if block.episode else None
            mentions = [m for m in mentions if not _OWN_EPISODE.match(m.record.full_title or "")
                        and not _own_show(m.record.full_title, show)]
            if not mentions and notes is not None:
                # (the notes' whole work first: "S8E11 Podcast: Woodrow Wilson: The Light
                # Withdrawn" is one title, not a guest's)
                mentions = find_labelled_title(block.content, notes) \
                    or named_again(cited, notes) \
                    or find_titled_with_guest(block.content, notes)
            self._place(mentions, block)
            outcome.citations.extend(mentions)
            outcome.reason = None if mentions else reason
            return outcome
        return self._mentions(outcome, block, reason)

    def _remember_or_name_again(self, outcome: LineOutcome, block: Block) -> None:
        """A title the rules read on a line of these notes names a work when a later
        sentence uses it: "Bel Canto came out twenty-three years ago" after "Bel Canto by
        Ann Patchett".  Only a work read with its maker is kept, and only a title of two
        words or more that names nobody ("Steven Spielberg", a life of him).  A work prose
        named with its maker is kept too, for a later line that is its title, whole."""
        if outcome.citations:
            seen = self.titles_seen
            for citation in outcome.citations:
                record = citation.record
                title = record.title
                if citation.method == "inline" and record.author and title:
                    whole = record.full_title or ""  # (found again whole, as one title)
                    _keep_latest(self._mentioned_titles, whole.lower(),
                                 Record(type=record.type, title=whole, author=record.author))
                if citation.method != "rules" or not record.author or not title \
                        or " " not in title:
                    continue
                if title in seen or not known_person(title):
                    _keep_latest(seen, title, record)
        elif self._mentioned_titles and len(block.content) <= _WHOLE_TITLE_CHARS and (
                listed := self._mentioned_titles.get(
                    plain_text(block.content).strip(" .").lower())) is not None:
            # "My previous interviews with Megan:" over "Dare Me", a title the paragraph
            # above named with its maker: a line that is that title, whole
            self.name_again(outcome, block, [listed])
        elif self.titles_seen:
            words = block.content.split()
            if len(words) >= _SENTENCE_WORDS:
                # (only titles whose first word the line holds are looked for)
                held = set(words)
                works = [r for t, r in self.titles_seen.items() if t[:t.find(" ")] in held]
                if works:
                    self.name_again(outcome, block, works)

    def name_again(self, outcome: LineOutcome, block: Block, works: list[Record]) -> None:
        """Give `outcome` the works named earlier (by the episode's title, or on a line
        above) that its line names again, unless it already holds them."""
        had = [(c.record.full_title or "").lower() for c in outcome.citations]
        # ("Dear Friend" is held in "Dear Friend, from My Life, …")
        fresh = [w for w in works if not any(_same_work((w.full_title or "").lower(), t)
                                             for t in had)]
        for citation, title in zip(outcome.citations, had, strict=True):
            if all(not n.given and not n.literal for n in citation.record.author):
                # no maker, or a surname alone: "In his latest book, Battling the Big Lie,
                _name_makers(citation, block.content, [  # Pfeiffer unpacks …"
                    w for w in works if w.author and _same_work((w.full_title or "").lower(),
                                                                title)])
        mentions = find_named_again(block.content, fresh) if fresh else []
        if mentions:
            self._place(mentions, block)
            outcome.citations.extend(mentions)
            outcome.reason = None

    def _mentions(self, outcome: LineOutcome, block: Block, reason: str, *,
                  authored: bool = False) -> LineOutcome:
        """Works the sentences name, by `find_mentions` alone (the parser is not asked);
        with `authored`, only works named with their authors' full names."""
        mentions = _named_works(block.content)
        if authored:
            mentions = [m for m in mentions if m.record.author and all(
                map(known_given_name, m.record.author))]
        self._place(mentions, block)
        outcome.citations.extend(mentions)
        outcome.reason = None if mentions else reason
        return outcome

    def _harvest(self, plain: str, line: int) -> None:
        """Learn about the episode from a metadata line; it starts at the first such line."""
        if harvest(plain, self.episode) and self.episode.line is None:
            self.episode.line = line

    def preview(self, items: list[Block]) -> None:
        """Whether most items of a list read as works, even weakly ("- *Title*", "[Title]
        (url)") or only to the labeller: then it is a reading list, under whatever heading."""
        self.labelled = {}
        readings = [self._looked_over(self.parse, item.content) for item in items]
        works = sum(1 for parsed in readings if parsed is not None and _reads_as_work(parsed))
        if not _mostly(works, len(items)):  # the rules alone do not say; the model may
            works += sum(1 for item, parsed in zip(items, readings, strict=True)
                         if parsed is not None and parsed.reason == NOT_A_CITATION
                         and self._looked_over(self._labelled, item.content) is not None)
        self.list_previewed = _mostly(works, len(items))

    def preview_run(self, lines: list[Block]) -> None:
        """Unmarked lines one after another ("Trust by Hernan Diaz" under a heading the
        notes run into a paragraph) are a list of works when most of them name a work and
        its maker, to the rules or to the model: each is then read as a reading list's.
        The model is asked only while the rules leave the answer open."""
        self.labelled = {}
        readings = [self._looked_over(self.parse, line.content) for line in lines]
        works = sum(1 for parsed in readings if _names_work_and_maker(parsed))
        unread = [line.content for line, parsed in zip(lines, readings, strict=True)
                  if parsed is not None and parsed.reason == NOT_A_CITATION]
        left = len(unread)
        for text in unread:
            if _mostly(works, len(lines)) or not _mostly(works + left, len(lines)):
                break
            works += _names_work_and_maker(self._looked_over(self._labelled, text))
            left -= 1
        self.run_lines = {b.line for b in lines} if _mostly(works, len(lines)) else set()
        # under a heading that names works, a run of lines each of which reads as a title
        # alone is the list ("Books mentioned:" / "Sapiens" / "Atomic Habits")
        # (the heading may open the run itself, read only when its turn comes)
        headed = section_kind(plain_text(lines[0].content)) == "reading"
        titles = lines[1:] if headed else lines
        # (or under a plain heading of a page that has listed works all along: "JACK
        # REACHER" over the series' titles, after shelves of "Title BY Author" lines)
        page = not headed and self.section == "other" and self._works_page()
        self.title_run = (headed or self.section == "reading" or page) and len(titles) >= 2 \
            and _mostly(sum(read_listed_title(line.content) is not None for line in titles),
                        len(titles))
        self.page_titles = {b.line for b in titles} if page and self.title_run else set()

    @staticmethod
    def _looked_over(read: Callable[[str], Parsed | None], text: str) -> Parsed | None:
        """A line's reading ahead of its turn; a fault in it counts as no work here, and is
        the line's report entry when its turn comes."""
        try:
            return read(text)
        except Exception:  # the line's own outcome reports it
            return None

    def _labelled(self, text: str) -> Parsed | None:
        if text not in self.labelled:
            self.labelled[text] = read_with_labeller(text)
        return self.labelled[text]

    def _works_page(self) -> bool:
        return not self.in_feed and _mostly(self.doc_works, self.doc_entries,
                                            at_least=_WORKS_PAGE, share=_WORKS_PAGE_SHARE)

    def _bold_marks_titles(self, block: Block) -> bool:
        """A list that sets its works' titles in bold ("**Look Back** by Tatsuki Fujimoto"):
        an item in bold alone is one more title ("**Tokidoki**"), not a label."""
        return block.kind == "item" and self.list_bold_titles >= _BOLD_TITLES \
            and self._list_of_works()

    def _list_of_works(self) -> bool:
        """Most items of the list read as works when looked over together, or most so far
        named works: the item is read as a reading list's, whatever the heading above it
        says ("## Deep learning")."""
        return self.list_previewed or _mostly(self.list_cited, self.list_items)

    def _is_heading(self, block: Block, plain: str) -> bool:
        """A paragraph that is really a heading ("Reading list", "<p><b>Sources</b></p>")."""
        if block.kind != "paragraph" or len(plain) > 80:
            return False
        if viewing_heading(plain) and (link := _sole_link(block.content)) is not None \
                and not (link[0].strip() or link[2].strip()):
            return False  # a link to the site's page of films: "[Movies](movies.html)<br>"
        if section_kind(plain) is not None:
            return True
        return looks_like_heading(plain) and not _SEPARATORS.search(plain)

    def _enter_section(self, plain: str, level: int) -> None:
        kind = section_kind(plain)
        name = heading_name(plain)
        nested = level == 0 or level > self.section_level
        if kind is None and self.section == "reading" and nested:
            # a sub-heading of a reading list ("Fiction", "On Lenin") keeps it open; one that
            # names a person ("### Ursula K. Le Guin") gives the bare titles under it their author
            self.heading_author = _person_heading(name)
            return
        if kind is None and self.section == "reading" and level == self.section_level:
            # a sibling of a reading list's heading that names no other kind of section
            # ("== Printed Books ==", then "== Started / Not Finished ==") goes on listing
            kind = "reading"
        self.heading_author = None
        self.section = kind or "other"
        self.section_name = name
        self.section_level = level
        self.listed_kind = _listed_kind(name) if self.section in ("reading", "other") else None

    def place(self, citation: Parsed, block: Block) -> None:
        """Give a record read after its block's turn (a feed's title, by its shape) its origin."""
        self._place([citation], block)

    def place_line(self, citation: Parsed, outcome: LineOutcome) -> None:
        """Give a record read after its line's turn (`settle_repeated_titles`) its origin."""
        self._place([citation], Block(outcome.line, outcome.text, outcome.text))

    def _place(self, citations: list[Parsed], block: Block) -> None:
        """Each record's origin, the line and the episode it sits in, and the chance of each
        field (counted after the list's order and the line's context had their say)."""
        episode = block.episode
        for citation in citations:
            calibrate(citation)
            citation.record.origin = Origin(
                source=self.source, line=block.line, text=block.text,
                episode_title=episode.title if episode else None,
                episode_date=episode.date if episode else None,
                episode_url=episode.url if episode else None,
                found_by=None if citation.method == "rules" else citation.method,
                field_confidence=dict(citation.field_confidence),
            )

    def _accept(self, outcome: LineOutcome, block: Block, text: str,
                reading: bool, model: bool | None = None) -> LineOutcome:
        """Parse `text` (several citations when ";" separates them) and keep what passes.

        `model` (by default `reading`): the labeller may read what no rule does.  Not on
        an unmarked run of lines: the rules' bar falls there, but a line the rules cannot
        read at all is as often a date and a caption ("August 2017: Author visit …")."""
        bar = READING_MIN_CONFIDENCE if reading else ELSEWHERE_MIN_CONFIDENCE
        scheduled = self._scheduled(text)
        if scheduled:
            self._place(scheduled, block)
            outcome.citations.extend(scheduled)
            return outcome
        items = _split_items(text)
        parsed = [self.parse(item) for item in items]
        accepted = [p for p in parsed if p.is_citation and p.confidence >= bar]
        sites = [p for p in accepted if (self.in_feed and _link_elsewhere(p)) or _home_link(p)
                 or _person_page(p) or _someones_site(p)
                 or (self.section != "reading" and (_named_site(p, text) or _wiki_topic(p)))]
        products = [p for p in accepted if _PRODUCT_MARK.search(p.record.full_title or "")]
        episodes = [p for p in accepted if _OWN_EPISODE.match(p.record.full_title or "")]
        accepted = [p for p in accepted
                    if p not in sites and p not in products and p not in episodes]
        if len(items) > 1 and len(accepted) < 2:
            parsed = [self.parse(text)]  # one citation with a ";" in it, or none at all
            accepted = [p for p in parsed if p.is_citation and p.confidence >= bar]
        if len(accepted) == 1 and len(items) == 1 and " by " in (accepted[0].record.title or ""):
            # "Secret Path by Gord Downie and Birdie by Tracey Lindberg": two entries run on
            chained = [self.parse(item) for item in split_chain(text)]
            if len(chained) > 1 and all(p.is_citation and p.confidence >= bar and p.record.author
                                        for p in chained):
                accepted = chained
        if len(items) == 1 and _DASHED_RUN - 1 <= text.count(" - ") < _RUN_ITEMS \
                and text.count(", ") >= _DASHED_RUN - 1 and (
                not accepted or (len(accepted) == 1
                                 and " - " in (accepted[0].record.full_title or ""))):
            # "Isaac Asimov, I, Robot - Joe Haldeman, The Forever War - …": a list's items
            # run into one line with dashes between them, each naming its author
            dashed = [self.parse(item) for item in text.split(" - ")]
            read = [p for p in dashed if p.is_citation and p.confidence >= bar
                    and p.record.author]
            if len(read) >= max(_DASHED_RUN, len(dashed) - 1):
                accepted = read
        accepted = [self.order.settle(p, self.parse) for p in accepted]
        if len(accepted) == 1 and len(items) == 1:
            accepted.extend(self._part_named(text, accepted[0], bar))
            accepted[:1] = _capital_pair(accepted[0])
            accepted[:1] = _both_by(accepted[0])
            accepted[:1] = _marked_apart(accepted[0])
            if reading:
                accepted.extend(_marked_after(text, accepted))
        if not accepted and block.kind == "item" and len(items) == 1 \
                and parsed[0].reason == NOT_A_CITATION and PAPER_URL_RE.search(text):
            paper = _paper_item(text)  # "- [GumTree](https://hal.science/…/document) 2014"
            accepted = [paper] if paper is not None else []
        if not accepted and block.kind in ("item", "paragraph") and len(items) == 1 \
                and len(text.split()) <= _LIST_LINE_WORDS:
            retried = self.order.retry(text, self.parse, in_item=block.kind == "item")
            accepted = [retried] if retried is not None else []
        if not accepted and (reading if model is None else model) \
                and parsed[0].reason in (NOT_A_CITATION, LONE_WORD_AUTHOR) \
                and (not _BOLD_ONLY.fullmatch(text) or self._bold_marks_titles(block)) \
                and not _log_field(text):
            # no rule read it; the model may (it read the list's items already, if previewed)
            linked = _linked_title(text) if self.section == "reading" \
                and block.kind == "item" and len(items) == 1 else None
            labelled = linked or (self.labelled[text] if text in self.labelled
                                  else read_with_labeller(text))
            if labelled is not None:  # it keeps only what it is sure of
                accepted = [labelled]
                self.order.note(labelled)
            elif len(items) == 1 and (
                    (self.section == "reading" and (block.kind == "item" or self.after_authored
                                                    or self.title_run))
                    or block.line in self.page_titles
                    or (block.kind == "item" and self.after_cited and self._list_of_works())):
                # under a heading that names works a bare title is one ("## Books",
                # "- Deep work"), as a list item or after an entry with its author, and so
                # is an item of a list of works straight after one that named a work;
                # elsewhere a line like it is as often a label
                listed = read_listed_title(text)
                accepted = [listed] if listed is not None else []
                if listed is not None:
                    self.order.note(listed)
        if not accepted and block.line in self.run_lines and self.after_cited \
                and len(items) == 1 and parsed[0].reason == NOT_A_CITATION \
                and not (text.isupper() and " " not in text.strip()):
            # an unmarked run read as a list of works: a bare title after an entry is one
            # ("The Girl With the Dragon Tattoo (my review is here)" amid "Title by Author");
            # one word in capitals closing it is the next section's heading ("NOTES")
            listed = _title_case_listing(text)
            accepted = [listed] if listed is not None else []
        if len(accepted) == 1 and len(items) == 1:
            accepted = _joined_pair(accepted[0], text)
        shelf, person = _shelf(text) if accepted and block.nesting \
            and not _MARKED.search(text) else (False, None)
        if shelf and not any(w.record.author or w.record.issued for w in accepted):
            # "- Economics" over "  - [Good Economics for Hard Times](…) -- …": an item with
            # items under it that names a genre or a person heads them ("- The Mahabharata"
            # over its translations is a work); a person ("+ Hofstadter, Douglas") is the
            # author of the bare titles under it
            outcome.reason = NESTING_ITEM
            self.nest_author = (person, indent(block.text)) if person else None
            return outcome
        for work in accepted:
            _as_listed(work, self.listed_kind)
            if self.nest_author and not work.record.author and work.record.type == "book":
                work.record.author = [n.copy() for n in self.nest_author[0]]
            elif self.heading_author and not work.record.author and work.record.type == "book":
                work.record.author = [n.copy() for n in self.heading_author]
            elif self.entry_authors and not work.record.author and _SAME_AUTHORS_RE.match(text):
                # "———. “First Steps Toward a History of Reading.” …": a bibliography's dash
                # stands for the authors of the entry above
                work.record.author = [n.copy() for n in self.entry_authors]
        self._place(accepted, block)
        outcome.citations.extend(accepted)
        if not accepted:
            outcome.reason = SITE_LINK if sites else PRODUCT if products \
                else OWN_EPISODE if episodes else _doubt(parsed[0], bar, reading)
        return outcome


    def _part_named(self, text: str, book: Parsed, bar: float) -> list[Parsed]:
        """"…, The Cambridge Companion to Virtue Ethics (Cambridge University Press),
        especially ‘Virtue Ethics in the Twentieth Century’ by Timothy Chappell": the chapter
        a reading list singles out of the book it cites is a work of its own, in that book."""
        part = _PART_RE.search(text) if "especially" in text else None
        title = book.record.full_title
        if part is None or not title:
            return []
        who = _BRACKETED.sub("", part["who"] or "").strip()
        read = self.parse(f"“{part['t']}”{f' by {who},' if who else ''} in {title}")
        if not (read.is_citation and read.confidence >= bar):
            return []
        read.record.type = "chapter"
        return [read]

    def _scheduled(self, text: str) -> list[Parsed]:
        """The works a syllabus line assigns ("Monday, 30 Jan: _Title_ to end. Presentation:
        Du Bois, “Essay”"): each marked work, with the surname before its quotes."""
        works = scheduled_works(text)
        if works is None:
            return []
        found = []
        for work in works:
            parsed = self.parse(work.text)
            if not parsed.is_citation and work.text.startswith("*"):
                # the schedule's italics vouch for a title the italic reader finds too
                # odd alone ("*U. S. A.*", "*Loving in the War Years: Lo que nunca …*")
                parsed = self.parse(f"“{work.text.strip('*')}”")
            if not (parsed.is_citation and parsed.record.title):
                continue
            if work.author:
                parsed.record.author = [Name(family=work.author)]
            found.append(parsed)
        return found


# A countdown's heading: a place, one title in italics, a score after a bar or a dash.
_RANKED_MARKED_RE = re.compile(
    r"\s*(?:#{1,6}\s*)?(?:#?\d{1,3}[.:)]|No\.\s*\d{1,3}[.:]?)\s+(\*\*?|_)(?P<title>[^*_]+)\1"
    r"\s*(?:[|–—-]\s*(?:[★☆½⭐]+|(?:half|one|two|three|four|five)\s+stars?|\d(?:\.\d)?\s*/\s*"
    r"(?:5|10)|\d(?:\.\d)?\s+stars?)[\s★☆½⭐]*)?$", re.IGNORECASE)
# Where one marked title closes and the next opens: "*, *", "_ or _", "</em> and <em>".
_MARK_JOINT_RE = re.compile(
    r"(?:\*{1,2}|_{1,2}|</(?:em|i|cite)>)(?P<link>\]\([^()\s]{1,500}\))?[ \t]*"
    r"(?:[,;][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    r"(?(link)\[)(?:\*{1,2}|_{1,2}|<(?:em|i|cite)>)")
_MARK_CHARS_RE = re.compile(r"[*_<>]")
# Two titles in capitals joined by a lower-case "and", as a show's episode heading names a
# guest's books ("Dean Koontz, QUICKSILVER and THE BIG DARK SKY"): a title's own "and"
# would be in capitals too ("BOOP AND EVE'S ROADTRIP").
_CAPITAL_PAIR_RE = re.compile(r"([^a-z]*[A-Z][^a-z]*) and ([^a-z]*[A-Z][^a-z]*)")
_JOINED_PAIR_RE = re.compile(r"([^+/]+?)(?: \+ |/)([^+/]+)")
_BOTH_RE = re.compile(r",?\s+both\Z")
_AND_CAPITAL_RE = re.compile(r"\s+(?:and|&)\s+(?=[A-Z0-9])")


def _on_title_lines(lines: list[LineOutcome]) -> list[LineOutcome]:
    """The outcomes of a block wrapped over `lines`, each work on the line where its title
    starts ("Fielding, R., …, and T. Berners-Lee, \"Hypertext" over "Transfer Protocol …"
    is the first line's; "[RFC2616]" alone over it is not): the other lines go on from it."""
    main = lines[0]
    rest = " ".join(outcome.text for outcome in lines[1:])
    # an HTML paragraph's first line quotes the whole paragraph: its own words come first
    head = main.text[:-len(rest)] if main.text.endswith(rest) else main.text
    words = [_WORD_RE.findall(text.casefold()) for text in [head, *(o.text for o in lines[1:])]]
    at: dict[int, list[Parsed]] = {}
    for citation in main.citations:
        title = _WORD_RE.findall((citation.record.title or "").casefold())[:2]
        k = next((k for k, ws in enumerate(words) if title and any(
            w == title[0] and (len(title) == 1 or i + 1 == len(ws) or ws[i + 1] == title[1])
            for i, w in enumerate(ws))), 0)
        at.setdefault(k, []).append(citation)
    if list(at) == [0]:
        return lines
    first = min(at)
    out = [LineOutcome(o.source, o.line, o.text, section=main.section) for o in lines]
    for k, outcome in enumerate(out):
        outcome.citations = at.get(k, [])
        if k < first:
            # ("Peter Brannen, <em>" over "The Ends of the World</em> (Ecco, 2017)"): a line
            # goes on from an earlier one only, so the names before the title get a reason
            outcome.reason = f"{ENTRY_OPENING} {out[first].line}"
        elif k not in at:
            outcome.continues = out[max(j for j in at if j < k)]
        for citation in outcome.citations:
            if (origin := citation.record.origin) is not None:
                origin.line, origin.text = outcome.line, outcome.text
    return out


_WORD_RE = re.compile(r"\w+")


def _capital_pair(work: Parsed) -> list[Parsed]:
    """The two works a title of two in capitals names, each with the line's people."""
    title = work.record.title
    pair = _CAPITAL_PAIR_RE.fullmatch(title) if title and " and " in title else None
    if pair is None or work.record.subtitle:
        return [work]
    works = []
    for group in (1, 2):
        part = _part_titled(work, pair.start(group), pair[group].strip())
        part.record.title = pair[group].strip()
        works.append(part)
    return works


def _both_by(work: Parsed) -> list[Parsed]:
    """"A Psalm for the Wild-Built and The Galaxy, and the Ground Within, both by Becky
    Chambers": the two works "both" says the title holds, parted at the "and" before a
    capital (a title's own "and" is in lower case before a small word)."""
    title = work.record.title or ""
    both = _BOTH_RE.search(title) if work.record.author else None
    if both is None or work.record.subtitle:
        return [work]
    head = title[:both.start()]
    joints = list(_AND_CAPITAL_RE.finditer(head))
    if len(joints) != 1:
        return [work]
    works = []
    for at, part in ((0, head[:joints[0].start()]), (joints[0].end(), head[joints[0].end():])):
        copy = _part_titled(work, at, part.strip())
        copy.record.title = part.strip()
        works.append(copy)
    return works


def _joined_pair(work: Parsed, text: str) -> list[Parsed]:
    """"A Game of Thrones + A Clash of Kings", "The Time Machine/The Invisible Man": two
    works read together, each of two words or more ("Either/Or" is one)."""
    title = work.record.full_title
    if not title or work.record.author or work.record.issued \
            or not ("+" in text or "/" in text):
        return [work]  # (most lines: no markup is undone for them)
    plain = plain_text(text).strip()
    pair = _JOINED_PAIR_RE.fullmatch(plain)
    if pair is None or title not in (pair[1], pair[2], plain) or pair[1] == pair[2]:
        return [work]  # ("The Time Machine/The Time Machine": a book and its film)
    works = [listed for side in (pair[1], pair[2])
             if len(side.split()) >= 2 and is_title_like(side)
             and (listed := read_listed_title(side)) is not None]
    return works if len(works) == 2 else [work]


def _part_titled(work: Parsed, at: int, title: str) -> Parsed:
    """A copy of `work` for one of the works its title names, `title`, which starts `at`
    characters into the title's span (the caller sets the record's title its own way)."""
    part = work.copy()
    part.spans = [span if span.field != "title" else
                  Span("title", span.start + at, span.start + at + len(title))
                  for span in work.spans]
    return part


def _marked_apart(work: Parsed) -> list[Parsed]:
    """The works a title of several marked apart names, each with the line's people:
    "Sophocles: *Oedipus Rex*, *Antigone*, *Electra*", "Husserl, _Logical Investigations_
    or _Cartesian Meditations_" (the marks close and open again between the titles)."""
    span = next((sp for sp in work.spans if sp.field == "title"), None)
    if span is None or (work.record.subtitle and ":" not in work.text[span.start:span.end]):
        return [work]
    stretch = work.text[span.start:span.end]
    joints = list(_MARK_JOINT_RE.finditer(stretch))
    if not joints:
        return [work]
    bounds = [0, *(x for j in joints for x in j.span()), len(stretch)]
    works = []
    last = _MARK_CHARS_RE.search(stretch, bounds[-2])
    if last is not None:  # "*Iliad*, *Odyssey* (Fagles or Lattimore)": a remark after
        bounds[-1] = last.start()
    # each title its own link: "[_The Human Condition_](…) and [_The Origins of …_](…)"
    links = _link_targets(work.text)
    urls = [next((url for x, y, url in links if x <= span.start + a < y), None)
            for a in bounds[::2]]
    for (a, b), url in zip(zip(bounds[::2], bounds[1::2], strict=True), urls, strict=True):
        piece = stretch[a:b].strip()
        if not piece or _MARK_CHARS_RE.search(piece) or not is_title_like(piece):
            return [work]
        part = _part_titled(work, a + len(stretch[a:b]) - len(stretch[a:b].lstrip()), piece)
        part.record.set_full_title(piece)
        if any(urls):
            part.record.url = url
        works.append(part)
    return works


def _marked_after(text: str, works: list[Parsed]) -> list[Parsed]:
    """"*Critical Theory Today* by Lois Tyson — tries out every approach on *The Great
    Gatsby*": in a reading list's entry, a title set in italics in the remark after the
    entry is a work of its own, with no maker the line would give it."""
    if any(work.text != text or not work.spans for work in works):
        return []
    end = max(span.end for work in works for span in work.spans)
    found = []
    for m in _ITALICS_RE.finditer(text, end):
        piece = next(g for g in m.groups() if g is not None).strip()
        if not (opens_title(piece) and is_title_like(piece)) or sum(
                word.isalpha() and word.islower() for word in text[end:m.start()].split()) < 2:
            continue  # a remark is words; ". Finkelstein and McCleery, *Reader*" is the book
        listed = read_listed_title(piece)
        if listed is not None and listed.record.full_title == piece:
            found.append(listed)
    return found


def _linked_title(text: str) -> Parsed | None:
    """"[The Mythical Man-Month](…) is a classic", "Here's [Code Complete](…) in PDF format":
    an item of a reading list whose one link is the work, a few words of remark around it."""
    link = _sole_link(text)
    if link is None:
        return None
    before, label, after, url = link
    rest = f"{before} {after}"
    if len(rest.split()) > _LINK_REMARK_WORDS or " by " in f" {rest} ":
        return None
    listed = read_listed_title(label) if is_title_like(label) else None
    if listed is None or not listed.is_citation:
        return None  # (a person's page: "[David Sedaris](…)")
    listed.record.set("URL", url)
    return listed


def _sole_link(text: str) -> tuple[str, str, str, str] | None:
    """The words before a line's one link, the link's words, the words after it and its
    address; None when the line holds no link or more than one."""
    cleaned = clean(text)
    if len(cleaned.links) != 1:
        return None
    a, b, url = cleaned.links[0]
    return cleaned.text[:a], cleaned.text[a:b], cleaned.text[b:], url


def _paper_item(text: str) -> Parsed | None:
    """A list item that opens with its one link, to a paper (a PDF, a preprint server, a
    publisher of papers), its title the link's words, then at most its year and a tag or
    two: "- [Practical Program Repair via Bytecode Mutation](https://…/issta2019a.pdf)
    2019", as lists of papers keep them, in sentence case as often as not."""
    link = _sole_link(text)
    if link is None:
        return None
    before, label, rest, url = link
    label = label.strip()
    if not PAPER_URL_RE.search(url) or before.strip() \
            or len(rest.split()) > _PAPER_REMARK_WORDS or not opens_title(label) \
            or label.lower() in _LINK_WORDS or len(label.split()) > _PAPER_TITLE_WORDS:
        return None
    paper = read_listed_title(label, vouched=True)
    if paper is None or not paper.is_citation:
        return None
    paper.record.type = "article"
    paper.record.set("URL", url)
    year = _PAPER_YEAR.search(rest)
    if year is not None:
        paper.record.issued = Date.from_year(int(year.group()))
    return paper


def _log_field(text: str) -> bool:
    m = _LOG_FIELD_RE.match(plain_text(text).strip())
    return m is not None and m["label"].lower() in _LOG_FIELDS


def _shelf(text: str) -> tuple[bool, list[Name] | None]:
    """Whether an item names what a list files works under, a genre or subject ("Science --
    Nonfiction", "History & Politics") or a person, and the person: as a name ("Ursula K. Le
    Guin") or in sorting order with a common given name ("Hofstadter, Douglas")."""
    plain = plain_text(text).strip(" :")
    if known_person(plain):
        return True, parse_name_list(plain)
    inverted = _INVERTED_NAME_RE.fullmatch(plain)
    person = parse_inverted_person(inverted["family"], inverted["given"]) if inverted else None
    if person is not None and known_given_name(person):
        # (split as every inverted name is; not by the dash reader's "Greene, Robert" test,
        # whose surname must not be a given name: a queue files "Love is the Cure" under
        # "John, Elton")
        return True, [person]
    parts = [p for p in _SHELF_PARTS.split(plain.lower()) if p]
    return bool(parts) and all(p in GENRES for p in parts), None


_INVERTED_NAME_RE = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?),[ \t]+(?P<given>[A-ZÀ-Þ][\w'’-]+"
    r"(?:[ \t][A-Z]\.)?)")
_SHELF_PARTS = re.compile(r"\s*(?:--|[–—/&,]|\band\b)\s*")


def _numbered_run(text: str) -> list[str] | None:
    """The items of a numbered list run into one line ("1. Blood, Marriage, Wine & Glitter
    by S. Bear Bergman 2. Invisible Women by Caroline Criado Pérez 3. …", as a page's
    list comes out as text), three or more, numbered on from 1 (whose mark a list item
    has lost already, or after a lead-in); else None."""
    first = _FIRST_NUMBER.search(text)  # (after a lead-in: "Also check out : 1. …")
    opening = first.end() if first else 0
    at, n = opening, 2
    cuts: list[tuple[int, int]] = []
    while len(cuts) < _RUN_ITEMS and (mark := _number_mark(n).search(text, at)) is not None:
        cuts.append((mark.start(), mark.end()))
        at, n = mark.end(), n + 1
    if not _NUMBERED_RUN - 1 <= len(cuts) < _RUN_ITEMS:
        return None
    starts = [opening, *(b for _, b in cuts)]
    ends = [a for a, _ in cuts] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]


@functools.lru_cache(maxsize=64)
def _number_mark(n: int) -> re.Pattern[str]:
    """" 2. ", " 3) ": the mark of the list's `n`th item."""
    return re.compile(rf"\s{n}[.)]\s+")


_FIRST_NUMBER = re.compile(r"(?:^|(?<=[\s:]))1[.)]\s+")
_NUMBERED_RUN = 3  # items, at least, of a numbered list run into one line
_DASHED_RUN = 3  # and of a list run into one line with dashes between its items
_RUN_ITEMS = 60  # items, at most, of a list run into one line: each is read alone


def heading_title(content: str) -> Parsed | None:
    """A heading among headings of works read as a bare title of its own ("#### How Will
    You Measure Your Life"); not a guest's quoted words ("## Maureen Dowd: ‘This is Pure
    Madness’").  A title set in italics may read like a name ("*Les Misérables*")."""
    if _EMPHASISED_WHOLE.fullmatch(content.strip()):
        listed = read_listed_title(content, vouched=True)
        return listed if listed is not None and is_title_like(listed.record.title or "") \
            else None
    return None if parse_name_list(plain_text(content).partition(":")[0]) \
        else _title_case_listing(content)


def _own_show(title: str | None, show: str | None) -> bool:
    """Whether a title is the feed's own show, by its whole name or the name before its
    description ("From the Spirit World (An Avatar: The Last Airbender … Podcast)")."""
    if not title or not show:
        return False
    title = title.casefold()
    return title == show.casefold() or title == _SHOW_DESCRIBED.split(show, 1)[0].casefold()


_SHOW_DESCRIBED = re.compile(r"\s+\(|:\s|\s[-–—|]\s")


def heading_dated(text: str, parse: Parser) -> Parsed | None:
    """A heading that is a title and its year alone ("Spartacus(1960)"), read as a work
    where its siblings are the same."""
    parsed = parse(text)
    return parsed if parsed.is_citation and parsed.form == "title" and parsed.record.issued \
        and is_title_like(parsed.record.full_title or "") else None


def _title_case_listing(text: str) -> Parsed | None:
    """A bare title where the lines around vouch for it, in title case: a sentence in
    sentence case ("First up was a biography of …") is no title."""
    listed = read_listed_title(text)
    return listed if listed is not None and is_title_like(listed.record.title or "") else None


def _named_works(content: str) -> list[Parsed]:
    """The works the sentences name, each with the imprint a bracket after it gives."""
    mentions = find_mentions(content)
    add_imprints(mentions)
    return mentions


def _same_work(mention: str, listed: str) -> bool:
    """A mention that holds a listed title, or is held in one."""
    return listed in mention or mention in listed


def _embedded_list(content: str) -> list[str]:
    """The items after a reading label inside a paragraph.

    Items are cut where a flattened list joined them with no space: ".\"Next",
    ").Next", and at "; "; a run of "Title by A Title by B" is cut between its items.
    """
    label = _EMBEDDED_LABEL.search(content) if ":" in content else None  # a label ends in ":"
    if label is None:
        return _bulleted_run(content)
    return [item for part in _EMBEDDED_LABEL.split(content[label.start():])
            for item in _joined_items(part)]


def _joined_items(text: str) -> list[str]:
    """Items a flattened list joined with no space (".\"Next", ").Next") or with "; "; a
    run of "Title by A Title by B" is cut between its items too."""
    return [item for piece in _JOINED_ITEMS.split(text) if piece.strip()
            for item in split_chain(piece.strip())]


def _bulleted_run(content: str) -> list[str]:
    """The items of a list flattened into a paragraph with its bullets left in:
    "… Bim’s book choices are: ** I Know Why the Caged Bird Sings by Maya Angelou **
    Pride and Prejudice by Jane Austen ** Circe by Madeleine Miller Season Four is …".

    The last item runs on into the paragraph; it is kept only when a sentence end
    (or a bracket or a dash) closes it within a name's length after its "by".
    """
    pieces = _INLINE_BULLET.split(content)
    if len(pieces) < 3:
        return []
    *items, last = (piece.strip() for piece in pieces)
    end = _ITEM_END.search(last)
    last = last[:end.start()] if end else last
    by = last.find(" by ")
    if by >= 0 and len(last[by + 4:].split()) <= _LONGEST_AUTHOR:
        items.append(last)
    return [item for item in items if item]


def _mostly(works: int, items: int, *, at_least: int = _LIST_OF_WORKS,
            share: float = _LIST_OF_WORKS_SHARE) -> bool:
    return works >= at_least and works >= share * items


def _reads_as_work(parsed: Parsed) -> bool:
    return parsed.is_citation and parsed.confidence >= READING_MIN_CONFIDENCE


def _names_work_and_maker(parsed: Parsed | None) -> bool:
    return parsed is not None and _reads_as_work(parsed) and bool(
        parsed.record.author or parsed.record.director)


_PAPER_REMARK_WORDS = 3  # after the link: "2014 READ-ALGORITHM"
_PAPER_TITLE_WORDS = 30
_PAPER_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
# A link's words that name the file, not the paper: "[PDF](…)", "[slides](…)".
_LINK_WORDS = frozenset({
    "pdf", "paper", "papers", "slides", "link", "here", "preprint", "arxiv", "code", "video",
    "poster", "abstract", "html", "doi", "bibtex", "supplementary", "talk", "notes", "pdf link",
    "full text", "download"})

# The share of a link's title words its address must hold to be the work's page: a slug
# may drop the odd word ("…/silicon-based-life-may-be-more-just-science-fiction-n748266"
# for "Silicon Based Life May Be More Than Just Science Fiction").
_SLUG_SHARE = 0.85


def _home_link(parsed: Parsed) -> bool:
    """A link to the site's own front page ("<a class="site-title" href="/">Ann Smith</a>"),
    or to one of its sections under a word or two of everyday English ("<a href="/about/">
    About</a>", a post's tag "<a href="design">Design</a>"): the site's own parts, never a
    work (a work's page on the site has a path of its own: "books/dune.md")."""
    url = (parsed.record.url or "").strip()
    if parsed.form != "link":
        return False
    if url in _HOME_PATHS or _FEED_PATH.search(url.split("?", 1)[0]) is not None:
        return True  # (or the site's feed: "<a href="/feed.xml">Subscribe by RSS</a>")
    if url.startswith("../"):
        url = _UP_PATHS.sub("", url)  # "../me" under "About Me", "../../" under "Home"
        if not url:
            return True
    if "://" in url or url.startswith(("www.", "mailto:")):
        return False
    path = url.split("#", 1)[0].split("?", 1)[0].strip("/") or url.partition("#")[2]
    path = _PAGE_SUFFIX.sub("", path)  # "/articles.html" is the section "Articles"
    words = (parsed.record.full_title or "").split()
    named = {w.lower() for w in words} | {w.lower().removesuffix("s") for w in words}
    # (the section's address is its name: "/#services", "tutorial.html" under "Tutorials",
    # not "2021-10-21-gone/")
    return "/" not in path and "." not in path and 0 < len(words) <= _SECTION_WORDS \
        and all(everyday_word(w) or w.lower() in _SECTION_NAMES for w in words) \
        and len(slug := set(plain_words(path))) > 0 and slug <= named


def _person_page(parsed: Parsed) -> bool:
    """A link that is the whole entry and leads to a person's page: a musician's on a
    streaming site ("[Tower of Power](https://open.spotify.com/artist/…)"), a writer's on
    a catalogue ("…/author/show/…"), a teacher's on a faculty site ("…/people/coll-thrush"):
    it names someone, not a work."""
    if parsed.form != "link" or not parsed.record.url or parsed.record.author:
        return False
    path = [p for p in parsed.record.url.partition("://")[2].partition("?")[0]
            .partition("#")[0].split("/")[1:] if p]
    # (the person's own page, not a work's page under it: "…/authors/johan-cruyff/my-turn-
    # the-autobiography/9781509813926")
    return any(part.lower() in _PERSON_PATHS and 1 <= len(path) - i - 1 <= 2
               and not _LONG_NUMBER.search("/".join(path[i + 1:]))
               for i, part in enumerate(path))


# The parts of an address under which sites keep people's pages.
_PERSON_PATHS = frozenset({"artist", "artists", "author", "authors", "people", "person",
                           "profile", "profiles", "user", "users", "members", "faculty",
                           "staff", "directory"})
_LONG_NUMBER = re.compile(r"\d{10}")  # an ISBN in an address
_HOME_PATHS = frozenset({"/", "./", "../", "/index.html", "index.html", "~/"})
_UP_PATHS = re.compile(r"^(?:\.\.?/)+")
# A site's feed, which readers subscribe to: "/feed.xml", "…/rss", "/atom.xml".
_FEED_PATH = re.compile(r"/(?:feed|rss|atom)(?:\.xml|\.rss)?/?$|\.rss$", re.IGNORECASE)
# A page's own suffix on a site's section (not ".md": a repository's notes on one work).
_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$")
_SECTION_WORDS = 2  # a site's section by name: "About", "Reading List"
# Names of a site's sections rarer than everyday words ("<a href="/blog">Blog</a>").
_SECTION_NAMES = frozenset({
    "about", "archive", "archives", "articles", "blog", "categories", "contact", "courses",
    "cv", "events", "faq", "gallery", "lectures", "links", "newsletter", "notes", "photos",
    "portfolio", "posts", "projects", "publications", "resources", "resume", "sitemap",
    "syllabus", "tags", "talks", "tutorial", "tutorials", "videos"})
# The most words a site's name runs to ("[Go in 5 Minutes](https://www.goin5minutes.com/)").
_SITE_NAME_WORDS = 4


def _someones_site(parsed: Parsed) -> bool:
    """A link its own words call someone's page: "[Phil Wadler’s home page](…)", "[Bob
    Harper’s homepage](…)", "[the author's website](…)"."""
    return parsed.form == "link" and not parsed.record.author \
        and _SOMEONES_SITE.search(parsed.record.full_title or "") is not None


def _named_site(parsed: Parsed, text: str) -> bool:
    """A link alone, of a few plain words, to a site's front page names the site: a show, a
    firm, a blog ("[Hanselminutes](http://hanselminutes.com/)").  A work's own site is as
    often named in italics ("[*EconTalk*](https://econtalk.org)"), which keeps it, and so
    does a reading list's heading ("## Further reading" over "[The Big Dream](…)")."""
    record = parsed.record
    return parsed.form == "link" and record.url is not None \
        and HOME_PAGE_RE.fullmatch(record.url) is not None \
        and len((record.full_title or "").split()) <= _SITE_NAME_WORDS and not clean(text).emphasis


def _wiki_topic(parsed: Parsed) -> bool:
    """A link alone to an encyclopedia's article names what the notes talk about (a firm, a
    machine, an idea: "[Atari ST](…/wiki/Atari_ST)"); under a reading list's heading it
    may name a book, and a line that names its maker or year says it does, as does an
    article named for a kind of work ("…/wiki/The_Phoenix_Project_(novel)")."""
    record = parsed.record
    return parsed.form == "link" and record.url is not None \
        and _WIKI_ARTICLE.search(record.url) is not None \
        and _WIKI_WORK.search(record.url) is None \
        and not (record.author or record.director or record.issued)


_WIKI_ARTICLE = re.compile(r"\bwikipedia\.org/wiki/")
# The kind of work an article's name adds in brackets: "_(novel)", "_(2019_film)".
_WIKI_WORK = re.compile(
    r"_\((?:[^()/]*_)?(?:novel|novella|book|film|album|song|play|poem|opera|musical|"
    r"TV_series|miniseries|series|video_game|game|short_story|essay|comics|manga|anime|"
    r"painting|EP)\)", re.IGNORECASE)


def _link_elsewhere(parsed: Parsed) -> bool:
    """A line that is only a link, to a page that is not the work's own: the front page of
    a site ("[Strange Familiars](https://www.strangefamiliars.com/)"), a wiki's article, a
    search; a page named after the work ("…/how-to-lose-friends-and-influence-the-future-
    security-of-your-nation/") is the work's."""
    record = parsed.record
    if record.type != "webpage" or not record.url or record.author or record.issued:
        return False
    path = record.url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    if "/" not in path.rstrip("/") or "/wiki/" in path:
        return True
    words = [w for w in plain_words(record.full_title or "") if len(w) > 2]
    slug = set(slug_words(record.url))
    return len(words) < 2 or sum(w in slug for w in words) < _SLUG_SHARE * len(words)


def _comma_between(parsed: Parsed) -> bool:
    """The author is followed by the title with only a comma between them."""
    author = next((sp for sp in parsed.spans if sp.field == "author"), None)
    title = next((sp for sp in parsed.spans if sp.field == "title"), None)
    return author is not None and title is not None and author.end <= title.start and \
        parsed.text[author.end:title.start].strip() == ","


def _title_span(parsed: Parsed) -> tuple[int, int] | None:
    return next(((s.start, s.end) for s in parsed.spans if s.field == "title"), None)


def _link_spans(content: str) -> list[tuple[int, int]]:
    """The link texts of `content`, in its own coordinates."""
    return [(a, b) for a, b, _ in _link_targets(content)]


def _link_targets(content: str) -> list[tuple[int, int, str]]:
    """The link texts of `content`, in its own coordinates, each with its address."""
    cleaned = clean(content)
    return [(*cleaned.span(a, b), url) for a, b, url in cleaned.links]


def _emphasis_spans(content: str) -> list[tuple[int, int]]:
    """The italic or bold stretches of `content`, in its own coordinates."""
    cleaned = clean(content)
    return [cleaned.span(a, b) for a, b in cleaned.emphasis]


def _doubt(parsed: Parsed, bar: float, reading: bool) -> str:
    """Why the parser's answer was not taken, in words for the report."""
    if parsed.is_citation:
        where = "in a reading list" if reading else "outside a reading list"
        return f"{UNCERTAIN}{where} (confidence {parsed.confidence:.2f} < {bar:.2f})"
    return f"not a citation: {parsed.reason}" if parsed.reason else "not a citation"


def _is_prose(plain: str) -> bool:
    words = len(plain.split())
    if words > PROSE_WORDS:
        return True
    return words > PROSE_SENTENCES_WORDS and _SENTENCE_END.search(plain) is not None


# A bibliography entry's opening: "Carter, John, and …", "Hughes, Langston. …",
# "The Cambridge Encyclopedia of Japan. Ed. Richard Bowring …".
_FORMAL_OPENING_RE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s+(?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.)"
    r"(?:\s+[A-Z]\.)*\s*(?:\.|,\s+(?:and|&)\s)"
    r"|[^.]{3,200}\.\s+(?:Ed|Eds|Trans|Tr)\.\s+[A-Z]")
_AND_ITEM_RE = re.compile(r"^\s*(?:and|&|or)\s+(?=\S)")


# One author, then each work a link: "bell hooks - [Feminism is for everybody](…), [die
# Bedeutung von Klasse](…)".
_LINKED_WORKS_RE = re.compile(
    r"\s*(?P<strong>\*\*|__)?(?P<who>[^\[\]()]{2,80}?)\s+(?P<sep>[-–—:])\s+"
    r"(?P<links>\[[^\[\]]+\]\([^()\s]+\)(?:\s*(?:,|and|&)\s*\[[^\[\]]+\]\([^()\s]+\))+)"
    r"(?(strong)(?P=strong))\s*")  # (the whole entry may be in bold)
_LINK_RE = re.compile(r"\[[^\[\]]+\]\([^()\s]+\)")


def _split_items(text: str) -> list[str]:
    """Split "X by A; Y by B" at top-level semicolons (not inside brackets, quotes or
    emphasis: "*Volume 4 Fascicle 5, Mathematical Preliminaries Redux; Dancing Links*"),
    and one author's linked works, each with the author."""
    if "](" in text and (linked := _LINKED_WORKS_RE.fullmatch(text)) is not None:
        return [f"{linked['who']} {linked['sep']} {link}"
                for link in _LINK_RE.findall(linked["links"])]
    if ";" not in text:
        return [text]
    items: list[str] = []
    depth = 0
    quoted = emphasised = False
    stars = text.count("*") % 2 == 0  # an odd star is a footnote's mark, not emphasis
    start = 0
    for i, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in "\"“”":
            quoted = not quoted if char == '"' else char == "“"
        elif char == "*" and stars and not text.startswith("*", i + 1):
            emphasised = not emphasised  # "**" toggles once
        elif char == ";" and depth == 0 and not quoted and not emphasised \
                and not text.startswith((" or,", " Or,"), i + 1):  # "Moby-Dick; or, The Whale"
            items.append(text[start:i])
            start = i + 1
    items.append(text[start:])
    # "A by B; and C by D", "A by B; or C, by D": the last item's "and" (or "or") joins
    # the list, it is not its title's.
    items = [_AND_ITEM_RE.sub("", item, count=1) if i else item for i, item in enumerate(items)]
    return [item.strip() for item in items if item.strip()] or [text]


# Endings of abstract nouns, which a shelf's name ends in and a surname hardly ever does.
_NOUN_ENDING = re.compile(r"(?:tion|sion|ness|ity|ogy|ics|ism|ship|ment)\Z")


def _person_heading(name: str) -> list[Name] | None:
    """The person a sub-heading names ("Ursula K. Le Guin", "Baudelaire" as the canon
    knows him), or None for any other heading ("Fiction", "On Lenin", "Dune")."""
    names = parse_name_list(name.rstrip(":"), allow_mononym=True)
    if not names or not all(surely_a_person(n) or is_mononym(n) for n in names):
        return None
    if any(n.family and _NOUN_ENDING.search(n.family) and not known_given_name(n)
           for n in names):
        return None  # "### Interview Preparation", "### Systems Thinking"
    return names


def _listed_kind(heading: str) -> ListedKind | None:
    if _FILMS_HEADING.search(heading) is not None:
        return None if _BOOKS_HEADING.search(heading) else "films"
    # "All of the books and shows from this conversation" is not books alone, and a
    # "Reading list" may hold a film
    return "books" if _BOOKS_ONLY_HEADING.search(heading) is not None \
        and _SCREEN_HEADING.search(heading) is None else None


def _as_listed(parsed: Parsed, kind: ListedKind | None) -> None:
    """An entry under a films heading read as a book ("Seven Samurai (1954) - Akira
    Kurosawa") is a film, and the name beside it its director's; an entry with a
    publisher or an ISBN stays a book.  Under a heading of books, the film a bracket's
    name and year make ("The Great Gatsby (F. Scott Fitzgerald, 1925)") is a book by
    that name."""
    record = parsed.record
    if kind == "books":
        if record.type == "motion_picture" and record.director and not record.author \
                and parsed.form == "title" and "direct" not in parsed.text.lower():
            record.type = "book"
            record.author, record.director = record.director, []
        return
    if kind != "films" or record.type != "book" or record.publisher or record.isbn \
            or record.editor or record.translator:
        return
    record.type = "motion_picture"
    if record.author and not record.director:
        record.director, record.author = record.author, []
