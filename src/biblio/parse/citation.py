"""`parse_citation`: one line of free text in, one `Parsed` record out.

The line is cleaned of Markdown, screened for boilerplate, stripped of its
identifiers, then read by the first recogniser that fits, from the most
constrained to the loosest: author-date styles, notes-bibliography styles,
casual show-note forms, and a bare title backed by a date or a director.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from ..isbn import isbn_in_link
from ..model import Name, Record
from .attributes import read_attributes
from .calibration import calibrate
from .casual import known_publisher, parse_casual, parse_title_only
from .clauses import PAGE_COUNT_RE, read_core
from .comics import parse_comic_issue
from .dblp import parse_dblp
from .draft import Draft, trim
from .formal import parse_author_date, parse_bibliography, parse_title_first
from .identifiers import (
    PAPER_URL_RE,
    accessed_notes,
    arxiv_id,
    bare_isbn10,
    find_identifiers,
    names_a_work,
)
from .labeller import current_labeller
from .lexicon import (
    BIO_WORDS,
    GIVEN_NAMES,
    JOB_WORDS,
    LEAD_INS,
    PERIODICALS,
)
from .markup import TITLE_MARK_OPENERS, Cleaned, clean, forget_cleaning, without
from .names import (
    is_mononym,
    known_given_name,
    known_people,
    paren_surnames,
    parse_inverted_list,
    parse_inverted_person,
    parse_name_list,
    parse_person,
    surely_a_person,
)
from .order import everyday_word
from .parsed import Parsed, Span
from .rejection import (
    LIVED,
    MAX_LINE,
    PROSE,
    SHOP_STARS_RE,
    TOO_LONG,
    TYPE_LABELS,
    looks_like_prose,
    lower_initials,
    person_and_years,
    rejection_reason,
)
from .segments import (
    _MONTH,
    _YEAR,
    EDITION_STATEMENT,
    LEADING_YEAR_RE,
    MONTHS,
    NUMERIC_DATE,
    container_type,
    is_imprint,
    is_publisher,
    read_date,
    read_imprint,
    unlikely_publisher,
)
from .titles import (
    after_glued_copy,
    caseless,
    is_title_like,
    is_yearly_reading_post,
    opens_title,
)
from .vancouver import parse_vancouver

# A label before the entry; a flattened page may drop the space after its colon
# ("Featured Book:Lost in Math, by Sabine Hossenfelder").
_TYPE_LABEL_RE = re.compile(r"(?P<label>[^\W\d_][^\W\d_ ]*(?:-[^\W\d_]+)?(?: [^\W\d_]+){0,3}"
                            r"|[A-Za-z ]{2,40}/[A-Za-z]{2,10})(?::| ?::)"
                            r"(?:\s+|(?=[A-Z\"“‘]))")
# The kind of work before a comma and the entry in a link or italics: "Paper, [Time, Clocks,
# and the Ordering of Events in a Distributed System](…)".
_KIND_COMMA_RE = re.compile(r"(?P<label>[^\W\d_]+(?: [^\W\d_]+)?),\s+")
_KIND_COMMA_CHARS = 16
# A year's-reading post files its picks under awards: "Favorite Fantasy:", "Best read of the
# year:", "Biggest disappointment:".  A superlative and a kind of reading (or "of the year")
# make the label; "Most Likely to Succeed: Preparing Our Kids …" has no kind, and stays whole.
_AWARD_LABEL_RE = re.compile(
    r"(?:my\s+)?(?:favou?rite|best|worst|biggest|most\s+\w+|least\s+\w+|top\s+\d*\s*)\s*"
    r"(?=[^:]{0,60}?\b(?:books?|reads?|re-?reads?|novels?|series|fiction|non-?fiction|fantasy|"
    r"audio ?books?|memoirs?|biograph(?:y|ies)|debuts?|disappointments?|surprises?|"
    r"discover(?:y|ies)|listens?|thrillers?|myster(?:y|ies)|romances?|poetry|sci-?fi|"
    r"(?:life )?stor(?:y|ies)|"
    r"science fiction|histor(?:y|ies)|graphic novels?|classics?|comics?|of the (?:year|month)|"
    r"this year|(?:of|in) (?:19|20)\d\d)\b)"
    r"[^:–—]{0,60}?(?::|\s[–—])\s+(?=\S)"
    r"|(?:my\s+)?(?:book|read|pick)\s+of\s+the\s+(?:year|month|week)\s*(?::|[–—])\s+(?=\S)",
    re.IGNORECASE)
# A reading plan files its picks under genres: "Classic:", "Current Fiction:", "Food
# Memoir:", "Children’s Fiction:", "Audiobook:"; every word of the label names a kind of
# reading.  "History: A Very Short Introduction by John H. Arnold" is one title.
_GENRE_WORDS = (
    r"classics?|fiction|non-?fiction|philosophy|history|memoirs?|biograph(?:y|ies)|crime|"
    r"thrillers?|myster(?:y|ies)|romance|humou?r|poetry|science|sci-?fi|fantasy|horror|"
    r"audio ?books?|children['’]?s|young adult|ya|graphic novels?|business|self-help|essays|"
    r"short stories|literary|current|contemporary|food|travel|true crime|politics|economics|"
    r"psychology|religion|spirituality|nature|sports?|cookbooks?|comics?|westerns?|"
    r"historical|general|modern")
_GENRE_LABEL_RE = re.compile(rf"(?:(?:{_GENRE_WORDS})\s+){{0,2}}(?:{_GENRE_WORDS}):\s+(?=\S)",
                             re.IGNORECASE)
# A cross-reference opening an entry without a colon, as notes and reading lists write it.
_SEE_ALSO_RE = re.compile(r"(?:[Ss]ee also|[Cc]f\.)\s+(?=[A-Z‘'\"“])"
                          r"|From\s+(?=[\"“])")  # 'From "Climate Restoration: …" by …:'
# A recommendation's verb before "Title by Author": "Check out Thinking in Systems by …".
_RECOMMEND_RE = re.compile(r"(?:Check out|Pick up|Grab|Pair (?:that |it |this )?with"
                           r"|What I learned from (?:re)?reading)\s+(?:a copy of\s+)?"
                           r"(?=[A-Z‘'\"“*_\[])")  # ("What I learned from reading …": a podcast's)
# An interview's heading before "Author – Title": "Interview with Kristen Bird - I LOVE IT
# WHEN YOU LIE" (not "Interview with the Vampire", a title of its own).
_INTERVIEW_RE = re.compile(r"(?:(?:An|an)\s+)?(?:[Ii]nterview|[Cc]onversation|Q&A)\s+with\s+"
                           r"(?=[A-Z](?!he\s)[^:–—]*?(?:\s[-–—]\s|:\s))")
# A number the list or the feed puts before the entry: "Episode 18: ", "Ep. 3 – ", "3- ",
# a ranking's "20: ".
_LEAD_NUMBER_RE = re.compile(
    r"(?:(?:episode|ep\.?|chapter|part|no\.?|#)\s*\d{1,4}[a-z]?\s*[:.–—-]|\d{1,3}\s*[-–—:]"
    r"(?!\d))\s+(?=\S)",
    re.IGNORECASE,
)
# A schedule date before the entry: "November 2014: ", "Reviewed January 2014: ", "October 2008 – ",
# "Jan 5 - ".  A month needs a day or a year with it: "March – Geraldine Brooks" is a novel.
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
# A year alone heading a list's line, before "Title by Author": "2017 Magpie Murders by
# Anthony Horowitz", "2021 » Tools of Titans … by Timothy Ferriss" (never "1984 by George
# Orwell": a title must stand between; nor "2001: A Space Odyssey …", the title's own colon).
_LEAD_BARE_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d(?:\s*[»|–—-])?\s+(?=[A-Z\"“‘][^\s]*\s)")
_LEAD_DATE_RE = re.compile(
    rf"(?:(?:read|reviewed|finished)\s+)?(?:{_WEEKDAY})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:,?\s+{_YEAR})?"
    rf"|(?:{_MONTH}\.?(?:\s+{_YEAR})?\s*/\s*)?{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
    rf"|{_YEAR})"
    rf"|{_YEAR}[./]\d{{1,2}}[./]\d{{1,2}})"  # "2023.12.26 - Lucy by the Sea - …": a review's day
    # a book group's hour or room: "April 17 at 10:00 am- The Lamplighters by Emma Stonex"
    r"(?:,?\s+at\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|the(?:\s+[A-Z][\w'’]*){1,4}))?"
    r"\s*[:–—-]\s+(?=\S)"
    # a reading log's date in figures, then a tab or spaces: "2012-11-24\tTitle -- Author",
    # "12/30 Sir Arthur Conan Doyle, The Valley of Fear" (but "9/11" names a day, not a log's)
    r"|(?:\d{4}-\d\d-\d\d|(?!9/11\b)\d\d?/\d\d?(?:/\d{4})?)(?:\s*[:–—-])?\s+(?=\S)",
    re.IGNORECASE,
)
# A month alone labels an entry only when "by" follows: "MAY - Mrs. Dalloway by Virginia
# Woolf", "JUNE  -The Heaven & Earth Grocery Store by James McBride".
_MONTH_HEADS = frozenset(name[:3] for name in MONTHS)
# A colon after a month alone is a book club's label ("February: The Power of Half by …"),
# but not before the number of a book in parts ("March: Book One by John Lewis").
# A month in a column of its own before the entry, spaces or a tab between, as a book
# group's schedule copied to text ("October              Smoke Gets in Your Eyes by …").
_LEAD_MONTH_RE = re.compile(rf"{_MONTH}\.?(?:\s*[–—-]\s+|\s+[–—-]\s*|:\s+"
                            r"(?!(?:book|part|vol(?:ume)?\.?)\s+\w+\s+by\b)|\t\s*| {3,})"
                            r"(?=[A-Z0-9\"“‘'])",
                            re.IGNORECASE)
# "October: Ten Days That Shook the World, directed by …": a film's title, not a month's pick.
_ROLE_BY_RE = re.compile(r"\b(?:directed|edited|translated|produced|written)\s+by\b",
                         re.IGNORECASE)
# After "by" and a name, where a remark on the entry begins: "… by Andrea Levy (my review is
# here)", "… by Wilson Rawls- I first read it …", "… by Jessica Shattuck – September".
# Also a word in capitals ("… by Susan Orlean COMING 10/14/25") or a capitalised word
# opening a sentence in lower case ("… by Stanley Tucci Bring a guest along …"), or the day
# it is to be discussed ("… by Douglas Adams on January 4th."), or a sentence after the name
# ("… by Frank Herbert. A classic."; not after "Mrs." or an initial), or one opened by an
# adverb and its comma ("… by Laura Nowlin Honestly, I probably overreacted …").
_REMARK_START_RE = re.compile(
    r"\s*[(\[]|\s\|\s|:\s|\s[–—-]\s|-\s|…|\s*;|\s(?=[A-Z]{3,}\b)"
    r"|\s(?=[A-Z][a-z]+\s+(?!(?:and|with|de|del|della|der|den|van|von|du|da|di|la|le|et|y)\b)"
    r"[a-z]+\s+[a-z]+\b)"
    r"|\s(?=on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    r"|\s(?=via\s+[A-Z])"  # where the link leads: "… by Alan Cunningham via Penned In …"
    r"|(?<=[a-z]{3})\.\s+(?=[A-Z])"
    r"|\s(?=(?:Honestly|Personally|Actually|Basically|Overall|Unfortunately|Fortunately|"
    r"Surprisingly|Admittedly|Ultimately|Sadly|Frankly|Truthfully|Definitely|Initially|"
    r"Originally|Obviously|Interestingly|Strangely),\s)")
_BY_RE = re.compile(r"\s[Bb]y\s+")
# A label that presents the entry as a pick: "Book Club Choices:", "Staff Picks:", "Review:".
# Also a featured work and what lies beside it: "Featured Books:", "And on the nightstand:".
# ("The Choice: Embrace the Possible by Edith Eger": an article and the word is a title.)
_PICK_LABEL_RE = re.compile(r"(?!the \w+$)(?:[a-z' ]+ )?"
                            r"(?:choices?|picks?|selections?|reads?|reviews?|books?|"
                            r"recommendations?|(?:book|read|pick) of the (?:month|week|year)"
                            r"|titles?(?: ?/ ?authors?)?)"
                            r"|featured (?:books?|titles?|reads?|works?)"
                            r"|(?:and )?on (?:the|my) (?:nightstand|night ?table|bedside table|"
                            r"(?:book)?shelf|desk|(?:reading|to-read|tbr) pile)")
# What a syllabus assigns of a work after its title: "through ch. 6", "to p. 105", "to end",
# "(selections)", "(read all)".
_ASSIGNMENT = (r"(?:(?:read\s+)?(?:through|thru|to|up to)\s+(?:the\s+)?(?:end|(?:ch(?:apter)?s?|pp?"
               r"|page|act|part|section|book|vol)\.?\s*[\dIVXLC]{1,4})"
               r"|\((?:selections?|excerpts?|read\s[^()]*)\))")
_ASSIGNMENT_RE = re.compile(rf"\s*{_ASSIGNMENT}\s*[.;]?\s*", re.IGNORECASE)
# The same closing a line, with what else the syllabus notes: " through part 1, ch. 5; `HW
# 6`.", " chapters 2 & 3", " intro (on Blackboard)", " (read to p. 23) [Sakai Resources]".
_ASSIGNMENT_TAIL_RE = re.compile(
    rf"[\s,;]+(?:{_ASSIGNMENT}|(?:chs?\.|chapters?|intro(?:duction)?|preface)"
    r"(?:\s*\d+(?:\s*(?:--?|–|&|,|and)\s*\d+)*)?(?!\w))(?:,\s*ch(?:apter)?s?\.?\s*\d+)*"
    r"(?:\s*;[^()\[\]]*)?(?:\s*[(\[][^()\[\]]*[)\]])*[\s.;]*$",
    re.IGNORECASE)
# The days a reading log's entry was read, closing the line: "; 2016/5/27 - 2016/6/17".
_READ_DAY = r"\d{4}[/-]\d\d?(?:[/-]\d\d?)?"
_READ_DATES_REACH = 40  # characters from the end where those days can start
# Who chose a book club's book and the meeting's day, after a dash: "-- Dave, 28 Feb 25".
_PICKED_ON_RE = re.compile(
    r"\s+[-–—]{1,2}\s+[A-Z][a-z]+,\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2}(?:\d\d)?$")
# A reader's day in brackets with the year in two figures, as no imprint writes it: "(31 Jan 23)".
_READ_ON_RE = re.compile(r"\s+\((?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)"
                         r"\s+'?\d\d\)$")
_READ_DATES_RE = re.compile(
    rf"[;,]?\s*{_READ_DAY}(?:\s*[-–—]\s*(?:{_READ_DAY}|TBD|now|present|ongoing|\?))?\s*$",
    re.IGNORECASE)
# Shops whose names close a line as its links' labels ("… | Amazon | Bookshop").
_SHOP_NAMES = ("Amazon", "Bookshop", "Bookshop.org", "IndieBound", "Indiebound",
               "Barnes & Noble", "Barnes and Noble", "B&N", "Audible", "Kobo", "Apple Books",
               "Libro.fm", "Waterstones", "Powell's", "Powell’s", "Blackwell's", "Blackwell’s",
               "Book Depository", "Google Books", "Hive")
# Links to a bookshop or a library catalogue name a book.
_SHOP_RE = re.compile(
    r"(?:amazon\.|amzn\.|bookshop\.org|goodreads\.com|books\.google|barnesandnoble\.com|"
    r"indiebound\.org|openlibrary\.org|worldcat\.org|waterstones\.com|blackwells\.co|"
    r"penguinrandomhouse\.|harpercollins\.|simonandschuster\.|hachettebookgroup\.|"
    r"press\.[a-z]+\.edu|/books?/)", re.IGNORECASE)
SHOP_LINK_RE = _SHOP_RE
# A shop's or a catalogue's page for one book (a front page or a search is none).
_BOOK_PAGE_RE = re.compile(
    r"goodreads\.com/book/show/|openlibrary\.org/(?:works|books)/OL"
    r"|books\.google\.[a-z.]+/books\?(?:[^#\s]*&)?id=|bookshop\.org/(?:p/)?books/",
    re.IGNORECASE)
_SITE_SUFFIX_RE = re.compile(r"\s+[-|–—]\s+(?P<site>[^-|–—]{2,40})$")
# A link to a profile on a social network names a person or a group, not a work:
# "[Courtney Brown](https://www.instagram.com/courtneybrownfarsight/)".
_PROFILE_RE = re.compile(
    r"://(?:www\.|m\.)?(?:instagram\.com|twitter\.com|x\.com|facebook\.com|tiktok\.com|"
    r"linkedin\.com/in|threads\.net|bsky\.app/profile|youtube\.com/(?:@|c/|channel/|user/))",
    re.IGNORECASE)
# A site's address with no page of it: "The Lunar Society - https://www.dwarkeshpatel.com".
HOME_PAGE_RE = re.compile(r"https?://(?:www\.)?[\w-]+(?:\.[\w-]+)+/?(?=[\s)\]]|$)")
# The words of a link target's last path part: ".../wiki/Anna_Karenina" → anna karenina.
_SLUG_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_SLUG_ARTICLES = frozenset({"the", "a", "an"})
_FORM_CONFIDENCE: dict[str, float] = {
    "author-date": 0.9, "vancouver": 0.9, "dblp": 0.9, "bibliography": 0.85, "quoted": 0.8,
    "by": 0.75,
    "comma": 0.7, "dash": 0.7, "pipe": 0.55, "colon": 0.6, "surname": 0.6, "title": 0.5,
    "link": 0.6, "italic": 0.4,
    "assigned": 0.6, "marked-then-names": 0.7, "paren-author": 0.7, "title-marks": 0.7,
    "identifier": 0.4, "listed": 0.4, "possessive-kind": 0.7,
    "by-cut": 0.65, "attributes": 0.9, "series": 0.6, "comic": 0.85,
}
# A title alone on a list line: at most this many words, and no sentence's end, colon
# ending the line, bracket or duration in it ("Read more.", "Links:", "Uprooted (my review)").
_LISTED_TITLE_WORDS = 12
# The refusal of "Guns, Germs, and Steel" read as two surnames and a title: no rule read
# it, as far as a list's title alone goes.
LONE_WORD_AUTHOR = "a single word is not enough to tell an author"
# A title a byline or an ISBN below vouches for: a heading's length, not a sentence's.
VOUCHED_TITLE_WORDS = 25
_SPACED_PUBLISHER_WORDS = 5  # "Oxford Bibliographic Society", "British Museum Press"
# Someone's page, not a work: "Eric Valor’s website", "Phil Wadler’s home page", "her blog".
SOMEONES_PAGE = (r"(?i:(?:['’]s?|\b(?:his|her|their|my|our))\s+(?:personal\s+)?"
                 r"(?:web\s?site|site|blog|home\s?page|web\s?page|page|channel|twitter|profile))$")
_LISTED_BREAK_RE = re.compile(r"[.!?](?:\s|$)|:$|[()\[\]|@#]|https?:|www\."
                              r"|\b\d+\s?(?:mins?|minutes|hrs?|hours|secs?)\b"  # "20 mins"
                              r"|" + SOMEONES_PAGE)
# A list's advice in sentence case, not a title: "Work through the exercises", "Skim the
# whole, then go deep where it matters", "Success makes you feel you need less margin"
# (a title in title case may well start so: "Make Time", "Start with Why").
_ADVICE_OPENERS = frozenset({
    "work", "make", "begin", "skim", "go", "try", "start", "use", "avoid", "skip", "write",
    "build", "keep", "take", "get", "do", "don't", "stop", "find", "look", "check", "see",
    "note", "remember", "focus", "practice", "practise", "pick", "choose", "read", "watch",
    "listen", "learn", "study", "follow", "ignore", "leave", "wait", "consider"})
_ADDRESSING = frozenset({"you", "your", "you're", "you’re", "yourself"})
# An edition note, which no publisher's name holds ("Third Edition").
_EDITION_WORD_RE = re.compile(r"\b(?:edition|edn|ed|revised|reprint)\b", re.IGNORECASE)
_YEARS_RE = re.compile(r"\d{4}\s*[-–]\s*\d{2,4}$")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_BIO_RE = re.compile(r"\b(?:of|at|for)\b|University|College|Institute")
# People a title alone may be read with: "Home Alone directed by Chris Columbus".
_ROLE_FIELDS = frozenset({"editor", "translator", "director"})
# Fields that back a reading up the way a date does.
_ET_AL_RE = re.compile(r"\bet\.? al\b")  # only authors' names are followed by it
_EVIDENCE_FIELDS = frozenset({"publisher", "ISBN", "DOI", "container-title", "page"})
# Forms whose shape alone tells a citation from prose, however many sentences follow.
_STRONG_FORMS = frozenset({"author-date", "vancouver", "dblp", "bibliography", "quoted",
                           "marked-then-names", "attributes"})
NOT_A_CITATION = "no author, title and date structure found"
DESCRIBED_WORK = "describes a work, without its title"
# Someone's piece of work described, not named: a link's words in a feed's notes.
_DESCRIBED_WORK_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]*(?:['’]s|s['’])\s+(?:[a-z-]+\s+)?"
    r"(?:series|paper|reporting|report|article|piece|story|essay|interview|research|coverage|"
    r"investigation|thread|post|op-ed|column|profile)\s+(?:on|about|into|of|for|in|with)\s")
TOO_LONG_TITLE = "too long to be a title: prose"
CONTENTS_ENTRY = "a link to a part of the same page"
# The most a weak reading (a lone surname, a lower-case title) is trusted: enough for a
# reading list, not for a paragraph elsewhere in the notes.
WEAK_CONFIDENCE = 0.45
# Where a comment may start: a sentence end, then a capital ("…Things. A classic that…").
# The mark is written first (the two characters before it checked behind it), so a search
# skips from mark to mark instead of trying the pattern at every character.
# (not after an abbreviation that opens a name: "Emily St. John Mandel", "Mt. Vernon")
_SENTENCE_CUT_RE = re.compile(
    r"[.!?](?<=[^\s.][^\s.][.!?])(?<!\b(?:St|Mt|Dr|Mr|Ms|Jr|Sr)\.)(?<!\bMrs\.)(?=\s+[\"“A-Z])")
# A remark after the imprint's bracket: "(Cambridge, 1994) — a collection of essays …",
# "(Cambridge, 1983): the classic collection …", "(Oxford, 1987). Still the best …".
_IMPRINT_REMARK_RE = re.compile(r"(?<=\))(?:\s*[:.;]|\s+[–—-])\s+(?=\S)")
# Words of a title short enough that its own words make no sentence before "by Author".
_SHORT_TITLE = 6
# A bibliography entry's year where its title should stand: "2009", "(1997)".
_BARE_YEAR_RE = re.compile(r"\(?(?:1[5-9]|20)\d\d[a-z]?\)?")
# The categories a prize is given in, which an awards page sets after the prize's name with
# a dash: "Hugo Awards – Novel", "James Tait Black Memorial Prize – Fiction".
_AWARD_CATEGORIES = frozenset({
    "novel", "best novel", "sf novel", "horror novel", "fantasy novel", "first novel",
    "debut novel", "novella", "novelette", "short story", "fiction", "biography",
    "nonfiction", "non-fiction", "current interest"})
# Months alone ("April, May, June, July, and August"), and a show's episode named by its
# day ("The Political Gabfest for Sept. 25", "… of March 3").
_MONTHS_RE = re.compile(rf"{_MONTH}(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?{_MONTH})+")
_WEEK_OF_RE = re.compile(rf"(?:(?:the[ \t]+)?(?:week|month|day)[ \t]+of[ \t]+)?{_MONTH}\.?"
                         rf"[ \t]+\d{{1,2}}(?:st|nd|rd|th)?", re.IGNORECASE)
# An episode's number alone where the title would be, the guest after a dash.
_EPISODE_NUMBER_RE = re.compile(r"(?:[Ee]pisode|EPISODE|[Ee]p\.?|EP\.?)[ \t]*#?\d{1,4}")
# An episode's number, then its guest's name: "022 Douglas Foster".
_NUMBER_THEN_NAME_RE = re.compile(r"\d{2,4}[ \t]+([A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,2})")
# A course's deadline: "Week 4: Due Friday, September 12 at 11:59PM PT".
_DUE_RE = re.compile(rf"(?:^|:[ \t]*)(?:due|deadline)(?:[ \t]+(?:on|by))?[ \t]+"
                     rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|{_MONTH}[ \t]+\d)",
                     re.IGNORECASE)
_FOR_A_DAY_RE = re.compile(rf"[ \t](?:for|of|on)[ \t]+{_MONTH}\.?[ \t]+\d{{1,2}}$")
# A given name after a one-word "title", as an inverted author's name goes on.
_GIVEN_AFTER_RE = re.compile(r",[ \t]*(?P<given>[A-Z][a-z]+)\b")
# A title whose article a list left in lower case: "the Brilliant Life of Eudora Honeysett".
_ARTICLE_THEN_CAPITAL_RE = re.compile(r"(?:the|a|an)[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")
# A show's credit after its host: its network ("…, Vox Media Podcast Network", "…, Teacup
# Media") or the show itself ("The China History Podcast").
_SHOW_CREDIT_RE = re.compile(
    r"(?:,[ \t]+(?:[A-Z][\w'’&.\-]*[ \t]+){0,4}(?:Podcasts?|(?:Radio|Podcast)[ \t]+Network|"
    r"Network|Media)|^(?:[A-Z][\w'’&.\-]*[ \t]+){0,4}Podcasts?)(?=,|$)")
# A saying in sentence case, set in quotes: "“You just start”" ("You Are Not a Gadget",
# in title case, is a book).
_SAYING_RE = re.compile(r"(?:I|You|We|I['’]m|You['’]re|We['’]re|It['’]s)[ \t]+[a-z]")
# What a podcast calls its episode or series: "“…”: A New Freakonomics Radio Podcast".
_PODCAST_LABEL_RE = re.compile(
    r":[ \t]+(?:A|An|The)[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){0,4}Podcast(?:[ \t]+Series)?[ \t]*$")
_NUMERIC_DATE_RE = re.compile(NUMERIC_DATE)  # "10/18/2021": a day, no title
# A month of a recent year, in the languages talks and posts are dated in: a date, no title.
_MONTH_YEAR_RE = re.compile(
    r"(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|février|march|märz|mars|april|avril|may|mai|"
    r"june?|juin|juni|july?|juillet|juli|aug(?:ust)?|août|sept?(?:ember|embre)?|oct(?:ober|obre)?|"
    r"oktober|nov(?:ember|embre)?|dec(?:ember)?|décembre|dezember|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?,?[ \t]+(?:199\d|20\d\d)",
    re.IGNORECASE)
_ISSUE_NUMBER_RE = re.compile(r"#\d{1,5}")  # an episode's or an issue's number alone
# A clock time or a duration: "1:07:05", "51:35".
_CLOCK_RE = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
# A count a reading log gives in bold, "**7,878 pages**", "* 496 pages", "**3.6**": no title
# (a bare whole number may be one: *1984*, *300*, *9*).
_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\s+[a-z]+)?|\d+\.\d+|\d[\d,]*\s+(?:pages|books|"
                       r"words|hours|minutes|mins|stars|chapters|copies|titles|novels|episodes)")
# A letter or a digit, as `str.isalnum` has it (a word character but "_"), found in one call.
_ALNUM_RE = re.compile(r"[^\W_]")
# A bracket holding a year that closes the entry before a blurb: "… (2007, 448 pages) A
# devastating and masterly novel …".
_DATED_BRACKET_CUT_RE = re.compile(
    r"\([^()]{0,40}\b(?:1[5-9]|20)\d\d\b[^()]{0,40}\)(?=\s+[\"“A-Z])")
# A dash before a remark: "Slaughterhouse Five, Kurt Vonnegut – WW2 from a mind that …".
_DASH_REMARK_CUT_RE = re.compile(r"\s[–—-]\s+(?=[\"“A-Za-z])")
_PIPE_REMARK_CUT_RE = re.compile(r"\s\|\s+(?=\S)")
_SPACED_DASH_RE = re.compile(r"\s[–—-]\s")
_CELL_EDGE = " ,;:|()[]–—-"
# A Markdown link (perhaps in bold) or a title in italics opening the line, then a dash or
# a colon.
_LINK_HEAD_RE = re.compile(
    r"\s*(?:(?:\*\*|__)?\[[^\]]{2,200}\]\([^)\s]{4,2000}\)(?:\*\*|__)?"
    r"|\*[^*\s][^*]{0,200}\*|_[^_\s][^_]{0,200}_)(?=\s+[–—-]\s+\S|:\s+\S)")
# A series and its number closing a title: "(The Raven Cycle, #1)", "(Discworld #2.5)", a
# boxed set's "(Harry Potter #1-5)", the first of two: "(Discworld #12; Witches #3)".
_SERIES_RE = re.compile(r"\s*\((?P<series>[^()#;]{2,80}?),?\s*(?:#|[Bb]ook\s)\s*"
                        r"(?P<number>\d{1,3}(?:\.\d|-\d{1,3})?)(?:;[^()]{0,80})?\)\s*$")
# A bare place in a series after the title, as reading logs copy it: "Impossible Creatures #1"
# (after one word it is the title's own: "Catch #22").
_SERIES_NUMBER_RE = re.compile(r"\s+#\d{1,3}(?:\.\d)?\s*$")
# A series named by its first title, the word in lower case: "Thursday Murder Club series"
# ("The Last Musketeer Series", capitalised, is the series' own name and stays).
_SERIES_WORD_RE = re.compile(r"\s+(?:series|trilogy)$")
# A series alone in brackets after a title, every word capitalised: "(Morland Dynasty)".
_BARE_SERIES_RE = re.compile(r"\s*\((?P<series>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,5})\)\s*$")
# What such brackets hold that is the title's own or a kind of book: "(And Other Concerns)",
# "(A Novel)", "(Movie Tie-In Edition)".
_NOT_SERIES_RE = re.compile(
    r"(?:And|Or|But|With|A|An|The|Being|Including)\b|.*\b(?:Novel|Novels|Memoir|Edition|Stories"
    r"|Poems|Essays|Classics|Tie-In|Book|Volume|Vol|Part)\b")
# The most words a label before a marked title may have: "Big Summer Read - Gutenberg:".
_LABEL_WORDS = 5
# The longest sentence-case title a "Full Name: title" line may hold before it reads as a remark.
_COLON_TITLE_WORDS = 10
# A sentence-case "title" this long before a separator is a sentence, date or no date.
_SENTENCE_TITLE_WORDS = 12
# The labeller's reading of a field is kept from this mean marginal probability up.
LABELLER_MIN_CONFIDENCE = 0.7


def parse_citation(text: str) -> Parsed:
    """Parse one line ("Isaac Deutscher, The Prophet Armed (1954)") into a record.

    Never raises on any input; lines that are not citations come back with
    ``is_citation=False`` and a reason.  Each call gets its own copy, so a
    caller may change what it is given.
    """
    return _parse_once(text).copy()


def forget_lines() -> None:
    """Empty the caches of lines already read (their readings, rejections, identifiers
    and cleaning, and the extractor's readings of sentences), so that a benchmark times
    the reading."""
    _parse_once.cache_clear()
    rejection_reason.cache_clear()
    find_identifiers.cache_clear()
    forget_cleaning()
    for clear in _OTHER_LINE_CACHES:
        clear()


# Caches of lines kept outside this module (`biblio.extract.inline`'s), which
# `forget_lines` empties too.
_OTHER_LINE_CACHES: list[Callable[[], None]] = []


def also_forget(cache_clear: Callable[[], None]) -> None:
    """Have `forget_lines` empty another cache of lines, through its `cache_clear`."""
    _OTHER_LINE_CACHES.append(cache_clear)


# An archive repeats its lines (a recurring reading list, the same book in many
# episodes' notes): a line is read once and handed out as copies.
@functools.lru_cache(maxsize=4096)
def _parse_once(text: str) -> Parsed:
    columns = _COLUMNS_RE.match(text) if "   " in text or "\t" in text else None
    if columns is not None and parse_inverted_person(columns["family"], columns["given"]):
        # "Letts, Billie                      Made in the U.S.A.": a club's list set in
        # columns, the name in sorting order, then the title; read as "Name - Title", the
        # gap's width kept so that every position still points into the line
        a, b = columns.span("gap")
        parsed = _parse_once(f"{text[:a]} -{' ' * (b - a - 2)}{text[b:]}").copy()
        parsed.text = text
        return parsed
    parsed = _parse(text)
    if not parsed.is_citation and parsed.reason in (NOT_A_CITATION, "reads as prose", PROSE,
                                                    TOO_LONG_TITLE):
        parsed = (_inside_link(text) or _before_comment(text) or _before_remark(text)
                  or _link_then_remark(text) or _before_tail(text, _BRACKET_REMARK_RE)
                  or _before_tail(text, _REMARK_AFTER_BRACKET_RE)
                  or _before_tail(text, _ASSIGNMENT_TAIL_RE)
                  or _before_tail(text, _OPEN_BRACKET_REMARK_RE) or _glued_dash(text)
                  or parsed)
    elif not parsed.is_citation and parsed.reason == LONE_WORD_AUTHOR:
        # "Cole, _Open City_ to end."
        parsed = _before_tail(text, _ASSIGNMENT_TAIL_RE) or parsed
    calibrate(parsed)
    return parsed


def _glued_dash(text: str) -> Parsed | None:
    """"Richard Russo- Chances Are", "Laura J. Martin- Wild By Design": a feed's titles
    with the dash glued to the name before it, read as "Name - Title" when the name is
    surely a person's (a subtitle glued so, "Invisible Women- Exposing Data Bias", is no
    name)."""
    glued = _GLUED_DASH_RE.search(text)
    if glued is None or _GLUED_DASH_RE.search(text, glued.end()) or _SPACED_DASH_RE.search(text):
        return None
    at = glued.start()
    parsed = _parse(f"{text[:at]} {text[at:]}")
    authors = parsed.record.author
    if not parsed.is_citation or parsed.form != "dash" or not authors \
            or not all(known_given_name(n) and n.family for n in authors):
        return None
    parsed.spans = [Span(sp.field, sp.start - (sp.start > at), sp.end - (sp.end > at))
                    for sp in parsed.spans]
    parsed.text = text
    return parsed


_GLUED_DASH_RE = re.compile(r"(?<=[a-z.])-(?= [A-Z0-9])")


# A name in sorting order, a column's gap (three spaces or tabs or more; a semicolon may
# end the name), then the rest of the line.
_COLUMNS_RE = re.compile(r"[ \t]*(?P<family>[^\s,;][^,;\t]{0,40}),[ \t]*(?P<given>[^\s,;]"
                         r"[^,;\t]{0,40}?)(?P<gap>;?[ \t]{3,})(?=\S)")


# What a reading loses when a remark had to be cut off the line for it.
_REMARK_CUT_COST = 0.1


def _standing_for(head: Parsed, text: str) -> Parsed:
    """The reading of the entry before a remark, given as the whole line's, a little less
    sure than a line that held the entry alone."""
    head.text = text
    head.confidence = round(head.confidence - _REMARK_CUT_COST, 2)
    return head


# A line that is one link, the whole entry and its remark its words: "[The Pragmatic
# Programmer - Hunt and Thomas - timeless engineering philosophy …](https://…)".
_WHOLE_LINK_RE = re.compile(r"(?:\s*(?:[-*•]|\d{1,3}[.)])\s+)?\s*(?:\*\*|__)?\["
                            r"(?P<words>[^\[\]]{2,500})\]\((?P<url>[^()\s]{4,2000})\)"
                            r"(?:\*\*|__)?\s*")


def _inside_link(text: str) -> Parsed | None:
    """The entry before the remark inside a link's words, with the link's target."""
    m = _WHOLE_LINK_RE.fullmatch(text) if text.endswith((")", "*", "_")) else None
    if m is None:
        return None
    words = m["words"]
    parsed = _before_comment(words) or _before_remark(words)
    if parsed is None:
        return None
    shift = m.start("words")
    parsed.spans = [Span(sp.field, sp.start + shift, sp.end + shift) for sp in parsed.spans]
    parsed.spans.append(Span("URL", m.start("url"), m.end("url")))
    parsed.record.set("URL", m["url"])
    parsed.text = text
    return parsed


def _link_then_remark(text: str) -> Parsed | None:
    """"[Eloquent JavaScript](…) - A modern introduction to programming.", "*Sapiens* – a
    brief history of our species.": a linked title or one in italics opening the line, then
    what the list says of it; the title alone is the entry when the words after the dash
    name no one (else the dash form has read them as its author) and no subtitle follows a
    colon.  Weaker than the title alone, so only a reading list takes it."""
    m = _LINK_HEAD_RE.match(text)
    if m is None:
        return None
    rest = text[m.end():].strip(" :–—-")
    if not rest or parse_name_list(rest.split(",")[0].strip(" .")) is not None or (
            text[m.end()] == ":" and is_title_like(rest)):
        return None
    head = _parse(text[:m.end()])
    if not (head.is_citation and head.record.title):
        return None
    return _standing_for(head, text)


def _before_remark(text: str) -> Parsed | None:
    """"Small Island by Andrea Levy (my review is here)", "Inferior by Angela Saini –
    January", "Pollyanna, by Eleanor H. Porter- I try to live …": the entry up to its
    author's name, when a remark the rules cannot read follows the name.

    Taken only when the name before the remark is surely a person's (a common
    given name or an initial): the remark is dropped, not read.
    """
    bys = list(_BY_RE.finditer(text))
    for by in reversed(bys):
        # the last "by" first ("Stand by Me by …"); an earlier one when a sentence of remark
        # has its own ("Walkaway by Cory Doctorow: Doctorow imagines a future built by …")
        remark = _REMARK_START_RE.search(text, by.end())
        if remark is None or remark.start() <= by.end() or not text[remark.end():].strip(" .)"):
            continue
        if by is not bys[-1] and not _mostly_lower(text[remark.end():]):
            continue
        head = _parse(text[:remark.start()])
        authors = head.record.author
        if not (head.is_citation and head.record.title and authors and len(authors) <= 3
                and surely_a_person(authors[0])):
            continue
        _carry_isbn(head, text[remark.start():])
        return _standing_for(head, text)
    return None


# A remark in brackets closing the line, in lower case or in the reader's own voice:
# "(roughly twelve stories in one go)", "(I actually wanted to quote lines from this book)",
# or a reading group's mark in capitals: "(SKIP)", "(DNF)".
_BRACKET_REMARK_RE = re.compile(r"\s*\((?:(?:[a-z]|I\s)[^()]*|SKIP|SKIPPED|DNF|TBR|TBD|TODO|DONE"
                                r"|WIP|NEW|RE-?READ)\)\s*$")
# A remark in lower case after the bracket that closes an entry: "A Man Called Ove
# (Fredrik Backman), discussion led by Marie".
# (the bracket is kept: the remark starts at the comma; a link's target is no such bracket)
_REMARK_AFTER_BRACKET_RE = re.compile(r"(?P<keep>(?<!\])\([^()\[\]]{2,80}\))\s*,\s+[a-z][^()]*$")
# A remark in a bracket never closed, as a page stripped of its links leaves one: "Jane
# Jacobs: The Death and Life of Great American Cities (  A fierce case against …".
_OPEN_BRACKET_REMARK_RE = re.compile(r"[ \t]+\((?=[^()]*$)[ \t]*[A-Za-z\"“][^()]{20,}$")


def _before_tail(text: str, tail: re.Pattern[str]) -> Parsed | None:
    """The entry before what closes the line, when it names its author (a title alone
    before such a tail is as often a label): a reader's remark in brackets (`tail` is
    `_BRACKET_REMARK_RE`: "Arthur Conan Doyle: Sherlock Holmes: Adventures of Sherlock
    Holmes (roughly twelve stories in one go)"), or what a syllabus sets to read of it
    (`_ASSIGNMENT_TAIL_RE`: "Teju Cole, _Open City_ through ch. 6.")."""
    cut = tail.search(text)
    if cut is None or cut.start() == 0:
        return None
    head = _parse(text[:cut.end("keep") if "keep" in tail.groupindex else cut.start()])
    if not (head.is_citation and head.record.title and head.record.author):
        return None
    return _standing_for(head, text)


def _carry_isbn(head: Parsed, rest: str) -> None:
    """A bare ISBN-10 in what was cut off still belongs to the entry ("… (1951) 0316769487")."""
    if head.record.isbn is None:
        bare = bare_isbn10(rest)
        if bare is not None:
            head.record.set("ISBN", bare.value)


def _before_comment(text: str) -> Parsed | None:
    """"Donald Norman – The Design of Everyday Things. A classic that…", "Chimamanda ADICHIE
    – Half of a Yellow Sun (2007, 448 pages) A devastating …": the citation before a comment
    sentence, when what follows the cut reads as prose."""
    cuts = [(m.start() + 1, m.end()) for m in _SENTENCE_CUT_RE.finditer(text)]
    imprints = {m.start(): m.end() for m in _IMPRINT_REMARK_RE.finditer(text)}
    cuts += imprints.items()
    cuts += [(m.end(), m.end()) for m in _DATED_BRACKET_CUT_RE.finditer(text)]
    if " | " in text:  # "You Could Make This Place Beautiful, Maggie Smith | I honestly …"
        cuts += [(m.start(), m.end()) for m in _PIPE_REMARK_CUT_RE.finditer(text)]
    # (a remark in lower case only after the entry's second field: "Title - Hunt and Thomas
    # - timeless engineering philosophy …")
    dashes = {m.start(): m.end() for m in _DASH_REMARK_CUT_RE.finditer(text)
              if not text[m.end()].islower() or _SPACED_DASH_RE.search(text, 0, m.start())}
    cuts += dashes.items()
    for cut, resume in sorted(cuts):
        rest = text[resume:]
        note = cut in imprints and _note_after_date(text[:cut], rest)
        if not note and (len(rest.split(None, 2)) < 3
                         or (not looks_like_prose(rest) and not _mostly_lower(rest))):
            continue
        head = _parse(text[:cut])
        record = head.record
        if cut in dashes and not note and not (
                record.author and (surely_a_person(record.author[0]) or head.form == "surname")):
            continue  # the name before a dash's remark must be surely a person's, or
            # surnames the dash form read as a list's weak entry
        if head.is_citation and record.title and (record.author or record.issued):
            _carry_isbn(head, rest)
            return _standing_for(head, text)
    return None


def _note_after_date(head: str, rest: str) -> bool:
    """"Radical Focus (Wodtke, 2016) — OKRs": a word or two after a dated bracket is a
    list's note on the entry, unless it names someone ("… (1789 - 1848) - Hobsbawm")."""
    return len(rest.split(None, 2)) < 3 and _DATED_END_RE.search(head) is not None \
        and parse_name_list(rest) is None and paren_surnames(rest) is None


_DATED_END_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b[^()]{0,12}\)$")


def _mostly_lower(text: str) -> bool:
    words = text.split()
    return lower_initials(words) * 2 >= len(words)


def _parse(text: str) -> Parsed:
    if len(text) > MAX_LINE:
        return _not_citation(text, TOO_LONG)
    cleaned = clean(text)
    attributed = read_attributes(cleaned.text)
    if attributed is not None:
        return _finish(text, cleaned, attributed)
    reason = rejection_reason(cleaned.text)
    if reason is not None:
        return _identified(text, cleaned) or _not_citation(text, reason)
    if cleaned.links and _contents_entry(cleaned):
        return _not_citation(text, CONTENTS_ENTRY)
    if "from " in cleaned.text and (part := _SELECTIONS_FROM_RE.search(cleaned.text)) is not None:
        # "Rob Nixon, selections from “Introduction,” *Slow Violence …*": which part a course
        # assigns, not the entry's words
        cleaned = without(cleaned, *part.span())
    base = _prepare(cleaned)
    line = cleaned.text
    start, end = trim(base.s, 0, len(base.s), keep_quotes=True)
    if (score := _LEAD_SCORE_RE.match(base.s, start, end)) is not None \
            and float(score["score"]) <= int(score["of"]):
        start = score.end()  # "N, 4/5, The Amber Spyglass, Philip Pullman": a log's fields
    scored = _before_score(base.s, start, end)
    base.scored = scored < end
    end = _before_shops(base.s, start, _before_marks(base.s, start, scored))
    assigned = _ASSIGNED_RE.search(base.s, start, end) if "-" in base.s or "–" in base.s \
        or " to " in base.s or " through " in base.s \
        or any(w in base.s for w in _ASSIGNED_PART_WORDS) else None
    if assigned and assigned.start() > start:
        end = assigned.start()  # "*David Copperfield*, Charles Dickens, Ch. 1-15": the part
        # a syllabus sets for the week
    read = _READ_DATES_RE.search(base.s, max(start, end - _READ_DATES_REACH), end) if (
        base.s[end - 1:end].isdigit() or base.s[end - 1:end].lower() in "d?wgt") else None
    if read and read.start() > start:
        end = read.start()  # "Deep Work; Cal Newport; 2016/5/27 - 2016/6/17": when it was read
    elif base.s[end - 1:end].isdigit() and (
            picked := _PICKED_ON_RE.search(base.s, max(start, end - _READ_DATES_REACH), end)):
        end = picked.start()  # "… Thresholds -- Dave, 28 Feb 25": who chose it for the club
    elif base.s[end - 1:end] == ")" and (
            finished := _READ_ON_RE.search(base.s, max(start, end - _READ_DATES_REACH), end)):
        end = finished.start()  # "…, James Baldwin (31 Jan 23)": the day the reader finished
    if base.s.find("  ", start, end) >= 0:
        end = _spaced_publisher(base, start, end)
    count = PAGE_COUNT_RE.search(base.s, start, end) if base.s[end - 1:end] in "s.p" else None
    if count and count.start() > start:
        # "Never Let Me Go, Kazuo Ishiguro, 2005, 288 pp.": the count is no field of the
        # forms (the year before it made the entry read as "Family, Given, Year, Title")
        base.put("number-of-pages", count.start("n"), count.end("n"))
        end = trim(base.s, start, count.start(), keep_quotes=True)[1]
    series = _SERIES_RE.search(base.s, start, end) if base.s[end - 1:end] == ")" \
        and "#" in base.s[start:end] else None
    if series and _SPACED_DASH_RE.search(base.s, start, series.start()):
        # "Second Foundation — Isaac Asimov (Foundation #3)": the series closes the line after
        # the author, whom it kept from reading as a name
        base.put("collection-title", *series.span("series"))
        base.put("collection-number", *series.span("number"))
        end = trim(base.s, start, series.start(), keep_quotes=True)[1]
    number = _LEAD_NUMBER_RE.match(base.s, start, end)
    if number and (" by " in base.s[number.end():end] or _named_then_comma(
            base.s, number.end(), end)):
        start = number.end()  # "Episode 18: Uprooted by Naomi Novik", "3- Medusa by …"
    date = _LEAD_DATE_RE.match(base.s, start, end) if base.s[start:start + 1].isalnum() else None
    if date is None and base.s[start:start + 1] in "12":
        date = _LEAD_BARE_YEAR_RE.match(base.s, start, end)
        if date and " by " not in base.s[date.end():end]:
            date = None  # "1917 The Year That …": the title's own year, no label before it
    if date and date.end() < end:
        start = date.end()  # "November 2014: The Aviator's Wife by Melanie Benjamin"
    elif date is None and base.s[start:start + 3].lower() in _MONTH_HEADS:
        month = _LEAD_MONTH_RE.match(base.s, start, end)
        if month and _BY_RE.search(base.s, month.end(), end) and not (
                ":" in month.group() and _ROLE_BY_RE.search(base.s, month.end(), end)):
            start = month.end()  # "SEPT - Horse by Geraldine Brooks"
    see = _SEE_ALSO_RE.match(base.s, start, end) or (
        _INTERVIEW_RE.match(base.s, start, end) if base.s[start:start + 1] in "IiAaCQ" else None)
    if see:
        start = see.end()  # "See also R. McKitterick (ed.), Carolingian Culture (…)"
    elif base.s[start:start + 1] in "CPGW":
        verb = _RECOMMEND_RE.match(base.s, start, end)
        if verb and " by " in base.s[verb.end():end]:
            # "Check out Thinking in Systems: A Primer by …": the verb is not the title's,
            # nor a sentence's to the listener
            line = line[:start] + " " * (verb.end() - start) + line[verb.end():]
            start = verb.end()
    award = (_AWARD_LABEL_RE.match(base.s, start, end) or _GENRE_LABEL_RE.match(base.s, start, end)
             ) if ":" in base.s or "–" in base.s or "—" in base.s else None
    if award and " by " in base.s[award.end():end] \
            and not _GENERIC_SUBTITLE_RE.match(base.s, award.end()) \
            and not _SERIES_SUBTITLE_RE.match(base.s, award.end()):
        # "Favorite First Book in a New Series: Defy the Stars by …", "Food Memoir: Home
        # Cooking: A Writer in the Kitchen by Laurie Colwin"
        start = award.end()
    label = _TYPE_LABEL_RE.match(base.s, start, end) if ":" in base.s else None
    if label and label.group("label").lower() not in TYPE_LABELS:
        typed = _TYPE_LABEL_RE.match(base.s, label.end(), end)
        if typed and typed.group("label").lower() in TYPE_LABELS:
            label = typed  # "Hélio: Livro: De onde vem as boas ideias - Steven Johnson"
    if label is None and "," in base.s[start:start + _KIND_COMMA_CHARS] and (
            kind := _KIND_COMMA_RE.match(base.s, start, end)) is not None \
            and kind["label"].lower() in TYPE_LABELS \
            and any(a == kind.end() for a, _ in base.emphasis):
        label = kind  # "Book, [Designing Data-Intensive Applications, M. Kleppmann](…)": the
        # kind, then the entry set apart
    if label:
        word = label.group("label").strip().lower()
        if word in TYPE_LABELS:
            base.type = TYPE_LABELS[word]
            base.labelled = True
            start = label.end()
        elif (word in LEAD_INS or ((_PICK_LABEL_RE.fullmatch(word) or (
                label["label"] in GIVEN_NAMES  # a given name alone: who picked the entry
                and not _GENERIC_SUBTITLE_RE.match(base.s, label.end())))
                and " by " in base.s[label.end():end])) and not any(
                    x <= label.start() and label.end() < y <= base.s.find(" by ", label.end())
                    for x, y in base.emphasis):
            # (not inside a title set apart before its "by": "[The Paradox of Choice: Why
            # More Is Less](…) by Barry Shwartz")
            # "Book Club Choices: The Daughter by Jane Shemilt"; a host's pick, "John:
            # Metropolitan Stories by Christine Coulson"
            start = label.end()
    draft = (_dashed_series(base, start, end) if base.s[end - 1:end] == ")" and (
        " - " in base.s or "–" in base.s or "—" in base.s) else None) \
        or _first_reading(base, start, end, cleaned) \
        or _italic_title(base, start, end, text, cleaned)
    if draft is None:
        return _identified(text, cleaned, base) or _work_page(text, cleaned, base, start, end) \
            or _not_citation(text, NOT_A_CITATION)
    _order_by_link(draft, cleaned)
    problem = _implausible(draft, line)
    if problem is not None:
        return _identified(text, cleaned, base) or _not_citation(text, problem)
    _drop_cut_name(draft, line)
    return _finish(text, cleaned, draft)


# A line a directory page cut short: "Book recommendation: Inverted World by Christopher...".
_CUT_SHORT_RE = re.compile(r"(?:\.\.\.|…)\s*$")


def _drop_cut_name(draft: Draft, line: str) -> None:
    """"Inverted World by Christopher...": the page cut the author's name after the given
    name; the title stands alone, not "Christopher" as a surname."""
    authors = draft.names.get("author", [])
    if draft.form != "by" or len(authors) != 1 or authors[0].given is not None \
            or authors[0].family not in GIVEN_NAMES or not _CUT_SHORT_RE.search(line):
        return
    del draft.names["author"]
    draft.name_spans = [sp for sp in draft.name_spans if sp.field != "author"]
    draft.weak = False
    draft.form = "by-cut"


# "Grim Tuesday - The Keys to the Kingdom (2)": a reading list's title, then its series and
# its place in it after a dash.
_DASHED_SERIES_RE = re.compile(
    r"(?P<title>[^()\[\]]{1,150}?)\s+[-–—]\s+(?P<series>[^()\[\]–—-]{2,60}?)\s*"
    r"\((?:#|[Bb]ook\s|[Vv]ol\.?\s)?(?P<number>\d{1,2})\)")


def _dashed_series(base: Draft, start: int, end: int) -> Draft | None:
    """A title, a dash, a series and its number in brackets: neither side a person's name
    ("Dune - Frank Herbert (1)" is an author's), and no "by" on the title's side."""
    m = _DASHED_SERIES_RE.fullmatch(base.s, start, end)
    if m is None:
        return None
    title, series = m["title"].strip(), m["series"].strip()
    if " by " in title or not opens_title(title) or not is_title_like(title) \
            or _NUMBERED_PART_RE.match(title) or not series[:1].isupper() \
            or known_people(title) or known_people(series):
        return None
    draft = base.fork()
    draft.form = "series"
    draft.put("title", *trim(base.s, m.start("title"), m.end("title"), keep_quotes=True))
    draft.put("collection-title", *trim(base.s, m.start("series"), m.end("series")))
    draft.put("collection-number", m.start("number"), m.end("number"))
    return draft


_NUMBERED_PART_RE = re.compile(r"(?:episode|ep\.?|part|chapter|season|vol(?:ume)?|book|no\.?)"
                               r"\s*\d", re.IGNORECASE)


# A subtitle that only says what kind of book it is: "Emma: A Novel by Jane Austen".
_GENERIC_SUBTITLE_RE = re.compile(r"(?:An?\s+)?(?:Novel|Memoir|Biography|Life|Story|Romance|"
                                  r"Thriller|Mystery|Play|Poem)s?\b", re.IGNORECASE)


_SERIES_SUBTITLE_RE = re.compile(r"(?:An?\s+)?(?:Very Short Introduction|Introduction|"
                                 r"Beginner['’]s Guide|Guide|Reader|Handbook|Companion)\b")


_HOSTS_SHOW_RE = re.compile(r"The (?P<host>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) "
                            r"(?:Show|Podcast|Experience|Hour)")


def _named_then_comma(s: str, start: int, end: int) -> bool:
    """"Ep 42: Margaret Atwood, Oryx and Crake": after an episode's number, a person named
    in full (a common given name first) and a comma."""
    comma = s.find(", ", start, end)
    if comma < 0:
        return False
    names = parse_name_list(s[start:comma]) or []
    return bool(names) and all(known_given_name(n) and n.family for n in names)


# The chapters, acts or lines a schedule sets for a class, after the entry: ", Ch. 1-15
# (Parts I - V)", ". Chapters 15-Afterword (end)", ", lines 1-1599", ". Act I - Act II".
_ASSIGNED_RE = re.compile(
    r"[,.;]\s+(?:Ch(?:s|apters?)?\.?|Acts?|[Ll]ines|Letter)\s*[\dIVXLC]+\s*"
    r"(?:-|–|—|to\b|through\b)\s*\S.*$"
    # ("*Paradise Lost*, book 1, lines 27--375", "*Tempest*, act 2", "*Antigone*, lines
    # 631--end [Sakai]": one act, book or run of lines, closing the line)
    r"|,\s+(?:(?:act|book|canto)\s+[\dIVXLC]{1,4}(?:,\s*lines\s+\d+\s*(?:--?|–)\s*(?:\d+|end))?"
    r"|lines\s+\d+\s*(?:--?|–)\s*(?:\d+|end))(?:\s*\[[^\[\]]*\])?\s*$"
    # ("*Night of the Living Dead* (2008), pg 22-27, 111-121 (BB)": the pages set, and who
    # set them)
    r"|,\s+pgs?\.?\s*\d+(?:\s*[-–]\s*(?:\d+|end))?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*"
    r"(?:\s*\([^()]{1,20}\))?\s*$")
# The words that may open such a part, to look for it at all.
_ASSIGNED_PART_WORDS = (", act ", ", book ", ", canto ", ", lines ", ", pg")


def _before_shops(s: str, start: int, end: int) -> int:
    """"Chorus by Rebecca Kauffman | Amazon | Bookshop": the labels of the shop links after
    an entry are no part of it, nor when a flattened page ran them on ("… HaighAmazonBookshop"):
    a shop's name after a bar, bullet or slash, or right after a lower-case letter."""
    b = end
    while True:
        head = s[start:b].rstrip(" |")
        name = next((n for n in _SHOP_NAMES if head.endswith(n)), None) if head.endswith(
            _SHOP_NAMES) else None
        if name is None:
            break
        cut = start + len(head) - len(name)
        before = s[start:cut].rstrip()
        if before and before[-1] in "|•·/":
            b = start + len(before) - 1
        elif cut > start and s[cut - 1].islower():
            b = cut
        else:
            break
    return end if b == end else trim(s, start, b)[1]


# A reader's score closing the line: ". Rating: 4/5", " — 4.5/5", " (8/10)", ", 3 out of 5",
# "…](https://amzn.to/…): 4/5.".
_SCORE_RE = re.compile(
    r"(?:[.,;]?\s*(?:my\s+)?rating:?\s*|\s*[–—-]\s*|[,:]\s*|\s+(?=\())\(?"
    r"(?P<score>\d{1,2}(?:\.\d)?)\s*(?:/|out\s+of)\s*(?P<of>5|10)(?:\s*stars?)?\)?\.?\s*$",
    re.IGNORECASE)


# A reader's score opening the line, after a one-letter shelf at most: "N, 4/5, Title, …",
# "4.5/5 - Title by …", "(8/10) Title".
_LEAD_SCORE_RE = re.compile(
    r"(?:[A-Z]{1,2},\s*)?\(?(?P<score>\d{1,2}(?:\.\d)?)\s*/\s*(?P<of>5|10)\)?"
    r"(?:\s*[,;:|–—-]\s*|\s+(?=[A-Z“\"]))")


def _before_score(s: str, start: int, end: int) -> int:
    if s.find("/", max(start, end - 12), end) < 0 and s.find("out of", start, end) < 0:
        return end
    m = _SCORE_RE.search(s, start, end)
    if m is None or m.start() == start or float(m["score"]) > int(m["of"]):
        return end
    return m.start()


def _before_marks(s: str, start: int, end: int) -> int:
    """"Piranesi by Susanna Clarke ★★★★☆", "Klara and the Sun (Kazuo Ishiguro) ✓": a
    reader's rating or tick after the entry is no part of it."""
    b = end
    while b > start and s[b - 1] != "\ufffd" and (  # a replacement character is text lost
            unicodedata.category(s[b - 1]) == "So" or s[b - 1] == "\ufe0f"):
        b -= 1
    if b in (end, start) or not s[b - 1].isspace():
        return end  # no marks, nothing but marks, or a sign glued to a word ("Title™")
    # "… (2019-02-07) // ★★★★": the rating's own separator goes with it
    return trim(s, start, len(s[start:b].rstrip().rstrip("/|").rstrip()) + start,
                keep_quotes=True)[1]


def slug_words(url: str) -> list[str]:
    """The words of a link target's last named path part, articles dropped from the front."""
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    parts = [p for p in path.split("/")[1:] if p and not p.isdigit()]
    return plain_words(parts[-1]) if parts else []


def plain_words(text: str) -> list[str]:
    """The words of `text` in lower case, articles dropped from the front."""
    words = [w for w in _SLUG_SPLIT_RE.split(text.lower()) if w]
    while words and words[0] in _SLUG_ARTICLES:
        words = words[1:]
    return words


def _order_by_link(draft: Draft, cleaned: Cleaned) -> None:
    """"[Anna Karenina - Leo Tolstoy](https://en.wikipedia.org/wiki/Anna_Karenina)": both
    sides read as names, and the dash form took the first for the author; the link's
    target is named after the work, so the side it spells out is the title."""
    if draft.form != "dash" or len(cleaned.links) != 1 or "author" not in draft.names:
        return
    a, b, url = cleaned.links[0]
    if trim(cleaned.text, 0, len(cleaned.text)) != (a, b):
        return
    title = draft.values.get("title")
    who = next((sp for sp in draft.name_spans if sp.field == "author"), None)
    if title is None or who is None or who.start > title[1]:
        return
    slug = slug_words(url)
    left, right = plain_words(draft.s[who.start:who.end]), plain_words(title[0])
    if not left or slug[:len(left)] != left or slug[:len(right)] == right:
        return
    names = parse_name_list(title[0], allow_surname=True, allow_mononym=True)
    if not names:
        return
    title_span = (who.start, who.end)
    name_span = (title[1], title[2])
    draft.names.pop("author")
    draft.name_spans = [sp for sp in draft.name_spans if sp.field != "author"]
    draft.put_names("author", names, *name_span)
    draft.put("title", *title_span)


# After a marked title, who made it: " – Naomi Alderman", " by R. F. Kuang".
_MAKER_AFTER_RE = re.compile(r"\s*(?:[-–—]{1,2}|,|by\b)\s*[A-Z]")


def _contents_entry(cleaned: Cleaned) -> bool:
    """"[QA - Mathematics](#qa---mathematics)": a link to a part of the same page."""
    if len(cleaned.links) != 1:
        return False
    a, b, url = cleaned.links[0]
    if any(x == a and y < b and _MAKER_AFTER_RE.match(cleaned.text, y, b)
           for x, y in cleaned.emphasis):
        return False  # "[*The Power* -- Naomi Alderman](#the-power)": a review's own entry
    return url.startswith("#") and len(url) > 1 and trim(cleaned.text, 0,
                                                         len(cleaned.text)) == (a, b)


def _named_before_venue(who: str) -> bool:
    """A person's name in full, given name first, before a comma and words that are no
    given name ("Ed Nather, USENET 1983"), where "Le Guin, Ursula K." is one name inverted."""
    before, _, after = who.partition(",")
    person = parse_person(before.strip())
    first = after.split(None, 1)[0] if after.strip() else ""
    return person is not None and bool(person.family) and bool(person.given) \
        and first not in GIVEN_NAMES and not re.match(r"\s*[A-Z]\.", after)


def read_with_labeller(text: str) -> Parsed | None:
    """The trained labeller's reading of a line no rule could read, if it is sure of a title.

    Only for lines a reading list holds: the model learnt from reading-list
    lines and was never shown prose, so `biblio.extract` asks it there and
    nowhere else.  Names go through the rules' own name readers, so a labelled
    author is split like any other; a field the model is unsure of is left out.
    """
    labeller = current_labeller()
    if labeller is None or len(text) > MAX_LINE or _PROFILE_RE.search(text) \
            or HOME_PAGE_RE.search(text):
        return None  # (a link to a profile or a site's home page names no work)
    cleaned = clean(text)
    if rejection_reason(cleaned.text) is not None:
        return None
    base = _prepare(cleaned)
    reading = labeller.label(cleaned)
    # The first stretch of each field the model is sure of.
    sure = {label: trim(base.s, *spans[0]) for label, spans in reading.spans.items()
            if reading.confidence[label] >= LABELLER_MIN_CONFIDENCE}
    if "title" not in sure:
        return None
    draft = base.fork()
    draft.form = "labelled"
    draft.put("title", *sure["title"])
    kept = {"title": reading.confidence["title"]}
    for role in ("author", "editor", "translator"):
        if role not in sure:
            continue
        a, b = sure[role]
        who = base.s[a:b]
        if "," in who and _named_before_venue(who):
            # "Clara Moskowitz, Scientific American": a writer, then where it ran
            b = a + who.index(",")
            who = who[:who.index(",")]
        names = (parse_inverted_list(who) if "," in who else None) or parse_name_list(
            who, allow_mononym=True)
        if names:
            draft.put_names(role, names, a, b)
            kept[role] = reading.confidence[role]
    for var, label in (("publisher", "publisher"), ("publisher-place", "place")):
        if label in sure:
            draft.put(var, *sure[label])
            kept[var] = reading.confidence[label]
    if "year" in sure and base.s[slice(*sure["year"])].isdigit():
        draft.put_year(int(base.s[slice(*sure["year"])]), *sure["year"])
        kept["issued"] = reading.confidence["year"]
    if _implausible(draft, cleaned.text) is not None:
        return None
    title = draft.get("title") or ""
    if title.lower() in LEAD_INS:
        return None  # "Coming Up", "Also mentioned": a label over the entries, not one of them
    if len(kept) == 1 and not is_title_like(title):
        return None  # a sentence, and nothing else: "More on Ms. Bloom's involvement in the …"
    parsed = _finish(text, cleaned, draft)
    parsed.method = "labeller"
    parsed.confidence = round(min(kept.values()), 2)
    calibrate(parsed)
    return parsed


def _spaced_publisher(base: Draft, start: int, end: int) -> int:
    """A known publisher set off by a wide gap at the end of the line, as a list copied from
    a table gives it ("Malcolm Barber " The Crusader States"   Yale University Press"): read,
    and the line ends before it."""
    gap = base.s.rfind("  ", start, end)
    a, b = trim(base.s, gap, end)
    year = LEADING_YEAR_RE.match(base.s, a, b)  # "…  1998, Whitecap Books."
    name = base.s[year.end() if year else a:b]
    if gap <= start or a >= b or len(name.split()) > _SPACED_PUBLISHER_WORDS or " by " in name \
            or not is_publisher(name) or unlikely_publisher(name):
        return end  # ("The Heaven & Earth Grocery Store by James McBride" is no "… Store")
    if year is not None:
        if base.date is None:
            read_date(base, year.start("y"), year.end("y"))
        a = year.end()
    base.put("publisher", a, b)
    return trim(base.s, start, gap, keep_quotes=True)[1]


def read_listed_title(text: str, vouched: bool = False) -> Parsed | None:
    """A list item that is a title and nothing else, as a list under "## Books" gives
    them ("- Deep work", "- The Holy Bible"): the whole line, one short stretch opening with
    a capital, in sentence case as often as in title case.

    Only for items under a heading that names works: anywhere else such a line is as
    likely a label or a remark, so `biblio.extract` asks here and nowhere else.  A byline
    or an ISBN under the line vouches for it (`vouched`): the title may then be longer, and
    may read like a name ("Mad Honey" over "by Jodi Picoult …").
    """
    if len(text) > MAX_LINE:
        return None
    cleaned = clean(text)
    if cleaned.links or rejection_reason(cleaned.text) is not None:
        return None
    base = _prepare(cleaned)
    shop = base.values.get("URL")
    if base.values and not (len(base.values) == 1 and shop is not None
                            and _SHOP_RE.search(str(shop[0]))):
        return None  # an address or an identifier: the rules read those
    # "The Gene: https://amzn.to/…": a shop's link after the title is where to buy it
    stretch = base.s.rstrip() if shop is None else base.s[:shop[1]].rstrip().rstrip(":–—-")
    if (remark := _BRACKET_REMARK_RE.search(stretch)) is not None and remark.start() > 0:
        stretch = stretch[:remark.start()]  # "The Girl With the Dragon Tattoo (my review …)"
    a, b = trim(base.s, 0, len(stretch))
    title = base.s[a:b]
    words = title.split()
    # a title vouched for may close on its own mark ("Kids Are Worth It!" over its byline)
    body = stretch.rstrip()[:-1] if vouched and stretch.rstrip()[-1:] in "!?" else stretch
    if not 0 < len(words) <= (VOUCHED_TITLE_WORDS if vouched else _LISTED_TITLE_WORDS) \
            or not opens_title(title) \
            or title.lower() in LEAD_INS or _LISTED_BREAK_RE.search(body) \
            or (len(words) == 1 and everyday_word(title) and not vouched) \
            or (not vouched and parse_name_list(title)) \
            or any(w.lower().strip(".,") in MONTHS for w in words) \
            or (not vouched and len(words) >= 3 and not is_title_like(title) and (
                words[0].lower() in _ADVICE_OPENERS or (len(words) >= 4 and any(
                    w.lower().strip(".,;") in _ADDRESSING
                    for w in title.partition(":")[0].split())))):
        # a sentence, a label ("Links"), a name or a date: a list of authors, or of the
        # days a book was read
        return None
    draft = base.fork()
    draft.form = "listed"
    draft.put("title", a, b)
    return _finish(text, cleaned, draft)


def _identified(text: str, cleaned: Cleaned, base: Draft | None = None) -> Parsed | None:
    """A line that gives an ISBN or a DOI names a work, however the rest reads.

    The identifier alone is enough for a lookup to find the work, so such a
    line is never rejected: it becomes a record carrying the identifier (a
    book for an ISBN), with a low confidence since nothing else was read.
    """
    if base is None:
        if not names_a_work(cleaned.text):
            return None  # (most refused lines: no draft is built to find that out)
        base = _prepare(cleaned)
    if "ISBN" not in base.values and "DOI" not in base.values:
        return None
    draft = base.fork()
    draft.form = "identifier"
    draft.type = "book" if "ISBN" in base.values else "article-journal"
    a, b = trim(draft.s, 0, len(draft.s))
    rest = draft.s[a:b]
    # "978-0300209358 The Experience of God": the rest is a title.  A paper's title after
    # its DOI is as often in sentence case ("…/3386367.3431294 -- Neural packet
    # classification"), so there the rest may open with a capital and hold no sentence.
    doi = base.values.get("DOI")
    if a < b and "  " not in rest and len(rest.split()) <= 15 and rejection_reason(rest) is None \
            and (is_title_like(rest)
                 or (doi is not None and doi[2] <= a and opens_title(rest)
                     and rest[-1:] != "." and _SENTENCE_CUT_RE.search(rest) is None)):
        draft.put("title", a, b)
    return _finish(text, cleaned, draft)


def _work_page(text: str, cleaned: Cleaned, base: Draft, start: int, end: int) -> Parsed | None:
    """"The Selfish Gene: https://www.amazon.com/dp/0198788606": a short title and the shop's
    or the catalogue's page for that one book (its ISBN in the address, or a book page's
    path), wherever the line stands; or a paper's address after a title that reads as one
    ("Free Energy Minimization for Decoding and Cryptoanalysis …/fes.pdf")."""
    url = base.values.get("URL")
    paper = url is not None and PAPER_URL_RE.search(str(url[0])) is not None
    if url is None or not (isbn_in_link(str(url[0])) or _BOOK_PAGE_RE.search(str(url[0]))
                           or paper):
        return None
    a, b = trim(base.s, start, end)
    while b > a and base.s[b - 1] in ":|–—->":
        b = trim(base.s, a, b - 1)[1]  # "Title: <link>", "Title – <link>", "A0G -> <link>"
    title = base.s[a:b]
    if not 0 < len(title.split()) <= _LISTED_TITLE_WORDS or not opens_title(title) \
            or rejection_reason(title) is not None or _LISTED_BREAK_RE.search(title):
        return None
    person = parse_person(title)
    if person is not None and known_given_name(person):
        return None  # "Richard Dawkins: <link>": the author's page
    if paper and (title.lower() in _BARE_LINK_TEXTS or not is_title_like(title)):
        return None  # "Slides: <link>.pdf", "offline RL survey: <link>": a label, not a title
    draft = base.fork()
    draft.type = "article-journal" if paper else "book"
    draft.form = "link"  # as sure as "[Title](shop link)", the title its link names
    draft.put("title", a, b)
    return _finish(text, cleaned, draft)


# A shop's product line, as copied into reading lists: "Tinkers Paperback – January 1,
# 2009", "… Made Easy Paperback – January 1, 2010", then perhaps "by Jill Bossert (Author)
# 4.0 4.0 out of 5 stars (17)".  The binding and the shop's stars are no part of the entry.
_BINDING_RE = re.compile(
    r"\s(?:(?:Mass Market )?Paperback|Hardcover|Kindle Edition|(?:Audible )?Audiobook|Audio CD"
    r"|Board book|Library Binding|Spiral-bound|Leather Bound)\s+[–—-]\s+"
    rf"(?P<date>(?:{_MONTH}\s+\d{{1,2}},?\s+)?{_YEAR})\b")


_BARE_LINK_TEXTS = frozenset({
    "link", "links", "pdf", "here", "slides", "video", "website", "site", "web", "online", "html",
    "url", "download", "ebook", "e-book", "free pdf", "read online", "free online", "full text",
    "lecture notes", "online book", "online version", "webpage", "web page", "homepage"})


_SEE_BEFORE_RE = re.compile(r"(?<=[.)] )See(?:[ \t]+(?:the|book|its|our))?[ \t]+\[?$")


# A show's label for an episode aired again: "Dunkirk (A-Town Rerelease)", "… (Rebroadcast)".
_RERUN_LABEL_RE = re.compile(r"\s*\((?:[^()]{0,30}\s)?(?:[Rr]e-?release|[Rr]ebroadcast|[Ee]ncore|"
                             r"[Rr]e-?run|[Rr]eplay)\)")


# A canon's author with the years they lived, then a dash and the works: "Machiavelli
# (1469–1527) — The Prince. A ruler's handbook …", "Aeschylus (c. 525–456 BCE) — The Oresteia".
_LIVED_THEN_DASH_RE = re.compile(
    r"\s*(?P<lived>[^()\d]{2,60}?\s*(?P<span>\([^()]{3,40}\)))\s+[—–-]\s+\S")
_FIRST_STOP_RE = re.compile(r"[.!?]\s")
# A syllabus's "selections from" after the author's comma, before the part it assigns.
_SELECTIONS_FROM_RE = re.compile(r"(?<=,)\s+(?:selections?|excerpts?|extracts?)\s+from\s+(?=\S)",
                                 re.IGNORECASE)
# A reading list's category in brackets before the entry, perhaps after its kind:
# "Book: [Theory] Slater, M. (2022). …", "[Stan programming] Lambert, B. (2018). …".
_CATEGORY_LABEL_RE = re.compile(r"\s*(?:[A-Z][A-Za-z ]{1,20}:\s*)?(?P<label>\[[^\[\]]{1,60}\])"
                                r"(?=\s+[A-Z])")
# What such a list assigns of the entry, closing the line: ". Chapters 1: Probability. Pages
# 1-15."
_CHAPTERS_TAIL_RE = re.compile(r"(?<=\.)\s+Chapters?\s+\d+(?:\s*[-–]\s*\d+)?(?::[^.]{1,80})?"
                               r"\.?(?:\s+Pages?\s+\d+(?:\s*[-–]\s*\d+)?\.?)?\s*$")


def _prepare(cleaned: Cleaned) -> Draft:
    """A draft holding the identifiers, with them blanked out of the working text."""
    s = cleaned.text
    marked = cleaned.emphasis + tuple((a, b) for a, b, _ in cleaned.links)
    draft = Draft(s, emphasis=marked, italics=cleaned.emphasis)
    identifiers = find_identifiers(s)
    masks = [_bracketed(s, f.mask_start, f.end) for f in identifiers] + accessed_notes(s)
    # "… Justin Kelly, 1996.[link](http://…/sicp.pdf)": a link whose words say only that it
    # is one names no part of the entry (its address is still the record's), nor does the
    # sentence that points to it ("… O'Reilly Media, 2016. See [online book](…).")
    for a, b, _ in cleaned.links:
        if s[a:b].strip(" []().").lower() in _BARE_LINK_TEXTS:
            see = _SEE_BEFORE_RE.search(s, max(0, a - 20), a)
            masks.append((see.start() if see else a, b))
    binding = _BINDING_RE.search(s) if " – " in s or " - " in s else None
    if binding:
        read_date(draft, *binding.span("date"))  # (before the masks blank it out)
        masks.append(binding.span())
        masks += [m.span() for m in SHOP_STARS_RE.finditer(s, binding.end())]
    if "(" in s:
        masks += [m.span() for m in _RERUN_LABEL_RE.finditer(s)]
    if "(" in s and (lived := _LIVED_THEN_DASH_RE.match(s)) is not None \
            and person_and_years(lived["lived"].strip()) \
            and is_title_like(_FIRST_STOP_RE.split(s[lived.end() - 1:], 1)[0]):
        # the name alone stays before the dash, if a title follows it (not "His speeches and
        # letters. How to hold a republic together", which stays a person's dates)
        masks.append(lived.span("span"))
    if "[" in s and (category := _CATEGORY_LABEL_RE.match(s)) is not None:
        masks.append(category.span("label"))
        if (chapters := _CHAPTERS_TAIL_RE.search(s, category.end())) is not None:
            masks.append(chapters.span())
    if not masks:
        return draft
    for found in identifiers:
        draft.put_value(found.field, found.value, found.start, found.end)
    chars = list(s)
    for a, b in masks:
        chars[a:b] = " " * (b - a)
    draft.s = "".join(chars)
    return draft


def _bracketed(s: str, start: int, end: int) -> tuple[int, int]:
    """The identifier's span with the brackets around it: "[ISBN 0441172717]" goes whole."""
    a, b = start, end
    while a > 0 and s[a - 1] == " ":
        a -= 1
    while b < len(s) and s[b] == " ":
        b += 1
    if a > 0 and b < len(s) and (s[a - 1], s[b]) in (("[", "]"), ("(", ")")):
        return a - 1, b + 1
    return start, end


def _first_reading(base: Draft, start: int, end: int, cleaned: Cleaned) -> Draft | None:
    for formal in (parse_vancouver, parse_dblp, parse_comic_issue, parse_author_date,
                   parse_bibliography, parse_title_first):
        draft = formal(base, start, end)
        if draft is not None:
            _settle_paren_person(draft)  # "Beard, M. *SPQR* (Tauris, 2015)": the imprint
            return draft
    # The casual forms and the bare title share what trails the core: read it once.
    core = base.fork()
    core_end = read_core(core, start, end)
    # "Thinking, Fast and Slow (Daniel Kahneman)", "Sapiens - A Brief History of Humankind
    # (Yuval Noah Harari)": people alone in brackets say the rest is the title, whatever
    # commas or dashes it holds, unless a surer name heads it ("Stefan Zweig: The World of
    # Yesterday (Anthea Bell)": the bracket names the translator); so do surnames and a
    # year, as an author-date reference gives them ("Neurosymbolic AI: The 3rd Wave
    # (Garcez & Lamb, 2020)")
    paren_authors = core.paren_person is not None and (core.date is None or not any(
        name.given for name in core.paren_person[0]))
    for casual in (parse_casual, parse_title_only):
        draft = core.copy()
        if casual(draft, start, core_end) and not (
                paren_authors and ((draft.form == "comma" and core.date is None) or (
                    draft.form in ("comma", "dash", "surname", "colon")
                    and not any(map(known_given_name, draft.names.get("author", [])))))):
            _settle_paren_person(draft)
            return draft
    return _link_only(base, cleaned)


# The kind of work a link names, after it, and perhaps a remark in brackets after that.
_LINK_KIND_RE = re.compile(r"\s+\(?(?P<kind>book|novel|film|movie|documentary)\)?"
                           r"(?:\s+\([^()]*\))?\s*[.,;]?", re.IGNORECASE)
_LINK_KINDS = {"book": "book", "novel": "book", "film": "motion_picture",
               "movie": "motion_picture", "documentary": "motion_picture"}


_LOWER_LINK_WORDS = 3  # words in lower case that name a page's part, not a work


def _link_only(base: Draft, cleaned: Cleaned) -> Draft | None:
    """"[Kronstadt rebellion - Wikipedia](url)": a web page named by its link; "[Make It
    Stick](…) book (and some [notes](…))": a link, the kind of work it is, a remark."""
    if not cleaned.links:
        return None
    a, b, _ = cleaned.links[0]
    start, end = trim(cleaned.text, 0, len(cleaned.text))
    kind = _LINK_KIND_RE.fullmatch(cleaned.text, b, end) if start == a and b < end else None
    if kind is None and ((start, end) != (a, b) or len(cleaned.links) != 1):
        return None

    person = parse_person(cleaned.text[a:b].strip())
    if person is not None and person.given is not None and known_given_name(person):
        return None  # "[Stan Gordon](…)": a person's site, not a work
    words = cleaned.text[a:b].split()
    if len(words) <= _LOWER_LINK_WORDS and not any(ch.isupper() for ch in cleaned.text[a:b]) \
            and not caseless(cleaned.text[a]):
        return None  # "[reading notes](…)", "[playlist](…)": a page's own parts, in lower case
    url = cleaned.links[0][2]
    if _PROFILE_RE.search(url):
        return None  # "[Courtney Brown](https://www.instagram.com/…/)": a profile
    draft = base.fork()
    draft.type = "book" if _SHOP_RE.search(cleaned.links[0][2]) else "webpage"
    if kind is not None:
        draft.type = _LINK_KINDS[kind["kind"].lower()]
    draft.form = "link"
    site = _SITE_SUFFIX_RE.search(cleaned.text, a, b)
    if site:
        draft.put("container-title", site.start("site"), site.end("site"))
        b = site.start()
    draft.put("title", a, b)
    return draft


# What may stand before a title in its marks on a line of its own: a short label or name, no
# sentence ("最佳脱口秀：", "莎拉·斯努克").
_MARKS_LEAD_RE = re.compile(r"[^《》『』。！？.!?\n]{1,30}")


def _italic_title(base: Draft, start: int, end: int, text: str, cleaned: Cleaned) -> Draft | None:
    """"- *Solaris*": a title in italics and nothing else, as reading lists give them.

    Only single markers count (`*Solaris*`, `_Solaris_`): a line in bold is more
    often a heading.  The reading is weak on purpose (see `_FORM_CONFIDENCE`):
    `biblio.extract` takes it inside a reading list and nowhere else.
    """
    if len(cleaned.emphasis) != 1:
        return None
    opened = cleaned.span(*cleaned.emphasis[0])[0]
    marks = text[opened - 1:opened] in TITLE_MARK_OPENERS
    if cleaned.emphasis[0][0] != start:
        # "最佳剧情剧集：《继承之战》", "詹妮弗·库里奇《白莲花度假村》": a label or a person before
        # a title in its marks
        if not marks or _MARKS_LEAD_RE.fullmatch(base.s, start, cleaned.emphasis[0][0]) is None:
            return None
        start = cleaned.emphasis[0][0]
    assigned = False
    if cleaned.emphasis[0][1] != end:
        # "_The Tempest_ through Act III.", "_Migritude_ to end.": a syllabus's assignment;
        # "《原则》 汇集了 瑞·达利欧 的思考": a remark after a title in its marks
        if not marks and _ASSIGNMENT_RE.fullmatch(base.s, cleaned.emphasis[0][1], end) is None:
            return None
        end, assigned = cleaned.emphasis[0][1], not marks
    if opened >= 2 and text[opened - 2] == text[opened - 1]:
        return None  # "**Further reading**"
    title = base.s[start:end]
    # (a title in Chinese title marks is one, whatever its case: "《Think in java 4th》")
    if len(title.split()) > 12 or title.lower() in LEAD_INS or not (is_title_like(title) or marks):
        return None
    draft = base.fork()
    # the marks name a work as surely as quotes do, where italics may be any emphasis
    draft.form = "assigned" if assigned else "title-marks" if marks else "italic"
    draft.put("title", start, end)
    return draft


_FIRST_FILMS = 1888  # the year of the oldest surviving motion picture


def _settle_paren_person(draft: Draft) -> None:
    """"(Andrei Tarkovsky, 1979)" names the director unless the line already has authors;
    without a year, "(Kazuo Ishiguro)" after a title names its authors."""
    if draft.paren_person is None:
        return
    names, a, b = draft.paren_person
    authors = draft.names.get("author", [])
    outlet = draft.s[a:b].strip()
    if not authors and "container-title" not in draft.values \
            and outlet.lower() in PERIODICALS:
        # "[What's so funny about Jerry Lewis?](…) (Rolling Stone)": where it ran
        draft.put("container-title", a, b)
        draft.type = container_type(draft)
        return
    if draft.date is None:
        if not authors and "editor" not in draft.names:
            draft.put_names("author", names, a, b)
            draft.form = "paren-author" if draft.form == "title" else draft.form
        return
    if draft.form == "comma" and authors and known_given_name(names[0]) and not any(
        known_given_name(n) for n in authors
    ):
        _fold_authors_into_title(draft)  # "Good Bye, Lenin! (Wolfgang Becker, 2003)"
        authors = []
    if authors or "editor" in draft.names:
        outlet = draft.s[a:b].strip().lower()
        if draft.form == "quoted" and outlet in PERIODICALS \
                and "container-title" not in draft.values:
            # ""…," by Kate Taylor (Business Insider, 2019)": where the article ran
            draft.put("container-title", a, b)
            draft.type = container_type(draft)
        else:
            draft.put("publisher", a, b)
    elif draft.form == "quoted" or (draft.date.year or _FIRST_FILMS) < _FIRST_FILMS \
            or not any(name.given for name in names):
        # ""The Revolution Betrayed" (Leon Trotsky, 1936)"; "Pride and Prejudice (Jane
        # Austen, 1813)": no one directed a film before there were films; "Sapiens
        # (Harari, 2014)": surnames alone and a year are an author-date reference
        draft.put_names("author", names, a, b)
        draft.form = "paren-author" if draft.form == "title" else draft.form
    else:
        draft.put_names("director", names, a, b)
        draft.type = "motion_picture"


def _fold_authors_into_title(draft: Draft) -> None:
    """The "authors" before the comma were the start of the title after all."""
    span = next(sp for sp in draft.name_spans if sp.field == "author")
    title_end = draft.values["title"][2]
    draft.names.pop("author")
    draft.name_spans = [sp for sp in draft.name_spans if sp.field != "author"]
    draft.put("title", span.start, title_end)
    draft.form = "title"


def is_count(text: str) -> bool:
    """A figure and what it counts, no title ("7,878 pages")."""
    return _COUNT_RE.fullmatch(text.strip()) is not None


def _implausible(draft: Draft, line: str) -> str | None:
    """Why a reading that fits the form is still not a citation, if it is not."""
    title = draft.get("title")
    if not title or not _ALNUM_RE.search(title):
        return "no title"
    if len(title.split()) > 40:
        return TOO_LONG_TITLE
    if _CLOCK_RE.fullmatch(title.strip()):
        return "a time, not a title"  # "Pairings Timestamp: 1:07:05"
    if is_count(title):
        return "a count, not a title"
    if draft.form == "bibliography" and draft.date is None \
            and _BARE_YEAR_RE.fullmatch(title.strip()):
        return "a date, not a title"  # "Chang, HJ. 2009. *[Bad Samaritans …](…))*."
    if draft.form == "colon" and _BARE_YEAR_RE.fullmatch(title.strip()) and not any(
            known_given_name(n) and not any(map(everyday_word, [
                *(n.given or "").split()[1:], *(n.family or "").split()]))
            for n in draft.names.get("author", [])):
        return "a date, not a title"  # "Hugo Time Machine: 1961" ("Orwell: 1984" is one)
    if draft.form == "title" and " " not in title.strip():
        after = _GIVEN_AFTER_RE.match(draft.s, draft.values["title"][2])
        if after is not None and after["given"] in GIVEN_NAMES:
            return "an author's name, not a title"  # "Lunsford, Andrea. A. Easy Writer: …"
    if draft.form == "quoted" and not draft.names and draft.date is None \
            and _SAYING_RE.match(title):
        return "a quotation, not a title"  # "“You just start”"
    if _PODCAST_LABEL_RE.search(line):
        return "a podcast or show, not a work"  # "“…”: A New Freakonomics Radio Podcast"
    if _MONTHS_RE.fullmatch(bare := title.strip(" .")) or _NUMERIC_DATE_RE.fullmatch(bare):
        # "Earlier Roundups: April, May, June, July, and August"; a presenter's day under
        # the name, "Alaina Pearce 10/18/2021" ("11/22/63" is a novel: no full year)
        return "a date, not a title"
    if _MONTH_YEAR_RE.fullmatch(bare):
        return "a date, not a title"  # "Voxxed Days Luxembourg - Juin 2023" ("August 1914" is one)
    if _ISSUE_NUMBER_RE.fullmatch(bare):
        return "a number, not a title"  # "## #152 - Dan Gable - Olympic Wrestling, …"
    if draft.form == "dash" and title.strip(" .").lower() in _AWARD_CATEGORIES:
        return "an award's category, not a title"  # "Hugo Awards – Novel", "Bram Stoker – Novel"
    if draft.form == "title" and _FOR_A_DAY_RE.search(title):
        return "a dated episode, not a work"  # "The Political Gabfest for Sept. 25, 2009."
    if draft.form == "link" and not draft.names and is_yearly_reading_post(title):
        return "a post's title, not a work"  # "[Books I read in 2019](…)" on a reading log
    if draft.form == "dash" and _EPISODE_NUMBER_RE.fullmatch(title) and draft.names.get(
            "author") and all(map(surely_a_person, draft.names["author"])):
        return "an episode's number and its guest, not a title"  # "Episode 05 — Max Cooper"
    numbered = _NUMBER_THEN_NAME_RE.fullmatch(title)
    guest = parse_person(numbered.group(1)) if numbered else None
    if guest is not None and known_given_name(guest):
        return "an episode's number and its guest, not a title"  # "022 Douglas Foster - …"
    if _DUE_RE.search(title):
        return "a deadline, not a title"  # "Week 4: Due Friday, September 12 at 11:59PM PT"
    if _WEEK_OF_RE.fullmatch(title):
        return "a date, not a title"  # "Rising Quickly - Week of October 24, 2022"
    if _YEARS_RE.match(title) or (draft.form == "title" and draft.date_span is not None and
                                  _YEARS_RE.match(draft.s[draft.date_span[0]:draft.date_span[1]])
                                  and parse_person(title) is not None):
        return LIVED  # "Lenin (1870–1924)", "Rosa Luxemburg, 1871–1919"
    # an edition's editor or translator beside a title in italics backs the reading as a
    # date does: "Chaucer, *Troilus and Criseyde*, ed. Windeatt: “Book I”, “Book II”"
    evidence = draft.date is not None or draft.labelled or not _EVIDENCE_FIELDS.isdisjoint(
        draft.values) or (" al" in line and _ET_AL_RE.search(line) is not None) or (
        ("editor" in draft.names or "translator" in draft.names) and _title_marked(draft))
    authors = draft.names.get("author", [])
    # an imprint's town (read only beside a year or "n.d.") backs a lone name as a date
    # does: "ALCIPHRON, Letters, London, n.d."
    if not (evidence or draft.era_date or "publisher-place" in draft.values) and authors and all(
        n.given is None and n.literal is None and not is_mononym(n) for n in authors
    ):
        if not (_title_marked(draft) or draft.form in ("by", "possessive", "surname", "quoted")
                or (draft.form == "paren-author" and len(authors) > 1)):
            return LONE_WORD_AUTHOR
        # "Housekeeping by Robinson", "Knuth's [Literate Programming](…)" (a title in quotes
        # after its writers' surnames is no weaker than after their full names)
        draft.weak = draft.weak or draft.form != "quoted"
    marked_by = draft.form in ("by", "possessive-kind") and _title_marked(draft) \
        and bool(authors) and all(map(surely_a_person, authors))
    # ("*Beautiful world where are you* by Sally Rooney", "Richard Feldman's talk [Title](…)")
    # "I am a Bunny by Richard Scarry": a short title before a person surely named is no
    # sentence, whatever its words
    named_by = draft.form == "by" and bool(authors) and len(title.split()) <= _SHORT_TITLE \
        and all(map(surely_a_person, authors))
    # "David McRaney: You're not so smart": a person's full name, a colon, a short title in
    # sentence case, as a reading log writes its lines
    named_colon = draft.form == "colon" and bool(authors) and known_given_name(authors[0]) \
        and all(n.family for n in authors) and title[:1].isupper() \
        and len(title.split()) <= _COLON_TITLE_WORDS
    if not evidence and draft.form not in _STRONG_FORMS and not marked_by \
            and looks_like_prose(line) \
            and looks_like_prose(_outside_title(draft, line, title, always=named_by or (
                _title_marked(draft) and not _ADDRESSED_RE.search(title)))):
        if not named_colon:
            return "reads as prose"
        draft.weak = True
    if draft.form in ("comma", "dash", "colon") and len(title.split()) > _SENTENCE_TITLE_WORDS \
            and not is_title_like(title) and not _title_marked(draft) and not draft.labelled:
        # (a type's label says a work follows, whatever its case: "Livro: Scrum: a arte de …")
        return "reads as prose"  # "This Week, we watch the … ever assembled - Sin City (2005)."
    if not evidence and draft.form == "comma" and title[:1].islower() and not _title_marked(draft) \
            and not _ARTICLE_THEN_CAPITAL_RE.match(title):  # ("Annie Lyons, the Brilliant Life …")
        return "describes a person, not a work"  # "Shannon Moore, service mechanic for …"
    if not evidence and draft.form in ("comma", "dash", "colon") and not is_title_like(title) \
            and not (_title_marked(draft) and authors and surely_a_person(authors[0])):
        if not (authors and (known_given_name(authors[0]) or (
                draft.form == "dash" and surely_a_person(authors[0])))
                and len(title.split()) <= 8 and (title.islower() or title[:1].isupper())):
            return "reads as prose"
        # "Toni Morrison – song of solomon", "Herminia Ibarra - Working identity", and in
        # any language "Kübra Gümüsay - Sprache und sein": weak, for a list to take
        draft.weak = True
    if not evidence and draft.form == "comma" and _names_only(title):
        return "a list of people, not a work"  # "Al Switzler, Joseph Grenny, and Ron McMillan"
    if not evidence and authors and (any(map(_holds_job, authors)) or (
            draft.form == "comma" and surely_a_person(authors[0]) and _job_title(title)) or (
            draft.form == "dash" and surely_a_person(authors[0]) and title.split()[-1].islower()
            and (_job_title(title) or title.split()[-1] == "translator"))):
        # "Marcela Gaviria, Documentary Filmmaker", "Philip Roughton - Icelandic translator"
        return "describes a person, not a work"
    if not evidence and title.split(None, 1)[0].lower() in BIO_WORDS and _BIO_RE.search(title):
        return "describes a person, not a work"  # "Professor of History at …"
    if not evidence and "s " in title and _DESCRIBED_WORK_RE.match(title):
        return DESCRIBED_WORK  # "Journalist Larry Tabak's series on Foxconn in Wisconsin"
    if not evidence and _hosts_show(title):
        return "a podcast or show, not a work"  # "Joyce Carol Oates, The Tim Ferriss Show"
    if not evidence and draft.form == "comma" and _SHOW_CREDIT_RE.search(title):
        return "a podcast or show, not a work"  # "Todd Schulkin, Inside Julia’s Kitchen,
        # Heritage Radio Network": a show and its network after its host"
    return None


def _hosts_show(title: str) -> bool:
    """A show named after its host ("The Tim Ferriss Show", "The Ezra Klein Podcast"), not
    a film named after no one ("The Truman Show")."""
    m = _HOSTS_SHOW_RE.fullmatch(title.strip())
    if m is None:
        return False
    host = parse_person(m.group("host"))
    return host is not None and host.family is not None and known_given_name(host)


def _job_title(title: str) -> bool:
    """What follows a guest's name in a credit: "Documentary Filmmaker", "Attorney at Law",
    "C.E.O. and president of Mannequin Madness" — a job opening or closing the text, and
    no article before it (a novel may be "The Editor")."""
    words = [w.replace(".", "").lower() for w in _WORD_RE.findall(title)]
    if not words or words[0] in ("the", "a", "an") or len(words) > 8:
        return False
    return words[0] in JOB_WORDS or words[-1] in JOB_WORDS \
        or all(w in BIO_WORDS for w in words)  # "Cal Flyn, Deputy Editor"


def _holds_job(name: Name) -> bool:
    """A "name" with a job in it: "Documentary Filmmaker", "Henderson, C.E.O."."""
    parts = " ".join(p for p in (name.given, name.family, name.literal) if p)
    return any(w.replace(".", "").lower() in JOB_WORDS for w in parts.split())


def _names_only(title: str) -> bool:
    """The "title" is itself two or more people's full names."""
    if "," not in title and " and " not in title and "&" not in title:
        return False
    names = parse_name_list(title)
    return names is not None and len(names) >= 2 and all(
        n.family and surely_a_person(n) for n in names) and any(
        known_given_name(n) for n in names)


# Words that speak to or for someone: a link's words holding them are a sentence ("Listen
# for free", "The authors we have already read are listed here"), where "talk" alone is
# a title's ("[Perceived Performance talk](…)").
_ADDRESSED_RE = re.compile(r"\b(?:we|we're|us|our|you|your|i|i'm|my|listen|please|here|"
                           r"check out|join)\b", re.IGNORECASE)


def _title_marked(draft: Draft) -> bool:
    """The title is exactly a stretch set in italics, bold or a link's text."""
    title = draft.values.get("title")
    return title is not None and (title[1], title[2]) in draft.emphasis


def _outside_title(draft: Draft, line: str, title: str, always: bool = False) -> str:
    """The line without its title and names, when the title is in title case.

    Titles speak in the first and second person ("I Don't Know How She Does It",
    "Happy Birthday to You!") and initials end in dots ("I. McEwan"); only the
    words around them tell a sentence addressed to the listener.
    """
    if not (always or is_title_like(title)):
        return line
    chars = list(line)
    spans = [(a, b) for _, a, b in draft.values.values()]
    spans.extend((sp.start, sp.end) for sp in draft.name_spans)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _finish(text: str, cleaned: Cleaned, draft: Draft) -> Parsed:
    """The record, spans in the user's coordinates, and a confidence from the evidence."""
    if "ISBN" not in draft.values:
        bare = bare_isbn10(draft.s)
        if bare is not None:
            draft.put_value("ISBN", bare.value, bare.start, bare.end)  # "…, 1951, 0316769487"
            _title_without(draft, bare.start, bare.end)
    _series_after_title(draft)
    _edition_after_title(draft)
    _title_within_marks(draft)
    _title_out_of_brackets(draft)
    _doubled_title(draft)
    if "publisher" in draft.values and unlikely_publisher(draft.get("publisher") or ""):
        del draft.values["publisher"]
    if draft.type == "book" and "URL" in draft.values and not (
        "publisher" in draft.values or "ISBN" in draft.values
        or _SHOP_RE.search(str(draft.values["URL"][0]))
    ):
        draft.type = "webpage"  # a work cited by its address alone, not a shop's page
    link_url = cleaned.links[0][2] if cleaned.links else None
    if link_url and link_url.startswith("#"):
        link_url = None  # a place on the same page ("#the-power"), no address of the work
    if link_url and draft.form == "link":
        draft.values.pop("URL", None)
    spans = _line_spans(cleaned, draft.spans())
    if link_url and "URL" not in draft.values:
        # the link target is not part of the clean text: point into the line itself
        draft.put_value("URL", link_url, 0, 0)
        at = text.find(link_url)
        spans.append(Span("URL", at, at + len(link_url)))
    preprint = arxiv_id(text)
    if preprint is not None:
        _as_preprint(draft, preprint)
    confidence = _FORM_CONFIDENCE.get(draft.form, 0.5)
    if draft.date is not None or "publisher-place" in draft.values or draft.labelled:
        # an imprint's town stands beside a year, or "n.d."; "Livro:" names the kind of work
        confidence += 0.1
    if not _EVIDENCE_FIELDS.isdisjoint(draft.values):
        confidence += 0.05
    if draft.form == "title" and (not _ROLE_FIELDS.isdisjoint(draft.names)
                                  or known_publisher(draft)):
        confidence += 0.1  # "Invisible Planets, edited by Ken Liu": as telling as "by"; so
        # is a press the lexicon knows, in brackets: "Old Man’s War (Macmillan)"
    authors = draft.names.get("author", [])
    if draft.form == "pipe" and draft.record().subtitle and authors \
            and all(map(known_given_name, authors)):
        confidence += 0.1  # "Materials of the Mind: Phrenology, Race, and … | James Poskett": a
        # book's subtitle, and a person's full name where a show's name may stand ("Ocean
        # Vuong | On Being")
    edition = "editor" in draft.names or "translator" in draft.names
    if authors and all(n.given is None and n.literal is None and not is_mononym(n)
                       for n in authors) and not (edition and _title_marked(draft)):
        # "Chaucer, *Troilus and Criseyde*, ed. B. A. Windeatt": the italics and the
        # edition's editor make a surname alone sure
        confidence -= 0.15
    if draft.weak and not (edition and _title_marked(draft)):
        confidence = min(confidence, WEAK_CONFIDENCE)
    return Parsed(text, draft.record(), round(min(confidence, 1.0), 2), spans, True, None,
                  form=draft.form)


def _as_preprint(draft: Draft, arxiv: str) -> None:
    """An arXiv paper not published elsewhere is a preprint, as Zotero exports one: type
    "article" and the repository's identifier as its number.  A journal article that
    links its arXiv copy stays a journal article."""
    if "container-title" in draft.values or draft.type not in ("book", "webpage"):
        return
    draft.type = "article"
    publisher = draft.values.get("publisher")
    if publisher is not None and "arxiv" in str(publisher[0]).lower():
        # Google Scholar's "arXiv preprint arXiv:1706.03762": the repository, not a press
        draft.put_value("publisher", "arXiv", publisher[1], publisher[2])
    if "number" not in draft.values:
        draft.put_value("number", f"arXiv:{arxiv}", 0, 0)


_PAGES_AFTER_MARKS_RE = re.compile(r",\s*pp?\.\s*(?P<p>\d{1,5}(?:\s*(?:--?|–)\s*\d{1,5})?)(?!\d)")


def _line_spans(cleaned: Cleaned, found: list[tuple[str, int, int]]) -> list[Span]:
    """The spans of what was found, in the line's coordinates: a line without markup (most)
    only shifts them past its list marker, with no call per span."""
    if cleaned.offsets is None:
        shift = cleaned.shift
        return [Span(f, a + shift, b + shift) for f, a, b in found]
    return [Span(f, *cleaned.span(a, b)) for f, a, b in found]


def _doubled_title(draft: Draft) -> None:
    """A shop page's cover image left the short title glued to the title: the copy goes.
    So does a lone closing asterisk, a blog's mark for a gifted or linked copy ("Why We
    Came to the City* by Kristopher Jansma")."""
    title = draft.values.get("title")
    if title is None:
        return
    if (start := after_glued_copy(draft.s, title[1], title[2])) > title[1]:
        draft.put("title", start, title[2])
    elif title[0].endswith("*") and title[0].count("*") == 1 and len(title[0]) > 1:
        draft.put("title", title[1], draft.s.rindex("*", title[1], title[2]))


def _edition_after_title(draft: Draft) -> None:
    """"Effective Java, Third Edition", "Think Python 2nd Edition", "Roman Society (2nd
    ed.)": the edition closing the title is the record's edition, not the title's words."""
    title = draft.values.get("title")
    if title is None or "edition" in draft.values \
            or not draft.s[title[1]:title[2]].rstrip(" .)").lower().endswith(_EDITION_ENDINGS):
        return
    tail = _TITLE_EDITION_RE.search(draft.s, title[1], title[2])
    if tail is not None and tail.start() > title[1] and any(
            ch.isalpha() for ch in draft.s[title[1]:tail.start()]):
        draft.put("edition", tail.start("ed"), tail.end("ed"))
        draft.put("title", title[1], tail.start())


# How an edition statement ends (a cheap test before the search).
_EDITION_ENDINGS = ("edition", "ed", "edn")
# An edition statement closing a title, after a comma, a dash, a space or in brackets.
_TITLE_EDITION_RE = re.compile(
    rf"(?:\s*[,:–—-]\s*|\s*\(|\s+)(?P<ed>{EDITION_STATEMENT})\)?\.?\s*$")


def _title_within_marks(draft: Draft) -> None:
    """"*Volume 1: Fundamental Algorithms*. Third Edition. Addison-Wesley, 1997": a title
    set in italics ends with them, when a full stop follows; "Runner-Up Read: [_The
    Complete Maus_](…) by …": it starts with them, when a label and a colon come first."""
    title = draft.values.get("title")
    if title is None:
        return
    # (or a dash: "*Durable Disorder: …* — PhD thesis, LSE, 2011", a remark on the work)
    end = next((b for a, b in draft.emphasis if a == title[1] and b < title[2]
                and (draft.s[b:b + 2] == ". " or draft.s[b:b + 3] in (" — ", " – ")
                     or _PAGES_AFTER_MARKS_RE.match(draft.s, b, title[2]))), None)
    if end is not None and (pages := _PAGES_AFTER_MARKS_RE.match(draft.s, end, title[2])):
        # "*The Book of Margery Kempe*, pp. 3--20 (Book One, …)": the pages a syllabus sets
        draft.put_range("page", *pages.span("p"))
        draft.put("title", title[1], end)
        return
    if end is None and draft.date is not None and "publisher" not in draft.values:
        # "Timothy Clark, _Kuniyoshi, from the Arthur R. Miller Collection_, Royal Academy of
        # Arts, London, 2009": after the italics and a comma, the house's name alone
        end = next((b for a, b in draft.emphasis if a == title[1] and b < title[2]
                    and draft.s[b:b + 2] == ", "
                    and _house_after_marks(draft.s[b + 2:title[2]].strip())), None)
        if end is not None:
            draft.put("title", title[1], end)
            read_imprint(draft, *trim(draft.s, end + 2, title[2]))
            return
    if end is None:
        start = next((a for a, b in draft.emphasis if title[1] < a and b == title[2]
                      and draft.s[title[1]:a].rstrip().endswith(":")
                      and len(draft.s[title[1]:a].split()) <= _LABEL_WORDS), None)
        if start is not None:
            draft.put("title", start, title[2])
        return
    draft.put("title", title[1], end)
    if "publisher" in draft.values or "publisher-place" in draft.values:
        return
    # what followed the italics in the title's stretch: its last sentence may be the
    # imprint ("Addison-Wesley", "London: Verso"), an edition note before it
    last = draft.s.rfind(". ", end, title[2])
    a, b = trim(draft.s, last + 2, title[2])
    text = draft.s[a:b].rstrip(".")
    if a < b and (is_imprint(text) or (draft.date is not None and _unknown_publisher(text))):
        read_imprint(draft, a, b)


def _title_out_of_brackets(draft: Draft) -> None:
    """"[Jonathan Strange & Mr Norrell], by Susanna Clarke": a Markdown reference link's
    text keeps its brackets in the clean text; the title is inside them."""
    title = draft.values.get("title")
    if title is None:
        return
    text = draft.s[title[1]:title[2]]
    if len(text) > 2 and text[0] == "[" and text[-1] == "]" and "[" not in text[1:-1] \
            and "]" not in text[1:-1]:
        draft.put("title", title[1] + 1, title[2] - 1)


def _house_after_marks(text: str) -> bool:
    """What stands between an italic title and the place and year: a house no list holds,
    or an institution that publishes ("Royal Academy of Arts", "Society for Japanese
    Arts"), not an edition note or an exhibition's words."""
    return _unknown_publisher(text) or (
        len(text.split()) <= _HOUSE_WORDS and is_title_like(text)
        and not _EDITION_WORD_RE.search(text)
        and _INSTITUTION_RE.search(text) is not None)


_HOUSE_WORDS = 6
_INSTITUTION_RE = re.compile(
    r"\b(?:Society|Academy|Museum|Institute|Institution|Foundation|Trust|Council|Library|"
    r"Gallery|College|Association)\b")


def _unknown_publisher(text: str) -> bool:
    """"Addison-Wesley" before the year: a short capitalised name, no person, no edition
    note and no publisher's word against it, as an imprint names a house no list holds."""
    words = text.split()
    if not 0 < len(words) <= 4 or not is_title_like(text) or _EDITION_WORD_RE.search(text):
        return False
    person = parse_person(text)
    return is_publisher(text) is not False and (person is None or not known_given_name(person))


def _series_after_title(draft: Draft) -> None:
    """"The Raven Boys (The Raven Cycle, #1)", "Odalisque (Quicksilver Book 3)": the series
    and its number, as Goodreads writes them after a title, are the collection, not part of
    the title."""
    title = draft.values.get("title")
    if title is None:
        return
    tail = _SERIES_WORD_RE.search(draft.s, title[1], title[2])
    if tail is not None and draft.s[title[1]:tail.start()].split()[-1] not in ("The", "A", "An"):
        draft.put("title", title[1], tail.start())  # "Thursday Murder Club series by …"
        return
    if draft.form == "by" and title[0].endswith(")"):
        bare = _BARE_SERIES_RE.search(draft.s, title[1], title[2])
        if bare and bare.start() > title[1] and not _NOT_SERIES_RE.match(bare["series"]) \
                and not any(x <= title[1] and bare.end() <= y for x, y in draft.emphasis):
            # "Space Vampire (Choose Your Own Adventure) by Edward Packard": a series in
            # title case, without its number, between the title and "by" (inside the
            # title's italics it is the title's: "**We Are Legion (We Are Bob)** by …")
            draft.put("title", title[1], bare.start())
            draft.put("collection-title", bare.start("series"), bare.end("series"))
            return
    if not ("#" in title[0] or "ook " in title[0]):
        return  # (the pattern opens with spaces, so it is not searched in vain)
    m = _SERIES_RE.search(draft.s, title[1], title[2])
    if m is None:
        number = _SERIES_NUMBER_RE.search(draft.s, title[1], title[2])
        if number is not None and len(draft.s[title[1]:number.start()].split()) > 1:
            draft.put("title", title[1], number.start())  # "Impossible Creatures #1"
        return
    if m.start() == title[1]:
        return
    draft.put("title", title[1], m.start())
    draft.put("collection-title", m.start("series"), m.end("series"))
    draft.put("collection-number", m.start("number"), m.end("number"))


def _title_without(draft: Draft, start: int, end: int) -> None:
    """The title without an ISBN read at one of its ends ("0316769487 The Catcher in the Rye")."""
    title = draft.values.get("title")
    if title is None or not (title[1] <= start and end <= title[2]):
        return
    if not draft.s[title[1]:start].strip(_CELL_EDGE):
        draft.put("title", end, title[2])
    elif not draft.s[end:title[2]].strip(_CELL_EDGE):
        draft.put("title", title[1], start)


# A refusal's record is empty: the cache of lines holds refusals with this one record
# (parse_citation hands out copies), not with some twenty empty lists and dicts each for
# the garbage collector to walk.
_REFUSED = Record.blank()


def _not_citation(text: str, reason: str) -> Parsed:
    return Parsed(text, _REFUSED, 0.0, [], False, reason)
