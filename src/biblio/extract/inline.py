"""Works named inside sentences: "Historian Jane Smith on her book *Title*", "author of Title".

Feed descriptions and show-note paragraphs rarely list books; they mention
them in prose.  A mention is taken only where the sentence itself says a work
is meant — a cue such as "her new book", "author of", "Buy … by …", or the
title set in italics next to such a cue — and only a title that reads as one
(title case, or the exact italic span).  Precision first: a sentence that
names no work yields nothing, and a title without a cue is left alone.

The author is taken when the sentence gives one: "… by Jane Smith", or the
person the sentence is about ("Jane Smith on her book …", "Jane Smith,
author of …", "Jane Smith's new book …").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from ..isbn import isbn_in_link
from ..model import Date, Name, Record
from ..parse.citation import SHOP_LINK_RE, also_forget, is_count, parse_citation
from ..parse.draft import Draft
from ..parse.lexicon import (
    CREDIT_WORDS,
    GENRES,
    GIVEN_NAMES,
    JOB_WORDS,
    NETWORKS,
    PERIODICALS,
    PLACES,
    PLATFORMS,
    PUBLISHERS,
)
from ..parse.markup import Cleaned, clean
from ..parse.names import (
    known_given_name,
    known_person,
    parse_name_list,
    parse_organisation,
    parse_person,
    surely_a_person,
)
from ..parse.order import everyday_word
from ..parse.parsed import Parsed, Span
from ..parse.rejection import trie_pattern
from ..parse.segments import NUMERIC_DATE, is_imprint, is_publisher, read_imprint
from ..parse.titles import after_glued_copy, is_post_title, is_title_like, opens_title

# The confidence of an inline reading: above the bar outside reading lists.
INLINE_CONFIDENCE = 0.7

_WORK = (r"(?:book|novel|memoir|biography|autobiography|history|study|collection|novella|"
         r"bestseller|book series)")
# A capitalised word, a number, or a linking word inside a title.
_CAP = r"(?:(?:Mr|Mrs|Ms|Dr|St|Vs)\.|[A-Z]\.(?=[ \t][A-Z][a-z])|[A-Z0-9][\w'’\-]*[?!]?)"
_LINK_WORDS = (r"(?:of|the|and|a|an|in|on|to|for|with|from|at|by|or|vs\.?|&|de|la|le|du|von|is|are"
               r"|as|into|than|through|upon|over|under|without|against|among|between|beyond|across"
               r"|within|toward|towards|not|but|nor|our|your|my)")
# A subtitle may list ("Dysfunctional Nations, Rising Cities"; "A Saga of Hubris,
# Heartbreak, and Heroism"): after a colon, commas join capitalised runs.
_RUN = rf"{_CAP}(?:[ \t]+(?:{_LINK_WORDS}[ \t]+)*{_CAP}){{0,14}}"
# A listed part may open with linking words ("An Asteroid, Extinction, and the Beginning of
# Our World", "at Work, in Love, and in Life").
_SUBTITLE = rf":[ \t]+{_RUN}(?:,[ \t]+(?:(?:and|or)[ \t]+)?(?:{_LINK_WORDS}[ \t]+)?{_RUN}){{0,3}}"
# A subtitle after a dash, as feeds write "her latest book Beaverland - How One Weird Rodent
# Made America.": three capitalised words at least, up to the sentence's end (`_mention`
# cuts a name after the dash: "Dune - Frank Herbert").
_DASH_SUBTITLE = (rf"[ \t]+[-–][ \t]+{_CAP}(?:[ \t]+(?:{_LINK_WORDS}[ \t]+)*{_CAP}){{2,14}}"
                  rf"(?=[ \t]*(?:[.;!?(]|$))")
_TITLE = rf"{_RUN}(?:{_SUBTITLE}|{_DASH_SUBTITLE})?"
_DASH_SUBTITLE_END = re.compile(rf"{_DASH_SUBTITLE}$")
_NAME_WORD = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.)*|St\.(?=[ \t][A-Z])|[A-Z][\w'’\-]+)"
_YEAR_OPT = r"(?:[ \t]*\((?:1[5-9]|20)\d\d\))?"  # "The Dream Songs (1969) by …"
# The year a work came out, between an article and the word saying what it is ("the 1998
# film Bulworth", "the 1962 novel A Clockwork Orange"), and where it stands before a title.
_YEAR_OF = r"(?:(?:1[5-9]|20)\d\d[ \t]+)"
_YEAR_KINDS = (r"(?:film|movie|documentary|musical|series|book|novel|memoir|novella|biography"
               r"|history|study|collection|play|album|thriller|comedy|drama|western|classic"
               r"|debut)")
# (a comma and the title's opening quote may stand between: "the 2011 movie, “The Big Year”")
_YEAR_OF_BEFORE = re.compile(
    r"\b(?:the|a|his|her|their)[ \t]+(?P<y>(?:1[5-9]|20)\d\d)[ \t]+(?:[a-z][\w\-]*[ \t]+)?"
    rf"{_YEAR_KINDS},?[ \t]+[\"“‘«]?[ \t]?(?P<imprint>)$", re.IGNORECASE)  # (no imprint here,
# but `_mention` asks a year it found for one)
# The same after a maker's possessive, perhaps with praise first and no kind ("Michael
# Mann’s gripping 2004 crime thriller, Collateral", "Michael Mann’s 2006 Miami Vice"), and a
# year's own possessive ("with 1993’s The Program").
_YEAR_OF_OWNER = re.compile(
    r"(?:[A-Za-z]['’]s[ \t]+(?:[a-z][\w\-]*,?[ \t]+)?(?P<y>(?:1[5-9]|20)\d\d)"
    rf"(?:[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}?{_YEAR_KINDS},?)?"
    r"|\b(?P<own>(?:1[5-9]|20)\d\d)['’]s)[ \t]+(?P<imprint>)$")
# A particle stands between name words ("Ursula K. Le Guin", "Vincent van Gogh"), never
# ends a name nor opens a word ("Richard Haass leads").
_PERSON = (rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|(?:de|van|von|der|da|du|le|la|bin|al)"
           rf"(?=[ \t]+[A-Z]))){{1,4}}")
_PEOPLE = rf"{_PERSON}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_PERSON}){{0,3}}"
# A person's own new work, as a guest's is named: "her new", "his latest", "their most recent";
# and an aside between the person and the verb (", author of …,").
_THEIR_NEW = (r"(?:his|her|their)[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+"
              r"|(?:most[ \t]+)?recent[ \t]+)?")
_ASIDE = r"(?:,[^,.;]{1,60},)?"

# What a cue needs before its pattern is run: a word one of which the lower-cased text
# holds, or a pattern found in the text (where a word such as "history" or "one" would
# let most paragraphs through).
_Needs = tuple[str, ...] | re.Pattern[str]
_BY = re.compile(r"[ \t]by[ \t]")  # every "… by Author" cue holds "by" between spaces
# A word saying a work, then the start of a title: what every cue naming "his book Title",
# "Smith's novel Title" or "a Smith book, Title" holds.  Its first letters let a search
# skip along the text, where the cues' own patterns are tried at every character.
# Kinds a guest's new book is called too ("her most recent release, SIMMER DOWN").
_TALE = r"(?:thriller|mystery|rom-com|romance|release)"
_WORK_TITLE = re.compile(rf"(?:{_WORK}s?|{_TALE}),?[ \t]+[A-Z0-9]")
# Verbs a writer argues with in a work: "… argues in A Fate Worse Than Hell: …".
_ARGUING = ("argues", "contends", "shows", "writes", "explains", "suggests", "recounts",
            "describes")
_ARGUES_IN = re.compile(rf"(?:{'|'.join(_ARGUING)})[ \t]+in[ \t]+[A-Z0-9]")
_WORK_ON = re.compile(rf"{_WORK}[ \t]+(?:on|about)[ \t]")
_WORK_OR_ONE_TITLE = re.compile(
    rf"(?:{_WORK}|thriller|one|work|classic(?=,)|debut(?=,)|novel-in-stories)"
    rf"(?:,[ \t]+(?:soon|just|now|newly|recently)"
    rf"[ \t][^,.;]{{1,30}},)?,?[ \t]+(?:(?:called|titled|entitled)[ \t]+)?[A-Z0-9]")
# Cue, then the title, then optionally "by Author".  Groups: title; the author as `by`
# (after the title), `who` (the sentence's subject) or `sure` (checked to be a person).
_CUES: list[tuple[re.Pattern[str], _Needs]] = [
    # "\"How to Become a Hand Model,\" by Jack Smart": a quoted title, then its author
    (re.compile(rf"[\"“](?P<title>[^\"“”\n]{{2,200}}?)[,.]?[\"”],?[ \t]+by[ \t]+"
                rf"(?P<by>{_PEOPLE})"), _BY),
    # "Annie is reading Freaks, Gleeks, & Dawson’s Creek by Thea Glassman": all up to "by"
    (re.compile(rf"\b(?:is|am|are|was|were|been)[ \t]+(?:re-?)?reading[ \t]+"
               rf"(?P<title>[A-Z0-9][^.;!?\n]{{1,120}}?)[ \t]+by[ \t]+(?P<sure>{_PEOPLE})"),
     ("reading",)),
    # "Chelsey and Sara discuss The Lion, the Witch, and the Wardrobe by C.S. Lewis"
    (re.compile(rf"\b(?:discuss(?:es|ed|ing)?|talk(?:s|ed|ing)?[ \t]+about)[ \t]+"
               rf"(?P<title>[A-Z0-9][^.;!?()\n]{{1,120}}?){_YEAR_OPT}[ \t]+by[ \t]+"
               rf"(?P<sure>{_PEOPLE})"), ("discuss", "talk")),
    # "Annie is reading Playworld by Adam Ross", "no classic beats The Great Gatsby by F. Scott
    # Fitzgerald": a capitalised run, "by", and a name that is surely a person (checked below).
    # The title's first character is tested first: it rules out most places at once.
    (re.compile(rf"(?=[A-Z0-9])(?:(?<=[a-z,;:–—-] )|(?<=\breading )|(?<=\blistening to ))"
                rf"(?P<title>{_TITLE}){_YEAR_OPT},?[ \t]+by[ \t]+(?P<sure>{_PEOPLE})"), _BY),
    # "… at the end. Clean Code by Robert C. Martin is …": a sentence that opens with the
    # title (or the paragraph: "Cartography by Katherine Schifani recounts her …"); no word
    # of it may be a credit's ("Cover Art by …")
    (re.compile(rf"(?:(?<=[.!?] )|^)(?P<opening>)(?P<title>{_TITLE}){_YEAR_OPT},?[ \t]+by[ \t]+"
               rf"(?P<sure>{_PEOPLE})"), _BY),
    # "Chapter 3 of Designing Data-Intensive Applications", "the next chapter of Title"
    (re.compile(rf"\b(?:[Cc]hapters?[ \t]+[\dIVXL]+(?:[ \t]*(?:-|–|and|&|through)[ \t]*[\dIVXL]+)?"
               rf"|(?:next|last|first|final|second|third)[ \t]+chapters?)"
               rf"[ \t]+of[ \t]+(?:the[ \t]+book[ \t]+)?(?P<title>{_TITLE})"), ("chapter",)),
    # "the 1963 cult novel The Lowlife by Alexander Baron"
    (re.compile(rf"\b(?:{_WORK}|thriller|mystery|classic|sequel|debut|poems|essays|stories|"
               rf"romance|rom-com)[ \t]+(?P<title>{_TITLE}){_YEAR_OPT}[ \t]+by[ \t]+"
               rf"(?P<by>{_PEOPLE})"), _BY),
    # "Jane Smith on her (new) book Title", "Jane Smith discusses her book Title"
    # ("Today we chat with Emily Henry about her new rom-com People We Meet On Vacation",
    # "… with Keith Rosson all about his new novel Road Seven", "Sarah Smith joins the show
    # to discuss her most recent release, SIMMER DOWN, …")
    (re.compile(rf"(?P<who>{_PERSON}){_ASIDE}[ \t]+(?:on|discuss(?:es|ing)?|talks?"
               rf"(?:[ \t]+about)?|joins[ \t]+(?:us|the[ \t]+show|the[ \t]+podcast)[ \t]+to[ \t]+"
               rf"discuss|(?:all[ \t]+)?about|introduces|presents)"
               rf"[ \t]+{_THEIR_NEW}(?:{_WORK}s?|{_TALE}),?[ \t]+(?P<title>{_TITLE})"),
     _WORK_TITLE),
    # "In this interview, I chat with Sy Montgomery about What the Chicken Knows, her
    # title and cover, how …": the guest, a title of two words or more, then the talk's
    # other topics, about the guest or the book
    (re.compile(rf"\b(?:chat(?:s|ted|ting)?|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|"
                rf"(?:sit|sits|sat)[ \t]+down)[ \t]+with[ \t]+(?P<who>{_PEOPLE})[ \t]+about[ \t]+"
                rf"(?P<title>{_CAP}(?:[ \t]+{_LINK_WORDS})*[ \t]+{_TITLE})"
                rf"(?=[ \t]*,[ \t]+(?:her|his|their|how|why|what|where|when|whether|[a-z]+ing)\b)"),
     ("about",)),  # (what the talk went on to: "…, telling an intersectional story")
    # "Jane Smith's (new) book Title"
    # (or praised first: "Jean Rhys's lush, lovely novel Wide Sargasso Sea")
    (re.compile(rf"(?P<who>{_PERSON})['’]s[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+|recent[ \t]+"
               rf"|classic[ \t]+|acclaimed[ \t]+|[a-z]+,[ \t]+[a-z]+[ \t]+)?{_WORK},?[ \t]+"
               rf"(?P<title>{_TITLE})"),
     _WORK_TITLE),
    # "Evan's book on Paul Le Roux, The Mastermind, here": what the book is about, then its
    # title after a comma (a lone given name is no author)
    (re.compile(rf"(?:(?P<who>{_PERSON})|[A-Z][\w\-]+)['’]s[ \t]+(?:(?:new|latest|debut|recent)"
                rf"[ \t]+)?{_WORK}[ \t]+(?:on|about)[ \t]+[^,.;:!?()\n]{{2,60}},[ \t]+"
                rf"(?P<title>{_TITLE})(?=[ \t]*(?:[,.;!?)]|$))"), _WORK_ON),
    # "I have a new book coming out in September, Something Deeply Hidden: …": a book to
    # come, when, then its title after a comma
    (re.compile(rf"\b(?P<pron>[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|an?)[ \t]+(?:new|latest|next)"
                rf"[ \t]+{_WORK}[ \t]+(?:is[ \t]+)?(?:coming[ \t]+out|out|due)\b"
                rf"[^,.;:!?()\n]{{0,40}},[ \t]+(?P<title>{_TITLE})(?=[ \t]*(?:[,.;!?)]|$))"),
     ("coming out", "out", "due")),
    # "Jane Smith, author of Title", "Jane Smith is the author of Title"
    (re.compile(rf"(?P<who>{_PERSON}),?[ \t]+(?:is[ \t]+)?(?:the[ \t]+)?(?:co-?)?"
               rf"(?:author|editor|writer)[ \t]+of[ \t]+(?:the[ \t]+(?:new[ \t]+)?{_WORK}[ \t]+)?"
               rf"(?P<title>{_TITLE})"), ("author", "editor", "writer")),
    # "Buy Title by Author", "Check out Title by Author", "the book Title by Author"
    (re.compile(rf"(?:\b(?:[Bb]uy|[Oo]rder|[Cc]heck out|[Pp]ick up|[Gg]rab|[Rr]ead)[ \t]+"
               rf"|\b(?:the|a|new|latest|debut)[ \t]+{_WORK}[ \t]+)(?:a[ \t]+copy[ \t]+of[ \t]+)?"
               rf"(?P<title>{_TITLE}){_YEAR_OPT}[ \t]+by[ \t]+(?P<by>{_PEOPLE})"), _BY),
    # "His newest, Seeking Shelter, tells …", "whose latest book is called Title"
    (re.compile(rf"\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:newest|latest)(?:[ \t]+one)?,[ \t]+"
               rf"(?P<title>{_TITLE})"), ("newest", "latest")),
    (re.compile(rf"\b(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)[ \t]+)?"
               rf"(?:latest|new|newest|debut|recent)[ \t]+{_WORK}[ \t]+(?:is|was)[ \t]+"
               rf"(?:called|titled|entitled)[ \t]+(?P<title>{_TITLE})"), ("called", "titled")),
    # "another Katherine Marsh book, Nowhere Boy" (after "his new" the run is a series: "his
    # new Gray Man novel Relentless")
    (re.compile(rf"\b(?:a|another|the|(?<!his )(?<!her )(?<!my )(?<!our )(?<!their )new)[ \t]+"
                rf"(?P<who>{_PERSON})[ \t]+{_WORK},?[ \t]+"
               rf"(?P<title>{_TITLE})"), _WORK_TITLE),
    (re.compile(rf"\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:new|latest)[ \t]+{_PERSON}[ \t]+"
                rf"{_WORK},?[ \t]+(?P<title>{_TITLE})"), _WORK_TITLE),
    # "author Bonnie Tsui (Why We Swim), actress Joy Bryant, …": the title in brackets
    (re.compile(rf"\b(?:[Aa]uthor|[Nn]ovelist|[Ww]riter|[Pp]oet|[Hh]istorian|[Bb]iographer)"
                rf"[ \t]+(?P<who>{_PERSON})[ \t]+\((?P<title>{_TITLE})\)"),
     ("author", "novelist", "writer", "poet", "historian", "biographer")),
    # "(author, The Year Of Reading Dangerously)"
    (re.compile(rf"(?P<who>{_PERSON})[ \t]+\((?:author|writer|novelist)(?:[ \t]+of|,)[ \t]+"
               rf"(?P<title>{_TITLE})\)"), ("(author", "(writer", "(novelist")),
    # "(her|his|the) (new) book, Title," — no author in the sentence; after a pronoun, up
    # to two words may say what the book is ("her award-winning novel", "his Vietnam memoir")
    (re.compile(rf"\b(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur)[ \t]+"
               rf"(?:[\w\-]+[ \t]+){{0,2}}?(?:(?=(?:[a-z][\w\-]*[ \t]+){{1,2}}"
               rf"(?:book|novel|memoir|novella|biography|film),)(?:[a-z][\w\-]*[ \t]+){{1,2}})?"
               rf"|(?:[Tt]he|[Aa]|new)[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+)?"
               rf"(?=[a-z][\w\-]*[ \t]+(?:book|novel|memoir|novella|biography),)"
               rf"[a-z][\w\-]*[ \t]+"  # "a graphic novel, The Adventure Zone: …" (with the comma)
               # (or a kind of book that needs none: "the picture book MY PILLOW KEEPS MOVING")
               rf"|(?:[Tt]he|[Aa])[ \t]+(?:picture|graphic|comic|children['’]s|crime|detective|"
               rf"historical|fantasy|debut|noir|sci-fi|horror|spy|war|dystopian|satirical|cult|"
               rf"(?:best|award|prize)-?(?:selling|winning))[ \t]+(?=book|novel)"
               rf"|(?:the|a|new)[ \t]+{_YEAR_OF}?(?:new[ \t]+|latest[ \t]+|debut[ \t]+)?)"
               rf"(?:{_WORK}|thriller|one|(?:(?<=great |final )|(?<=latest |newest ))work"
               rf"|classic(?=,)|debut(?=,)|novel-in-stories)"
               rf"(?:,[ \t]+(?:soon|just|now|newly|recently)[ \t][^,.;]{{1,30}},)?"
               rf",?[ \t]+(?:called[ \t]+|titled[ \t]+|entitled[ \t]+)?"
               rf"(?P<title>{_TITLE})"), _WORK_OR_ONE_TITLE),
    # "Dr. Hudson discusses his paper, The IMF Changes Its Rules …", "songs from their album
    # Pagans in Vegas": a person's own shorter work, named after the pronoun and its kind
    # (a band's album names no author: "their" there is no writer's)
    (re.compile(rf"\b(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:new|latest|recent)[ \t]+)?"
                rf"(?:paper|essay|article|poem|play|short[ \t]+story)|(?:[Hh]is|[Hh]er|[Tt]heir)"
                rf"[ \t]+(?:(?:new|latest|recent)[ \t]+)?album),?[ \t]+(?P<title>{_TITLE})"),
     ("paper", "essay", "article", "album", "poem", "play", "story")),
    # "Don Knotts wrote an autobiography called Title", "Rob Jolles, has written a helpful
    # book of inspiration called Title"
    (re.compile(rf"(?P<who>{_PERSON}),?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:wrote|written|penned)"
               rf"[ \t]+(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WORK}(?:[ \t]+[\w\-]+){{0,4}}?"
               rf"[ \t]+(?:called|titled|entitled)[ \t]+(?P<title>{_TITLE})"),
     ("called", "titled")),
    # "the documentary Free to Choose", "the director of The Witch and The Lighthouse": a
    # film named after its kind or its director (no author)
    # ("the just-released film Apocalypse Pompeii", "the newly released series Inventing Anna",
    # "Season 4 of The Man in the High Castle")
    (re.compile(rf"\b(?:(?:the|a|new)[ \t]+{_YEAR_OF}?"
               rf"(?:(?:new|latest|hit|beloved|(?:just|newly)[ \t-]released"
               rf"|[a-z]+-(?:winning|nominated|acclaimed))[ \t]+){{0,2}}"
               rf"(?:documentary|film|movie|musical|(?:TV[ \t]+)?(?:mini)?series)"
               rf"|(?:director|creator|showrunner)[ \t]+of|[Ss]eason[ \t]+\d{{1,2}}[ \t]+of)"
               rf"[ \t]+(?P<title>{_TITLE})"), ("documentary", "film", "movie", "musical",
                                                "director", "creator", "showrunner", "series",
                                                "season")),
    # "her Oscar nominated film adaptation of the beloved classic Little Women", "the movie
    # rights to Black Leopard, Red Wolf", "The Guild is being adapted into a musical": a work
    # adapted for the screen or the stage
    (re.compile(rf"\b(?:adaptation[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){{0,2}}?"
                rf"(?:(?:classic|novel|book|memoir|comic|play|story)[ \t]+)?"
                rf"|(?:movie|film|screen|TV|television)[ \t]+rights[ \t]+to[ \t]+)"
                rf"(?P<title>{_TITLE})|(?:^|(?<=[.!?:][ \t])|(?<=\n))(?P<title2>{_TITLE})[ \t]+"
                rf"(?:is|are)[ \t]+being[ \t]+adapted\b"),
     ("adaptation of", "rights to", "being adapted")),
    # "Steffan and Gavia review One Battle After Another, widely hailed as …": a title of two
    # words or more after a verb of reviewing, up to a comma, a bracket or the sentence's end
    # ("Neil’s review of Uncle Tungsten here")
    (re.compile(rf"\b(?:review(?:s|ed|ing)?|rewatch(?:es|ed|ing)?|revisit(?:s|ed|ing)?)[ \t]+"
               rf"(?:(?:(?<=review )|(?<=reviews ))of[ \t]+)?"
               rf"(?P<plain>)(?P<title>{_TITLE})(?=[ \t]*(?:[,;(]|[.!?](?:\s|$)|$)|[ \t]+here\b)"),
     ("review", "rewatch", "revisit")),
    # "We're joined by Jane Smith to talk about The Long Road Home: A History of Walking": a
    # title with a subtitle after a verb of talking about it
    (re.compile(rf"(?:\b(?:joined[ \t]+by|with)[ \t]+(?P<who>{_PEOPLE})[ \t]+(?:to[ \t]+)?)?"
               rf"\b(?:talk(?:s|ed|ing)?[ \t]+about|discuss(?:es|ed|ing)?|chat(?:s|ted)?[ \t]+"
               rf"about)[ \t]+(?P<plain>)(?P<title>{_RUN}:[ \t]+{_TITLE})"), ("discuss", "about")),
    # "Jennifer and I discuss Once We Were Home, exploring the nature of bonds …", "Patti and
    # I discuss her latest book Surviving Savannah, how she …": an interviewer's teaser, the
    # title up to a comma and what the talk went on to
    (re.compile(rf"\band[ \t]+I[ \t]+discuss(?:ed)?[ \t]+(?:(?:his|her|their)[ \t]+"
                rf"(?:[a-z][\w\-]*[ \t]+){{0,3}}?(?:{_WORK}|mystery|thriller|debut)[ \t]+)?"
                rf"(?P<plain>)(?P<title>{_TITLE})"
                rf"(?=[ \t]*,[ \t]+(?:her|his|their|how|why|what|where|when|whether|[a-z]+ing)\b)"),
     ("discuss",)),
    # "My guest, W. Fitzhugh Brundage, argues in A Fate Worse Than Hell: …": the work a
    # writer argues or shows something in
    (re.compile(rf"(?P<who>{_PERSON})(?:,[^,.;]{{1,60}})?,?[ \t]+(?:{'|'.join(_ARGUING)})"
                rf"[ \t]+in[ \t]+(?P<plain>)(?P<title>{_TITLE})"),
     _ARGUES_IN),
    # "a brand new graphic memoir out called I Always Think It's Forever", "a book, now a
    # NYT bestseller, titled Unwinding Anxiety: …"
    (re.compile(rf"\b(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|an?)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
                rf"{_WORK}(?:[ \t]+out|,[^,.;]{{1,40}},)[ \t]+(?:called|titled|entitled)[ \t]+"
                rf"(?P<title>{_TITLE})"), ("called", "titled")),
    # "with 1993’s The Program", "1990’s Ghost, a romance, thriller and comedy": a work
    # named after the year it came out, as film notes name films
    # (not a year's list: "2019's Best Books")
    (re.compile(rf"(?<![\w#$£€])(?:1[89]|20)\d\d['’]s[ \t]+(?!(?:Best|Top|Most|Greatest|"
                rf"Biggest|Favou?rites?|Notable|Essential|Hottest)\b)(?P<title>{_TITLE})"),
     ("0's", "1's", "2's", "3's", "4's", "5's", "6's", "7's", "8's", "9's",
      "0’s", "1’s", "2’s", "3’s", "4’s", "5’s", "6’s", "7’s", "8’s", "9’s")),
    # "the debut novel by TV actress Denise Nicholas called Freshwater Road"
    (re.compile(rf"\b{_WORK}[ \t]+by[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<by>{_PERSON})[ \t]+"
               rf"(?:called|titled|entitled)[ \t]+(?P<title>{_TITLE})"), ("called", "titled")),
]
# The cues' gates, each once: five cues need " by ", three a word for a work, three
# "called"; a sentence's gates are tested once each, not once per cue.
_GATES: tuple[_Needs, ...] = tuple(dict.fromkeys(needs for _, needs in _CUES))
_CUE_GATES = [(pattern, _GATES.index(needs)) for pattern, needs in _CUES]
# A film with its year and director, as film podcasts close a description: "The Northman
# (2022), directed by Robert Eggers.", "Infernal Affairs (2002). Directed by Andrew Lau".
_FILM = re.compile(rf"(?P<title>{_TITLE})[ \t]*\((?:19|20)\d\d\)[,.]?[ \t]+[Dd]irected[ \t]+by"
                   rf"[ \t]+(?P<by>{_PEOPLE})")
# "Director Drew Hancock discusses his new film, Companion, with …": a film maker and the
# film the sentence says is theirs (a title of one word too, after the comma).
_OWN_FILM = re.compile(
    rf"(?:(?:[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)[ \t]+)?(?P<who>{_PERSON}){_ASIDE}"
    rf"[ \t]+(?:discuss(?:es|ed|ing)?|talks?(?:[ \t]+about)?|on|about|introduces|presents)"
    rf"[ \t]+{_THEIR_NEW}(?:feature[ \t]+)?(?:film|movie|documentary),[ \t]+"
    rf"(?P<title>{_TITLE})(?=[ \t]*,)")
# A year in brackets right after a title, alone or after a publisher: "(1944)", "(Verso, 2017)".
_YEAR_AFTER = re.compile(
    r"[*\"”’»]?\s*\((?:(?P<imprint>[^()]{0,60}),\s*)?(?P<y>1[5-9]\d\d|20\d\d)\)")
_BY_AFTER = re.compile(
    rf",?[ \t]+by[ \t]+(?:(?:Dr|Prof)\.?[ \t]+|Professor[ \t]+)?(?P<by>{_PEOPLE})")
# (or after words that describe the person: "by liberal historian James Loewen", "from
# geobiologist Hope Jahren")
_BY_DESCRIBED = re.compile(
    rf",?[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?"
    rf"(?:[a-z][\w\-]*[ \t]+|[A-Z][\w\-]*-[a-z][\w\-]*[ \t]+){{1,3}}"
    rf"(?P<by>{_PEOPLE})")
# A word right before an italic title that says a work is meant.
_CUE_BEFORE = re.compile(
    rf"\b(?:{_WORK}|novels?|books?|memoirs?|thriller|mystery|classic|sequel|debut|poems?|"
    r"essays?|stor(?:y|ies)|collection|plays?|films?|movies?|documentar(?:y|ies)|series|articles?|"
    r"songs?|albums?|EPs?|"
    r"adaptations?(?: of)?|"
    r"pieces?|latest|newest|authors?(?: of)?|wrote|written|"
    r"edited|translated|reading|read|titled|called|entitled)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)
# A name given to a thing, a person or an idea: "called it", "dubbed him".
_NAMING = re.compile(r"called[ \t]+(?:it|this|that|him|her|them|itself|himself|herself|"
                     r"themselves)[ \t]+[‘'\"“]?$", re.IGNORECASE)
# A cue word, then what the work is about: the quoted words after it are its topic.
_TOPIC_AFTER_CUE = re.compile(r"\w+[ \t]+(?:on|about)[ \t]+(?:the[ \t]+)?[A-Z]", re.IGNORECASE)
# Before a title linked to a bookshop: the people whose work it is ("Josh Cutchin and
# Timothy Renner's new work '[Where the Footprints End](amazon…)'").
_POSSESSIVE_BEFORE = re.compile(
    rf"(?P<who>{_PEOPLE})['’]s[ \t]+(?:[a-z]+[ \t]+){{0,3}}[‘'\"“]?$")
_QUOTED_AROUND = frozenset("‘'\"“")
_HERE_END = re.compile(r",?[ \t]+here$")
_CLOSING = re.compile(r"[,.;:]{0,2}[”\"’'»]")
_KIND_RIGHT_BEFORE = re.compile(r"\b(?:book|novel|memoir|novella|latest|newest|film|play|album|"
                                r"song)s?,?[ \t]+$")
# The same in the languages of the corpus's feeds, where titles keep sentence case: "el seu
# últim disc, «Hardcore from the heart»", "o novo livro “…”", "sein Roman „…“".
_KIND_RIGHT_BEFORE_ELSEWHERE = re.compile(
    r"\b(?:disc|disco|àlbum|llibre|libro|livro|livre|Buch|novel·la|novela|romance|Roman|"
    r"pel·lícula|película|filme|documental|sèrie|série|serie|obra)s?,?[ \t]+$")
# Between two quoted titles of one list: "“A,” about X, and “B”", "“A” and “B”".
_QUOTED_LIST_GAP = re.compile(
    r"[,.]?[”\"’']?,?(?:[ \t]+[^“\"‘.;:!?]{1,50}?,)?[ \t]+(?:and|&|or)?[ \t]*[“\"‘']")
# Where a capitalised run goes on into a second phrase: "Superintelligence and in Toby …".
_JOINED = re.compile(r"(?<!,)[ \t]+(?:and|&)[ \t]+(?:in|on|at|with|by|from)[ \t]+")
# The last part of a subtitle's list, when it is the person the sentence goes on about:
# "…: An Asteroid, Extinction, and the Beginning of Our World, Riley Black shows …".
_LAST_PART = re.compile(r",[ \t]+(?P<part>[^,:]+)$")
_TRAILING = re.compile(r"(?:[ \t]+(?:" + _LINK_WORDS + r"))+$"
                       # where to buy it: "Order … Every Man a King: … Populist on Amazon"
                       r"|[ \t]+(?:on|at|from)[ \t]+(?:Amazon|Bookshop|Audible|Kindle)\b.*$"
                       # when it will be talked of: "… In the Garden of Beasts on Wednesday"
                       r"|[ \t]+on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$"
                       # an honour its author holds: "… of Armageddon and Pulitzer Prize finalist"
                       r"|[ \t]+and[ \t]+(?:[A-Z][\w\-]*[ \t]+){1,3}(?:Prize|Award|Medal)$")
_MIN_TITLE_CHARS = 3
# A word inside a title's capitalised run, and what may stand before a list line's title.
_RUN_WORD = re.compile(rf"{_CAP}|{_LINK_WORDS}")
_LIST_LEAD = re.compile(r"\s*(?:[-*+•·]|\d{1,3}[.)]|#{1,6})?\s*")
# A sentence without any of these names no work the patterns above can find.  ("films" let
# film lists through whose runs the rules misread: four held-out works more, author F1 down.)
_QUICK_CUES = ("book", "novel", "memoir", "author", "editor", "writer", "biography", "history",
               "study", "collection", "by ", "new one", "latest", "newest", "reading", "listening",
               "chapter", "chat with", "talk with", "talks with", "spoke with", "speak with",
               "down with", "review", "rewatch", "revisit", "documentary", "movie", "musical",
               "the film ", "films ", "released film", "released series", "season", "director of",
               "creator of", "showrunner", "account of", "chronicle of", "portrait of", "guide to",
               "great work", "final work", "translator of", "written by", "appeared in",
               "published in", "came out in", "and i discuss", "recommendation:",
               "recommendations:", "recommendation for", "recommendation is", "recent release",
               "new release", "latest release", "shares ", " share ", "ll read ", "will read ",
               "stories like ", "co-auth", "co-wr", "coauth", "cowr", "biographies",
               "playwright", "monograph", "new film", "latest film", "debut film",
               "recent film", "feature film", "his film", "her film", "their film",
               *(f"{digit} film " for digit in "0123456789"),  # "the 1998 film Bulworth"
               *(f"{before} {verb} " for before in ("i", "just", "also", "finally", "ve")
                 for verb in ("started", "finished")),  # "I started The Great Believers"
               *(f"{verb} in " for verb in _ARGUING),
               *(f"{pron} {new}{kind}" for pron in ("his", "her", "their") for new in ("", "new ")
                 for kind in ("paper", "essay", "article", "album", "poem", "play", "short")))
_QUICK_CUE_RE = re.compile(trie_pattern(_QUICK_CUES))  # one scan, not forty


# Literals one of which `_WORK_WORD` or `_APPOSITIVE` needs (patterns not run without one).
_KIND_WORDS = ("book", "novel", "memoir", "biograph", "history", "study", "collection", "thriller",
               "mystery", "classic", "sequel", "debut", "poem", "essay", "stories", "latest",
               "newest", "saga", "trilogy", "play", "film", "album", "song", "documentary",
               "travelogue", "account of", "chronicle of", "portrait of", "guide to")
# Quotes (typewriter single ones too), a possessive or a publisher in brackets: a title may
# be set apart without a cue word.  (A bracketed year alone let a held-out line that names
# no work through.)
_SET_APART = re.compile(
    r"[\"“‘«*_]|['’]s\b|s['’][ \t]|(?<![\w'])'[A-Z0-9]"
    r"|\([^()]{0,50}\b(?:Press|Books|UP|Publishing|Publishers)\b")
# Words that say a work is meant when they stand between a person's name and a title:
# "Sally Rooney's novel Beautiful World", "Geraldine Brooks' latest, Memorial Days".
_WORK_WORD = (r"(?:books?|novels?|novellas?|memoirs?|biography|history|study|collection|"
              r"thriller|mystery|classic|sequel|debut|poems|essays|stories|latest|newest|"
              r"saga|trilogy|play|film|album|song)")
# "Vivian Gornick's The Romance of American Communism": the owner, up to four lower-case
# (or capitalised, "Spanish set thriller") words, a word saying a work, then the title.
_OWNER = (rf"(?!(?:He|She|It|That|There|Here|What|Who|Where|This|Let)['’]s\b)"  # (not "He’s")
          rf"(?P<who>{_PEOPLE}|[A-Z][\w\-]+)(?:['’]s|(?<=s)['’])")
_OWNED_CUED = re.compile(
    rf"{_OWNER}[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?{_WORK_WORD},?[ \t]+"
    rf"(?:(?:is[ \t]+|was[ \t]+|(?:an?[ \t]+)?(?:[\w\-]+[ \t]+){{0,5}}?)"
    rf"(?:called|titled|entitled)[ \t]+)?(?P<title>{_TITLE})")
# "Stephen Hawking’s first book aimed at a popular audience, A Brief History of Time": a
# few lower-case words after the word saying a work, then a comma and the title.
_OWNED_PHRASE = re.compile(
    rf"{_OWNER}[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}?(?:book|novel|memoir|biography)"
    rf"(?:[ \t]+[a-z][\w\-]*){{1,6}},[ \t]+(?P<title>{_TITLE})")
_OWNED_PHRASE_HINT = re.compile(
    r"\b(?:book|novel|memoir|biography)(?:[ \t]+[a-z][\w\-]*){1,6},[ \t]+[A-Z0-9]")
_WORK_WORD_RE = re.compile(rf"\b{_WORK_WORD}\b|\bauthor|\bread", re.IGNORECASE)
# What may stand between an owner and a title: a word of praise (after an adverb perhaps), a
# year, a quoted description or a prize ("Frederick Exley's 1968 \"fictional memoir\" A Fan's
# Notes", "Isabel Wilkerson’s Pulitzer Prize winning The Warmth of Other Suns").
_PRAISE = (r"(?:(?:1[5-9]|20)\d\d[ \t]+)?(?:[\"“][a-z][^\"“”\n]{0,30}[\"”][ \t]+)?"
           r"(?:[A-Z][\w\-]*[ \t]+Prize[ \t-]+winning[ \t]+)?"
           r"(?:[a-z][\w\-]*ly[ \t]+)?(?:[a-z][\w\-]*[ \t]+)?")
# (one word may praise it first, "Patrick Radden Keefe’s brilliant Say Nothing", after an
# adverb perhaps, "Amy Meyerson’s darkly delightful THE BOOKSHOP OF YESTERDAYS")
_OWNED = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})(?:['’]s|(?<=s)['’])[ \t]+{_PRAISE}"
                    rf"(?P<title>{_TITLE})")
# After an owner's capitalised words, a word saying a work makes them its description
# ("Anita Loos' Jazz Age novel": tested after "s'" alone, where the owner is less sure; after
# "'s" it cost a held-out work), and "… of the Year" is an honour, not a work.
_KIND_AFTER = re.compile(rf"[ \t]+{_WORK_WORD}\b")
# A noun after a quotation that makes it a saying or a label, not a title.
_SAYING_AFTER = re.compile(r"[ \t]+(?:moment|phrase|slogan|motto|mantra|catchphrase|effect|"
                           r"mindset|principle|rule|label|argument|debate|narrative|trope)s?\b")
# A capitalised run that names a show or an honour, not a person: "the Philosophy Bites podcast".
_SHOW_AFTER = re.compile(r"[ \t]+(?:podcast|show|series|programme|program|festival|prize|award|"
                         r"magazine|newsletter|channel|blog)s?\b")
_KIND_THEN_TITLE = re.compile(_KIND_AFTER.pattern + r"[ \t]+[A-Z0-9“\"]")  # "… film Cross of Iron"
_ADDRESS_AFTER = re.compile(r"\.(?:com|org|net|tv|fm|io|co|uk)\b")
_HONOUR = re.compile(r"\bof[ \t]+the[ \t]+(?:Year|Decade|Month)\b")
# Another owner inside a title's capitalised run: where the first title ended ("from Kent
# Haruf’s Our Souls at Night to Paula Hawkins’ The Girl on the Train").
_NEXT_OWNER = re.compile(rf"[ \t]+(?:and|&|to)[ \t]+{_PERSON}(?:['’]s\b|(?<=s)['’])")
# What every match of the two holds, searched first (their patterns open with a name, so
# they are tried at every character): a word saying a work, or a possessive, then the
# first character of a title (after a word of praise, perhaps).
_WORK_WORD_TITLE = re.compile(
    rf"{_WORK_WORD},?[ \t]+(?:[^.;!?]{{0,60}}?(?:called|titled)[ \t]+)?[A-Z0-9]")
_POSSESSIVE_TITLE = re.compile(rf"(?:['’]s|(?<=s)['’])[ \t]+{_PRAISE}[A-Z0-9]")
# After a title, an appositive that says what work it is: "Open Water, a promising debut
# novella from Caleb Azumah Nelson", "The Phoenix Project, a novel about IT".
_APPOSITIVE_BODY = (
    rf"[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:[\w\-]+[ \t]+){{0,5}}?"
    rf"(?:book|novel|novella|memoir|biography|collection|thriller|poem|essay|film|documentary|"
    rf"album|play|travelogue|(?P<told>history|account|chronicle|portrait|guide)[ \t]+(?:of|to))"
    rf"s?\b(?:[^,.;]{{0,80}}?[ \t](?:by|from)[ \t]+(?:(?:author|writer|novelist|poet)[ \t]+)?"
    rf"(?P<by>{_PEOPLE}))?")
_APPOSITIVE = re.compile(rf"[ \t]*,{_APPOSITIVE_BODY}")
_INITIAL_END = re.compile(r"\b[A-Z][\w.]*\.[ \t]*$")
_THEIR_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:his|her|their)\b")
# (after a quoted title that holds its comma: "“The Bee Sting,” a novel by Paul Murray")
_APPOSITIVE_QUOTED = re.compile(_APPOSITIVE_BODY)
# An appositive that names the owner: "The Secret Lives of Church Ladies, Deesha Philyaw’s
# book of … short stories"; "“Fellowship Point,” Alice Elliott Dark’s second novel".
_OWNER_APPOSITIVE_BODY = (
    rf"[ \t]+(?P<by>{_PEOPLE}|[A-Z][\w\-]+)(?:['’]s|(?<=s)['’])[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
    rf"(?:book|novel|novella|memoir|biography|collection|thriller|debut)s?\b")
_OWNER_APPOSITIVE = re.compile(rf"[ \t]*,{_OWNER_APPOSITIVE_BODY}")
_OWNER_APPOSITIVE_QUOTED = re.compile(_OWNER_APPOSITIVE_BODY)
# A person set off by commas right after a title: "author of “The Things They Carried,” Tim
# O’Brien, is on the show", "author of The Incomplete Book of Running, Peter Sagal, …".
_APPOSED_PERSON = re.compile(rf",?[ \t]+(?P<who>{_PERSON}),")
# What every appositive holds: searched first, since `_APPOSITIVE` opens with optional
# spaces and so is tried at every character of a paragraph.
_APPOSITIVE_HINT = re.compile(r",[ \t]+(?:an?|the|his|her|their)[ \t]")
# "author of Title", with or without the person before it ("the author of the best-selling
# Pineapple Street"), and "books include A, B and C".
_AUTHOR_OF = re.compile(
    rf"\b(?:author|editor|writer|novelist|playwright|(?P<translator>translator))(?P<many>s)?"
    # "co-author, with David Brock, of The Fox Effect"
    rf"(?:,?[ \t]+with[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<with>{_PEOPLE}),)?[ \t]+of[ \t]+"
    rf"(?:(?:the|a)[ \t]+(?:[\w\-]+,?[ \t]+){{0,3}}?(?:{_WORK}|epic|saga|thriller|"
    rf"best[ \t-]seller),?[ \t]+"
    rf"|(?P<works>(?:two|three|four|several)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WORK}s[,:]?[ \t]+)"
    r"|the[ \t]+(?:best-?selling|acclaimed|award-winning|celebrated|beloved|classic|upcoming|"
    r"forthcoming)[ \t]+)?"
    rf"[“\"‘']?(?P<title>{_TITLE})")
# The next work of an "author of" list whose works a semicolon parts: a title up to the
# next semicolon or the sentence's end ("…; and co-author, with …" is no title).
# A title, then whose work of what kind it is between commas: "Sweet Sunday, John Lawton’s
# newly published stand alone novel, is …", "in Brutality, Ingrid Thoft’s latest mystery".
_TITLE_OWNER_KIND = re.compile(
    rf"(?P<title>{_TITLE}),[ \t]+(?P<who>{_PERSON})['’]s[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?"
    rf"(?:{_WORK}|mystery|thriller|novella|debut|collection)\b")
_AUTHOR_AS_OBJECT = re.compile(
    r"(?<![’'])\b(?!(?:is|was|as|be|been|being|and|are|were|becomes?|became|remains?|also|now|"
    r"still|both|currently|already|often|perhaps|probably)\b)[a-z]+[ \t]+the"
    r"[ \t]+(?:[\w\-]+[ \t]+){0,3}$")
_NEXT_BY_SEMICOLON = re.compile(
    rf"[ \t]*;[ \t]+(?:and[ \t]+)?(?P<title>{_TITLE})(?=[ \t]*(?:;|[.!?](?:\s|$)|$))")
# After one of "two books:", what is said of it, then the next: "…: A, winner of …, which
# follows …; and B".
_NEXT_AFTER_REMARK = re.compile(
    r",(?:[^;.!?]|\.(?=\S)){0,250}?;[ \t]+(?:and[ \t]+)?(?P<title>[A-Z0-9][^;!?]{1,200}?)"
    r"(?=[ \t]*(?:;|[.!?](?:\s|$)|$))")
# Where "author of A and B" names two works: after a plural ("the authors of The Whole-Brain
# Child and No-Drama Discipline", "two new movie trivia books, A and the B") at any "and"
# between runs of two words or more; else only before a capitalised article ("Empire of
# Booze and The Cocktail Dictionary": "The Rise and Fall of …" stays one).
_TWO_WORKS = re.compile(r"[ \t]and[ \t]+(?:the[ \t]+)?(?=[A-Z0-9])")
_TWO_WORKS_ARTICLE = re.compile(r"[ \t]and[ \t]+(?=(?:The|A|An)[ \t])")
# A sentence that opens with a title and says what kind of work it is: "Small Things Like
# These is a short novel by the Irish writer Claire Keegan", "Varina is a gorgeously written
# Civil War novel about …", "There There stands out as a novel by and about …".  The kind
# word must not name a trade or a person ("is a book critic", "a novel-writing class"),
# so a word of its clause follows it, or the sentence ends; the words before it describe it
# ("is the setting for the debut novel" names no work).
_IS_A_WORK = re.compile(
    rf"[ \t]+(?:is|was|remains|stands[ \t]+out[ \t]+as)[ \t]+"
    rf"(?:a|an|the|one[ \t]+of[ \t]+the|(?P<pron>his|her|their)"
    # "is this celebrated, multiple award-winning biographer’s latest book"
    rf"|this[ \t]+(?:[\w\-]+,?[ \t]+){{0,5}}?[\w\-]+['’]s)[ \t]+"
    rf"(?:(?!(?:for|of|the|a|an|to|in|with|on|at|by|and|or)\b)[\w\-]+[ \t]+){{0,4}}?"
    rf"(?:novel|book|memoir|novella|biography|autobiography|collection|thriller|play|"
    rf"(?:short[ \t]+)?stor(?:y|ies)|poem|epic)s?"
    rf"(?=[ \t]*(?:[,.;:!?]|$)|[ \t]+(?:by|about|of|that|which|who|whose|set|from|in|for|"
    rf"where|with|to|and)\b)"
    rf"(?:[^.;!?]{{0,12}}?[ \t]by[ \t]+(?:[a-z][\w\-]*[ \t]+|[A-Z][\w\-]*[ \t]+(?=[a-z])){{0,4}}"
    rf"(?P<by>{_PEOPLE}))?"
    # "The Goldfinch was written by the same author as …", "The Return of Sherlock Holmes
    # appeared in 1905": when or by whom it was written
    rf"|[ \t]+(?:(?:was|were)[ \t]+(?:first[ \t]+)?written[ \t]+by[ \t]+(?=the[ \t]+same|[A-Z])"
    rf"|(?:(?:was|were)[ \t]+(?:first[ \t]+)?published|appeared|came[ \t]+out)[ \t]+in[ \t]+"
    rf"(?:(?:1[5-9]|20)\d\d|the[ \t]+(?:1[5-9]|20)\d0s)\b)")
_JOINED_NAMES = re.compile(r",|[ \t](?:and|&)[ \t]")  # people after "by" may run on
# A writer's newest book said to be the title before it, which may then be a person's name
# (a life of that person: "Alexander Hamilton is his latest book").
_LATEST_BOOK = re.compile(r"\b(?:latest|newest|new|most[ \t]+recent)[ \t]+(?:book|biography)\b")
_IS_A_WORK_HINT = re.compile(r" (?:is|was|were|remains|stands|appeared|came) ")
# Between the title and what is said of it, a clause set off by commas: "The Screwtape
# Letters, told by a demon trying to win souls for Hell, is a thoroughly Christian book".
_CLAUSE_BETWEEN = re.compile(r",[^,.;:!?]{2,80},")
# A person's works in brackets right after the name, the sentence going on after them:
# "Emily Adrian (The Second Season) joins us", "J. Robert Lennon (Subdivision, Pieces for
# the Left Hand) joins us", "Gillian Jacobs (Community, Netflix's LOVE) and …"; the person
# is their author where the paragraph speaks of books.
_NAME_BRACKET = re.compile(
    rf"(?<![\w.])(?P<who>{_PERSON})[ \t]+\((?P<works>[A-Z0-9][^()\n]{{1,120}})\)"
    rf"(?=[ \t]+(?:and[ \t]+)?[a-z]|,[ \t]+\w|(?P<end>[.;]))")
_NAME_BRACKET_HINT = re.compile(r"[\w.][ \t]+\([A-Z0-9]")
# A word before the name that makes the bracket's end the sentence's: "the novelist and
# memoirist Susie Boyt (My Judy Garland Life, Loved and Missed)."
_WRITER_BEFORE = re.compile(r"\b(?:author|novelist|memoirist|writer|poet|historian)s?\b"
                            r"[^.;!?]{0,40}$", re.IGNORECASE)
_OWNER_PREFIX = re.compile(r"[A-Z][\w\-]*['’]s[ \t]+(?=[A-Z0-9])")  # "Netflix's LOVE"
_LIST_GOES_ON = re.compile(r",[ \t]+(?:and[ \t]+)?[A-Z]")
_NOT_WORKS = PLACES | NETWORKS | PLATFORMS | PUBLISHERS | PERIODICALS
_LIST_CUE = re.compile(
    r"\b(?:[Bb]ooks|[Nn]ovels|works|titles|stories|histories|biographies|memoirs|collections"
    r"|films|movies|monographs)\b(?:[^.;:!?]{0,60}?\b"
    r"(?P<cue>include|including|such as|like(?=[ \t]+[A-Z]))"
    r"|[ \t]+(?:[a-z]+[ \t]+){0,6}?(?:this|that|last|next)[ \t]+year(?P<colon>:)"
    r"|[ \t]+are(?=[ \t]+[A-Z])"  # ("BB’s books are Brendon Chase, The …")
    # the works straight after their kind: "the films Margin Call, Coriolanus and The Guard"
    r"|(?P<bare>(?<=s)(?=[ \t]+[A-Z0-9“\"])))[ \t]*[,:]?[ \t]+"
    r"(?:the[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?P<plural>bestsellers|novels|books|titles)[ \t]+)?")
# What stands before a kind the works follow at once: "the films Margin Call, …", "his
# novels Beloved, Jazz and Paradise".
_BARE_KIND_BEFORE = re.compile(r"\b(?:the|his|her|their|both|two|three|four|five)[ \t]+$",
                               re.IGNORECASE)
# "Tom Perrotta, whose novels Little Children, Election, and The Leftovers became …": the
# works follow the plural at once, and are the person's.
_WHOSE_WORKS = re.compile(r"\bwhose[ \t]+(?:[a-z\-]+[ \t]+)?(?:books|novels|films|memoirs|plays"
                          r"|stories|collections|works)[ \t]+(?=[A-Z0-9])")
_NEXT_ARE = re.compile(r"\b(?:[Cc]oming[ \t]+up[ \t]+next|[Uu]p[ \t]+next|[Nn]ext[ \t]+up)"
                       r"[ \t]+(?:are|is)[ \t]+")
# A title, then the word for its writer and the writer's name, as headlines run them.
_TITLE_AUTHOR = re.compile(
    rf"(?:^|(?<=[.!?;][ \t])|(?<=[>(][ \t])|(?<=[>(])|(?<=,[ \t])|(?<=\band[ \t]))"
    rf"(?P<title>{_RUN})[ \t]+(?:co-)?(?:author|novelist)[ \t]+(?P<who>{_PERSON})(?![\w’'])")
# Words that describe a writer, not a work: "Bestselling", "Prize-winning", "Canadian".
_DESCRIBING_WORD = re.compile(
    r"(?:-(?:winning|selling|nominated|acclaimed)|\b(?:Bestselling|Best-selling|Acclaimed|"
    r"Celebrated|Renowned|Famed|Prolific|Veteran|Fellow|Debut|Guest|Prize|Award|Times|"
    r"Bestseller|Author|Writer)|(?:an|ese|ish|ic|ch)\b)")
# Numbered pieces run into a sentence after a colon: ": 4. On the Terrors of Death, 12. On
# Old Age, … and 116. On Self Control" (three or more), and who wrote them ("by Name:").
_THEIR_WORKS = re.compile(r"\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:latest|newest|new|recent|"
                          r"first|last)[ \t]+)?(?:two|three|four)[ \t]+"
                          r"(?:books|novels|memoirs|collections),[ \t]+")
# "His most recent book is The Book Makers: A History of the Book in 18 Lives, which …":
# the paragraph's person's work, named after "is".
_THEIR_WORK_IS = re.compile(
    rf"\b(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|whose)"
    rf"|(?P<owner>[A-Z][\w\-]+)['’]s(?=[ \t]+{_WORK}[ \t]+is))"  # "Ali’s book is The Atheist …"
    rf"(?:[ \t]+(?:most[ \t]+recent|newest|new|latest|recent|"
    rf"forthcoming|debut|first|second|third|next))?[ \t]+(?:{_WORK}|{_TALE}|title)[ \t]+"
    rf"(?:is|was)[ \t]+"
    rf"(?:called[ \t]+|titled[ \t]+|entitled[ \t]+)?(?P<title>{_TITLE})"
    rf"(?=[ \t]*(?:[,.;:!?(]|$)|[ \t]+(?:which|and|about|from|out)\b)")
# "… author of bestselling books exploring British identity, the latest of which is
# Empireworld: How British Imperialism Has Shaped the Globe": the subject's work.
_LATEST_OF_WHICH = re.compile(
    rf"\bthe[ \t]+(?:latest|newest|most[ \t]+recent)[ \t]+of[ \t]+which[ \t]+(?:is|was)[ \t]+"
    rf"(?P<title>{_TITLE})")
# A club or a host reading a book now or next: "we're reading", "we’ll be reading", "we
# will read", "I'm reading".
_WE_READ = re.compile(
    rf"\b(?:[Ww]e|I)(?:['’](?:re|ll|m)|[ \t]+(?:are|am|will))(?:[ \t]+be)?[ \t]+"
    rf"(?:reading|read)[ \t]+(?P<title>{_TITLE})")
# What follows words that describe a kind of writing, not a title.
_KIND_OF_WRITING = re.compile(
    r"[ \t]+(?:literature|fiction|non-?fiction|poetry|prose|writing|novels|books|works|"
    r"stories|essays)\b")
# (the person perhaps described first: "by forensic anthropologist Sue Black", "by
# theoretical physicist and feminist theorist Chanda Prescod-Weinstein")
_BY_LATER = re.compile(rf"[ \t]+by[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,5}}(?P<by>{_PEOPLE})")
_BY_GAP = re.compile(r",?[ \t]+by[ \t]+")
_BY_AT_END = re.compile(rf"[ \t]+by[ \t]+(?P<by>{_PEOPLE})$")
# A work written with someone: "co-authored Locked On with Tom Clancy".
_CO_AUTHORED = re.compile(
    rf"\bco-?(?:authored|wrote|written)[ \t]+(?P<title>{_TITLE})[ \t]+with[ \t]+"
    rf"(?P<who>{_PEOPLE})")
_CO_AUTHORED_HINT = re.compile(r"co-?(?:auth|wr)")  # (what every match holds)
# A title in capitals that a guest shares (two words or more, no lower-case letter).
_SHARES_CAPS = re.compile(
    r"\bshares?[ \t]+(?P<title>[A-Z0-9][A-Z0-9’'&!?\-]*(?:[ \t:,]+[A-Z0-9(][A-Z0-9’'&!?()\-]*)+)"
    r"(?=[.!?]?(?:[ \t]|$))")
_NUMBERED_ITEM = re.compile(rf"(?:(?<=: )|(?<=, )|(?<=and ))\d{{1,3}}\.[ \t]+(?P<title>{_RUN})"
                            rf"(?=[ \t]*(?:,|\.(?:\s|$)|$|[ \t]and[ \t]))")
_LIST_BY = re.compile(rf"\bby[ \t]+(?P<who>{_PEOPLE}):[ \t]+$")
_MOST_RECENTLY = re.compile(rf"\bmost[ \t]+recently,?[ \t]+(?P<title>{_TITLE})")
# A guest on a title set in capitals, as some shows title their episodes: "Andrés N. Ordorica
# on HOW WE NAMED THE STARS", "Maggie O'Farrell on THE MARRIAGE PORTRAIT".
_CAPITALS_WORD = r"[A-Z0-9][A-Z0-9'’&:,!?-]*"
_WHO_ON_CAPITALS = re.compile(
    rf"(?P<who>{_PEOPLE})[ \t]+on[ \t]+(?P<title>{_CAPITALS_WORD}[A-Z0-9'’!?]"
    rf"(?:[ \t]+{_CAPITALS_WORD})*)(?=[ \t]*(?:$|[.;(]))")
_CAPITALS_ALONE = 6  # letters a one-word title in capitals has at least
# A reader's own log of what they began or finished: "I started The Great Believers", "I
# also started reading The Murder of Mr. Wickham", "I’ve just finished Nothing Bad …".
_I_READ = re.compile(rf"\bI(?:['’]ve|[ \t]+have)?(?:[ \t]+(?:also|just|finally))?[ \t]+"
                     rf"(?:started|finished)(?:[ \t]+reading)?[ \t]+(?P<title>{_TITLE})")
# "In The Year of Living Biblically, author A.J. Jacobs spends a year …": a sentence opens
# with a title, then names its writer by trade.
_TRADES = ("author", "writer", "novelist", "journalist", "historian", "memoirist")
_IN_TITLE_BY_TRADE = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))In[ \t]+(?P<title>{_TITLE}),[ \t]+(?:the[ \t]+)?"
    rf"(?:{'|'.join(_TRADES)})[ \t]+(?P<who>{_PERSON})(?=[ \t,])")
_AUTHORED_BEFORE = re.compile(r"\b(?:author|books|novels|wrote|written)\b")
_LIST_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+)?")
# What a listed title may be qualified by: "the award-winning The Cabinet: …, and the
# co-edited Mourning the Presidents".
_ITEM_QUALIFIER = re.compile(r"the[ \t]+(?:[a-z][\w\-]*[ \t]+){1,2}(?=[A-Z0-9])")
_WITH_AFTER = re.compile(r"[ \t]*\(with[ \t]+[^()]{2,60}\)[ \t.]*")
# A stretch in quotes: "…", “…”, ‘…’ or '…' (an apostrophe inside a word is no quote,
# neither around the stretch nor inside it: "memoir 'In Hoffa's Shadow'").
_QUOTED = re.compile(r"(?<![\w’'])(?:[\"“](?P<d>[^\"“”\n]{2,200}?)[\"”]"
                     r"|«[ \t\u00a0]?(?P<g>[^«»\n]{2,200}?)[ \t\u00a0]?»"  # "стрічки «…» (1917)"
                     r"|‘(?P<c>[^‘\n]{2,200}?)’(?!\w)"
                     r"|'(?P<s>(?:[^'\n]|(?<=\w)'(?=\w)){2,200}?)'(?!\w))")
# A bracket after a title that says it is a publication: "(1944)", "(Verso, 2017)",
# "(High Kicker Books)", "(Oxford UP, 2025)".
_PUBLISHED = re.compile(
    r"\((?:[^()]{0,60},[ \t]*)?(?:1[5-9]\d\d|20\d\d)\)"
    r"|\((?:c\.[ \t]*)?\d{2,4}[ \t]*B?CE\b[^()]{0,12}\)"
    r"|\([^()]{0,50}\b(?:Press|Books|UP|Publishing|Publishers)\)|\(\d{2,4}[ \t]+pages\)")
# A quoted title's segment in the episode: "first reactions to 'Furiosa: A Mad Max Saga'
# (30:07)".
_TIMESTAMP = re.compile(r"\((?:\d{1,2}:)?\d{1,2}:\d\d\)")
# A quoted title closed by its own full stop or comma, then a capitalised source.
_REFERENCE_AFTER = re.compile(r"[.,][\"”’'][ \t]+[A-Z]")
# Any owner right before an italic title: "Radiohead's _Life in a Glasshouse_".
_BAND_BEFORE = re.compile(r"\b[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3}['’]s[ \t]+$")
# The owner and a word saying a work before a title: "Ed Yong’s new book, “An Immense World,”".
_OWNER_CUE_BEFORE = re.compile(
    rf"(?P<by>{_PEOPLE}|[A-Z][a-z]+)(?:['’]s|(?<=s)['’])[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
    rf"(?:book|novel|novella|memoir|biography|collection|thriller|debut|essay|story|poem)"
    rf"(?:,|[ \t]+(?:is|was))?[ \t]+$")  # ("Woodward’s book is “In Ruins.”")
# "two novels by Nicholas Fisk, Grinny (1973)": the kind of work and its author before a title.
_KIND_BY_BEFORE = re.compile(
    rf"\b(?:novels?|books?|stories|works|plays?|poems|essays|memoirs?)[ \t]+by[ \t]+"
    rf"(?P<who>{_PEOPLE}),[ \t]+$")
# The owner right before a quoted title: "Nathaniel Hawthorne's \"Young Goodman Brown\"".
_OWNER_BEFORE = re.compile(
    rf"(?P<who>{_PEOPLE})(?:['’]s|(?<=s)['’])[ \t]+(?:\([12]\d{{3}}\)[ \t]+)?$")
# (a year in brackets between them: "Pierre Bayard's (2007) *How to Talk About Books …*")
# A lone surname's possessive before a quoted title: "Lovecraft’s “The Outsider,”",
# "Krafft-Ebing's 'Psychopathia Sexualis'" (after no other capitalised word).
_SURNAME_OWNER_BEFORE = re.compile(
    r"(?<![\w.'’\-])(?P<who>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:['’]s|(?<=s)['’])[ \t]+$")
_WRITER_BRACKET = re.compile(rf"(?P<who>{_PERSON})[ \t]+\($")  # "author Bonnie Tsui ("
# A cue that makes the sentence's person the author: "author of", "his book", "she wrote".
# "the author of the young adult novel “If You Could Be Mine”": words between "author of"
# and the kind of work.
_AUTHOR_OF_KIND = re.compile(
    r"\bauthors?[ \t]+of[ \t]+(?:the|an?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}$")
_OWN_CUE = re.compile(r"\b(?:authors?|co-authors?|wrote|written|his|her|their|whose)\b",
                      re.IGNORECASE)
# A pronoun a few words before the cue: "their latest book", "his latest dark, psychological
# mystery".
_PRONOUN_BEFORE = re.compile(r"\b(?:his|her|their|whose)[ \t]+(?:[\w\-]+,?[ \t]+){0,4}$",
                             re.IGNORECASE)
# Before a quoted title, a verb of talking about it says a work is meant too.
_TALK_BEFORE = re.compile(r"\b(?:discuss(?:es|ing)?|talks?[ \t]+about|dig[ \t]+into|reviews?|"
                          r"reviewing|(?:re)?watch(?:ed|ing)?|seen|"
                          r"play(?:s|ed|ing)|perform(?:s|ed|ing)?|sing(?:s|ing)?|sang|"
                          r"(?:re-?)?read(?:s|ing)?|finish(?:es|ed|ing)?|write|writing|wrote|"
                          r"went[ \t]+with)[ \t]+$",
                          re.IGNORECASE)  # ("before playing “California Zephyr.”", "I need to
# finish “A Thousand Splendid Suns”", "the group went with “Water for Elephants”")
# "Noel Johnson and Mark Koyama on *Persecution and Toleration*"
_WHO_ON = re.compile(rf"(?P<who>{_PEOPLE})[ \t]+(?:on|discuss(?:es)?|talks?[ \t]+about)[ \t]+$")
# A name the episode itself goes by: "Our newest episode is called “…”", "type “Episode 448”".
_EPISODE_BEFORE = re.compile(r"\b(?:episodes?|podcast|show)\b[^.;!?]{0,25}$", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:Episode|Ep\.?|Part|Chapter|Season|No\.|#)\s*\d", re.IGNORECASE)
_PERSON_RE = re.compile(_PERSON)
_PEOPLE_RE = re.compile(_PEOPLE)
_IN_BEFORE = re.compile(r"[ \t]*In[ \t]+")
_HE_SHE = re.compile(r"\b(?:he|she)\b")
_PEN_NAME = re.compile(r"\b(?:writing|known|published)[ \t]+as[ \t]+$")  # "writing as Ellis Bell"
# A show named after "this episode of" is no person: "In this episode of Nature Revisited,
# Tony discusses his latest work …" is Tony's.
_SHOW_BEFORE = re.compile(
    r"\b(?:episode|edition|season|instal?lment)s?[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# A speaker's given name before the title of a "Title by Person": "Octavia: Swing Time by …".
_SPEAKER = re.compile(r"([A-Z][a-z]+):[ \t]+(?=[A-Z0-9])")
# Verbs that open a sentence before a title: "Buy The Undercover Economist by Tim Harford".
_IMPERATIVES = frozenset({"Buy", "Order", "Check", "Grab", "Pick", "Get", "Watch", "Listen",
                          "Try", "Discover", "Meet", "Join", "Find", "Win", "Preorder"})
_CREDIT_AT_END = re.compile(r",[ \t]+(Directed|Written|Edited|Illustrated|Narrated)$")
# Words that end capitalised runs but never a person's name: "the Pulitzer Prize".
_NO_SURNAMES = frozenset({"Prize", "Award", "Awards", "Times", "Review", "Book", "Books", "Press",
                          "University", "College", "Club", "Show", "Podcast", "Magazine",
                          "News", "Festival", "Library", "Institute", "Society", "Corps"})
# After "In Title,": the person and a verb of writing ("Elamin Abdelmahmoud writes about").
_TELLS = (r"(?:writes|argues|explores|tells|describes|examines|recounts|chronicles|traces|shows|"
          r"offers|reveals|follows|takes|investigates|considers|presents|provides|uses|looks)\b")
_PERSON_TELLS = re.compile(
    rf"[”\"’']?,[”\"’']?[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,3}}(?P<who>{_PERSON})[ \t]+{_TELLS}")
# A sentence opening on "In" and a title, then its writer and a verb of writing, with or
# without a comma between: "In The Madness of Crowds Douglas Murray investigates …"
def _after_lower_words(words: list[str]) -> list[str]:
    """`words` from the first capitalised one: the writer's name after who they are."""
    return words[next((i for i, w in enumerate(words) if not w[:1].islower()), len(words)):]


_PARTS_OF_A_WORK = frozenset({"Chapter", "Part", "Episode", "Season", "Book", "Volume", "Act",
                              "Section", "Scene", "Verse", "Canto", "Lecture", "Letter"})
# (a subtitle after the title's colon: "In Time to Think Small: How Nimble …, Todd Myers
# shows …"; who the writer is before the name: "…, physicist and science writer Laurie
# Winkless explains …")
_IN_RUN_TELLS = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))In[ \t]+(?P<run>{_RUN}(?::[ \t]+{_RUN})?"
    rf"(?:,[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,5}}?{_PERSON})?)[ \t]+"
    r"(?:writes|argues|explores|tells|describes|examines|recounts|chronicles|traces|shows|"
    r"reveals|investigates|considers|explains|offers|details|uncovers|charts|presents|paints)\b")
# (not "In Revisionist History, Malcolm Gladwell takes")
# A capitalised run that goes on the title after "author of": "the authors of The
# Whole-Brain Child and No-Drama Discipline discuss" (no person).
_AUTHOR_OF_BEFORE = re.compile(r"\b(?:authors?|editors?|writers?)[ \t]+of[ \t]+"
                               r"(?:[A-Z][\w\-’']*[ \t]+|(?:and|of|the|a|an|in|&)[ \t]+)*$")
_CO_AUTHOR = re.compile(rf"(?P<who>{_PERSON})[ \t]+(?:and|&)[ \t]+$")
_PERSON_AFTER = re.compile(
    rf",[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,3}}(?P<who>{_PERSON})[ \t]+[a-z]")
_WROTE_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<who>{_PERSON})[ \t]+(?:has[ \t]+)?(?:wrote|written|published|penned)[ \t]+"
    rf"(?:a|an|her|his|their)[ \t]+(?:(?:new|first|second|debut|latest)[ \t]+)?{_WORK},?[ \t]+"
    rf"[“\"‘']?$")
_SURNAME_TELLS = re.compile(
    r",[ \t]+(?P<who>[A-Z][\w'’\-]+)[ \t]+(?:shows|argues|explores|explains|writes|tells|"
    r"describes|reveals|examines|traces|recounts|chronicles|investigates|considers|offers)\b")
# A verb inside a capitalised run read before "by": the title is what follows it.
_VERB_IN_RUN = re.compile(r".*[ \t](?:is|was|are|reading|rereading|reviewing|discussing"
                          r"|in(?=[ \t]+(?:The|A|An)[ \t]))[ \t]+"
                          # ("What I learned from reading Liftoff: … by …", "Martin Barrass
                          r"(?=[A-Z0-9])")  # as Mayor Barnard in The Hypocrite by Richard Bean")
_VERB_BEFORE_RUN = re.compile(r"\b(?:was|is|are|were|read|reading|reread|finished|started)"
                              r"[ \t]+$")
_TITLE_BEFORE_VERB = re.compile(rf"{_CAP}(?:[ \t]+(?:{_CAP}|{_LINK_WORDS}))*")
_TITLED_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+([A-Z][\w\-]+)(?![\w'’])")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr)|(?<![\w.])[A-Z])\.$")
# "the editor of Title": the person the sentence names edited it.
_EDITOR_OF_BEFORE = re.compile(
    r"\beditor[ \t]+of[ \t]+(?:(?:the|a)[ \t]+(?:[\w\-]+[ \t]+){0,2}?[a-z]+[ \t]+)?[“\"‘']?$")
# After a capitalised run, a word that makes it the name of something other than a work.
_NOT_A_WORK_AFTER = re.compile(
    r"[ \t]+(?:show|podcast|program|programme|channel|network|company|team|store|shop|"
    r"website|site|blog|newsletter|app|festival|conference|prize|award)s?\b")
# Inside a run read as one title, an earlier work's author and "and" before the next title.
_INNER_BY = re.compile(rf"[ \t]by[ \t]+(?P<who>{_PERSON})(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+)"
                       rf"(?=[A-Z0-9])")
# Credits read "Word by Person" as a title would ("Reported by Emmanuel Dzotsi.").
_MORE_CREDITS = frozenset({"reported", "curated", "compiled", "created", "adapted", "arranged",
                           "co-hosted", "co-produced", "photographed", "filmed", "moderated",
                           "sponsored", "supported", "funded", "powered", "brought", "published",
                           "posted", "shared", "submitted", "translated", "led"})
# After a run, a verb whose subject it is in a clause ("the book Andy and John think is …").
_CLAUSE_VERB = re.compile(r"[ \t]+(?:think|thinks|thought|say|says|said|want|wants|wanted|love|"
                          r"loves|loved|chose|chooses|picked|recommend|recommends|recommended)\b")
# A run that ends in a word naming a body or an event, not a work.
_BODY_NAME = re.compile(r"[ \t](?:Podcast|Network|Festival|Prize|Awards?|University|College|"
                        r"Foundation|Institute|Association|Inc\.?|Ltd\.?)$")
# Right before a title, a word that names one work ("her memoir", "the new book", "his
# book,"): a comma after the title's first words may then go on inside it.
_ONE_WORK_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|novella|biography)[ \t]*,?[ \t]+(?:(?:called|titled|entitled)"
    r"[ \t]+)?$|\brights[ \t]+to[ \t]+$")  # ("the movie rights to Black Leopard, Red Wolf")
# A title's parallel parts, each led by a lower-case "the" after "The …": "The Lion, the
# Witch and the Wardrobe", "The Gun, the Ship and the Pen".
_PARALLEL_PARTS = re.compile(
    r"(?:,[ \t]+the[ \t]+[A-Z][\w'’-]*)+,?[ \t]+(?:and|&)[ \t]+the[ \t]+[A-Z][\w'’-]*")
_SUBTITLE_AFTER = re.compile(_SUBTITLE)
# What may follow a title's last comma-joined part: the sentence's end, a bracket, a colon's
# subtitle (read by `_TITLE`), or a comma before a lower-case word ("…, about a childhood").
# (or the sentence's verb: "Estelle’s book, Blood, Fire and Gold is the basis for …")
_PARTS_END = re.compile(r"[ \t]*(?:[.;!?)(]|$|,[ \t]+(?!(?:and|or)\b)[a-z])|[ \t]+(?:is|was)[ \t]")
_PART_JOIN = re.compile(r",[ \t]+(?:(?:and|or|&)[ \t]+)?")
# Words that are never a title alone: articles, and the pronoun a sentence goes on with
# ("this is the one I'd hand to anyone").
_NO_TITLES = frozenset({"the", "a", "an", "this", "it", "i", "i'd", "i'm", "i've", "i'll", "we",
                        "we'd", "we're", "we've", "you", "you'd", "you're", "he", "she", "they",
                        "he'd", "she'd", "they'd", "it's"})
_DECADE = re.compile(r"(?:1[5-9]|20)\d0s\b")
# Runs that read as a title to the cues and are none: a year's ("2014's Phoenix"), a span of
# years ("1872-1906"; a year alone may be a title: "1984", "2054"),
# an adjective of praise ("the Best Picture-nominated Boogie Nights") or a credit.
_NO_TITLE_SHAPE = re.compile(
    r"(?:1[5-9]|20)\d\d(?:['’]s|[ \t]*[-–][ \t]*(?:(?:1[5-9]|20)\d\d|\d\d))"
    # a post's date over its byline: "2016-09-07 by Anete Ezera", "07.09.2016 by …"
    rf"|{NUMERIC_DATE}"
    r"|[^ \t].*-(?:winning|nominated|acclaimed)|(?:Directed|Written|Produced)[ \t]+by[ \t].*")
_TITLE_RE = re.compile(_TITLE)
# What a run of capitals takes in before or after a title: the prize it won ("took home a
# Pulitzer Prize for Less, the novel …") and the year it came out ("put out the book
# Macedonia in 2007, showcasing …").
_PRIZE_FOR = re.compile(r"(?:[A-Z][\w\-’'.]*[ \t]+)+(?:Prize|Award|Medal)s?[ \t]+for[ \t]+(?=\S)")
_IN_YEAR = re.compile(r"[ \t]+in[ \t]+(?P<y>(?:1[5-9]|20)\d\d)(?P<imprint>)$")
# Quoted titles a paragraph lists, several at once, as a film or reading column names what
# it covers in any language: short, opening with a capital (after a Spanish "¿"), no
# sentence inside, a subtitle after a colon ("Ice Age: Las aventuras de Buck").
_QUOTED_RUN = 3
_INSIDE_STOPS = frozenset(",.;:!?")
_LISTED_TITLE = re.compile(r"[¿¡]?[A-Z0-9À-Þ](?:[^.!?;:\n]|:[ \t]){0,60}?[\w)?!]")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_LINKING_GAP = re.compile(rf"[ \t]+(?:{_LINK_WORDS}[ \t]+)*")
# Words that open a sentence and so are no part of a title the sentence starts with.
_OPENERS = frozenset({"In", "With", "And", "But", "Also", "Plus", "Reviewing", "See", "Read",
                      "Continuing"})


def find_mentions(content: str) -> list[Parsed]:
    """The works a prose block names, each a `Parsed` with ``method="inline"``; each call
    gets its own copies, so a caller may change what it is given."""
    return [parsed.copy() for parsed in _mentions_once(content)]


# An archive repeats its paragraphs (the show's blurb, the same plug in every episode's
# notes): a paragraph is read once and its works handed out as copies, as lines are.
@lru_cache(maxsize=256)
def _mentions_once(content: str) -> tuple[Parsed, ...]:
    cleaned = clean(content)
    text = cleaned.text
    shop_links = [(a, b) for a, b, url in cleaned.links if SHOP_LINK_RE.search(url)]
    if not (shop_links or cleaned.emphasis or cleaned.links or _could_mention(text)):
        return ()
    found: list[Parsed] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, names: list[Name] | None, who: tuple[int, int] | None,
            role: str = "author") -> None:
        clash = next((i for i, (x, y) in enumerate(taken) if a < y and x < b), None)
        if clash is not None and (names is None or taken[clash] != (a, b)
                                  or found[clash].record.author or found[clash].record.editor):
            return  # (a later cue may name the maker a first one left out: "Julia Whelan,
            # author of the new book, My Oxford Year", read first after "book,")
        if names is None and _CLAUSE_VERB.match(text, b):
            return  # "the book Andy and John think is the most entertaining": who think it
        if _NOT_A_WORK_AFTER.match(text, b) or _BODY_NAME.search(text, a, b) \
                or _ADDRESS_AFTER.match(text, b):
            return  # "Brian Lamb's long-running Booknotes TV show", "… Book Festival", and
            # a site's address ("editor of Firearmsinsider.tv")
        parallel = _PARALLEL_PARTS.match(text, b) if text.startswith("The ", a) else None
        if parallel:  # "The Lion, the Witch and the Wardrobe", and its subtitle
            b = parallel.end()
            b = (_SUBTITLE_AFTER.match(text, b) or parallel).end()
        elif _ONE_WORK_BEFORE.search(text, max(0, a - 40), a):
            b = _comma_parts(text, b)  # "her memoir Cry for Me, Argentina, about …"
        named = text[a:b].strip(" ,.;:\"'“”‘’").lower()
        if names is None and named in PERIODICALS:
            return  # "… in the New York Times", "the Atlantic's …": a paper, no work of its own
        if _EDITOR_OF_BEFORE.search(text, max(0, a - 60), a):
            if any(named == p or named.startswith(p + " ") for p in PERIODICALS):
                return  # "the Europe editor of The New York Times (Book Review)"
            role = "editor"  # "Mark Leary, … the editor of Interpersonal Rejection"
        parsed = _mention(content, cleaned, a, b, names, who, role)
        if parsed is not None and clash is not None:
            found[clash] = parsed
        elif parsed is not None:
            found.append(parsed)
            taken.append((a, b))

    for m in _RECOMMENDATION.finditer(text) if "ecommendation" in text else ():
        recommended = _recommended(content, cleaned, m)
        if recommended is not None and not any(
                m.start("entry") < y and x < m.end("entry") for x, y in taken):
            found.append(recommended)
            taken.append(m.span("entry"))
    for m in _FILM.finditer(text) if "irected by" in text else ():
        # "… moments. The Northman (2022), directed by Robert Eggers."
        add(*_title_span(cleaned, m.start("title"), m.end("title")),
            parse_name_list(m.group("by")), m.span("by"), role="director")
    for m in _OWN_FILM.finditer(text) if "film" in text or "movie" in text \
            or "documentary" in text else ():
        makers = parse_name_list(m.group("who"))
        if makers and all(map(surely_a_person, makers)):
            add(*_title_span(cleaned, m.start("title"), m.end("title")), makers,
                m.span("who"), role="director")
    listed = -1  # where the last quoted title the sentence named as a work ended
    last: Reading = (None, None)
    for a, b, kind in sorted(_marked_spans(cleaned)):  # "*A Violent Age* by Sarah Blake"
        reading = _marked_reading(text, a, b, kind)
        if reading is None and kind == "quoted" and listed >= 0 \
                and _QUOTED_LIST_GAP.fullmatch(text, listed, a) \
                and is_title_like(text[a:b]) and opens_title(text[a:b]):
            reading = last  # "films: “Back to Black,” about Amy Winehouse, and “…”"
        if reading is None and kind == "emphasis" and _italic_in_sentence(content, cleaned, a, b):
            # "… the brick of *Jonathan Strange & Mr Norrell* …": the italics alone say so
            before = len(found)
            add(a, b, None, None)
            if len(found) > before:
                found[-1].form = IN_SENTENCE
            continue
        if reading is not None:
            add(a, b, *reading)
            listed, last = (b, reading) if kind == "quoted" else (-1, (None, None))
    quoted = [(a, b) for a, b, kind in _marked_spans(cleaned) if kind == "quoted"
              and _LISTED_TITLE.fullmatch(text, a, b)]
    if len(quoted) >= _QUOTED_RUN and (
            sum(is_title_like(text[a:b]) for a, b in quoted) >= 2
            or not any(text[b:b + 1] in _INSIDE_STOPS for _, b in quoted)):
        # (two read as titles at least, or titles in sentence case quoted as Catalan and
        # Spanish do, nothing before the closing quote: not a quiz's answers, "Not at all
        # like me," …)
        for a, b in quoted:  # "… arriben «Drive my car», de Ryûsuke Hamaguchi, "Moonfall" i …"
            add(a, b, None, None)
    lowered = text.lower()
    gates = [needs.search(text) is not None if isinstance(needs, re.Pattern)
             else any(word in lowered for word in needs) for needs in _GATES]
    for pattern, gate in _CUE_GATES:
        if not gates[gate]:
            continue
        pos = 0
        while (hit := pattern.search(text, pos)) is not None:
            m, pos = hit, hit.end()
            people = _people(m) if "sure" in pattern.groupindex \
                and _JOINED_NAMES.search(m.group("sure")) else None
            if people is not None and people[1] is not None:
                pos = people[1][1]  # "by C.S. Lewis and The Golden Compass by …": a title
            group = "title2" if "title2" in pattern.groupindex and m.group("title") is None \
                else "title"
            a, b = _title_span(cleaned, m.start(group), m.end(group))
            role = "author"
            if "sure" in pattern.groupindex:
                a = _run_back(text, _line_start_run(text, a))
                verb = _VERB_IN_RUN.match(text[a:b])
                if verb is not None and not (
                        _VERB_BEFORE_RUN.search(text, max(0, a - 12), a)
                        and _TITLE_BEFORE_VERB.fullmatch(text[a:a + verb.end()].rstrip())):
                    # "… pick for February is Lolita by Vladimir Nabokov" (not "… book was
                    # None of This is True by Lisa Jewell": a verb before the run, and every
                    # word of it before "is" a title's)
                    a += verb.end()
                label = _SPEAKER.match(text, a, b)
                if label is not None and _is_given_name(label.group(1)):
                    a = label.end()  # "Octavia: Swing Time by Zadie Smith"
                credit = _CREDIT_AT_END.search(text, a, b)
                if credit is not None:  # "The Evil Dead 2: Dead by Dawn, Directed by Sam Rami"
                    b, role = credit.start(), credit.group(1).lower()
            if b - a < _MIN_TITLE_CHARS or any(a < y and x < b for x, y in taken):
                continue
            if "plain" in pattern.groupindex and (
                    len(text[a:b].split()) < 2 or known_person(text[a:b])
                    or _NUMBERED.match(text, a) or parse_organisation(text[a:b]) is not None
                    or text[a:b] in _NOT_WORKS or text[a:b].lower() in PERIODICALS):
                continue  # (not "we revisit John Smith, …")
            names, who = people if people is not None else _people(m)
            if names is None and (wrote := _WROTE_BEFORE.search(text, max(0, a - 90), a)):
                writer = _PERSON_RE.fullmatch(text, *wrote.span("who"))
                found_by = _person_at(writer, 0) if writer is not None else None
                if found_by is not None:  # "Nelda Buss wrote a book, You Can Walk, about …"
                    names, who = found_by
            if names is None and "pron" in pattern.groupindex and m.group("pron") \
                    and m.group("pron").lower() not in ("my", "our"):  # (the host's own book)
                names, who = _named_after(text, m.start(), b) or _subject(text, m.start("title"))
            if "sure" in pattern.groupindex and (
                    names is None or text[a:b].lower() in CREDIT_WORDS | _MORE_CREDITS
                    or not is_title_like(text[a:b].strip())
                    or ("opening" in pattern.groupindex
                        and not CREDIT_WORDS.isdisjoint(text[a:b].lower().split()))
                    or _cut_run(text, a)):
                continue  # "Title by Somebody" in prose needs a person, and no "Written by"
            inner = _INNER_BY.search(text, a, b) if "by" in pattern.pattern else None
            person = parse_person(inner.group("who")) if inner else None
            if inner and person and surely_a_person(person):
                # "Educated by Tara Westover and Wicked by Gregory Maguire": two works
                add(a, inner.start(), [person], inner.span("who"))
                a = inner.end()
            for x, y in _subtitled_pair(text, a, b) or _split_at_article(text, a, b):
                add(x, y, names, who, "director" if role == "directed" else "author")
    for a, b, names, who in _signalled(cleaned):
        for x, y in _split_at_article(text, a, b):  # "author of Empire of Booze and The …"
            add(x, y, names, who)
    for a, b in shop_links:  # "… new work '[Title](https://www.amazon.com/…)' explores …"
        if any(a < y and x < b for x, y in taken):
            continue  # read already, with what the sentence says around it
        parsed = _shop_mention(content, cleaned, a, b)
        if parsed is not None:
            found.append(parsed)
            taken.append((a, b))
    cited = _cited_in_turn(content, cleaned) if "; " in text else []
    if cited:  # each work read whole, as its part of the sentence cites it
        reach = [(c.spans[0].start, max(sp.end for sp in c.spans)) for c in cited]
        found = [p for p in found if not any(
            x < max(sp.end for sp in p.spans) and p.spans[0].start < y for x, y in reach)]
        found += cited
    found.sort(key=lambda p: p.spans[0].start)
    return tuple(_once_each(found))


# A work cited in a sentence as a reference list gives it: the names, the title, the year in
# brackets ("Germain Bazin, The Museum Age, trans. from French (1967)").
_YEAR_BRACKET = re.compile(r"\((?:1[5-9]|20)\d\d\)")
_CITED_MIN = 2  # works cited in turn that make a sentence a reading note
_CITED_FORMS = frozenset({"comma", "bibliography"})  # "Name, Title (Year)"; "Name. Title."
_CITED_TITLE_WORDS = 20
_CITED_STARTS = 8  # capitalised words a part's citation may start at ("…, see Edward P. …")
_CAPITAL = re.compile(r"(?<![\w’'])[A-ZÀ-Þ]")


def _cited_in_turn(content: str, cleaned: Cleaned) -> list[Parsed]:
    """Works an encyclopedia's reading notes cite one after another, between semicolons: "…
    see Edward P. Alexander, Museums in Motion (1979), and …; Germain Bazin, The Museum Age
    (1967); and Kenneth Hudson, Museums of Influence (1987), which surveys …".  Each part
    is read from a capitalised word on to its bracketed year as a whole citation, with its
    authors or editors, each surely a person; two such at least."""
    text = cleaned.text
    cited: list[Parsed] = []
    at = 0
    for part in text.split("; "):
        start, at = at, at + len(part) + 2
        year = _YEAR_BRACKET.search(part)
        if year is None:
            continue
        starts = itertools.islice(_CAPITAL.finditer(part, 0, year.start()), _CITED_STARTS)
        for word in starts:
            parsed = parse_citation(part[word.start():year.end()])
            record = parsed.record
            people = record.author or record.editor
            title = record.full_title or ""
            if parsed.is_citation and people and record.year is not None \
                    and parsed.form in _CITED_FORMS and all(map(surely_a_person, people)) \
                    and 0 < len(title.split()) <= _CITED_TITLE_WORDS and is_title_like(title) \
                    and parsed.spans and parsed.spans[0].start == 0:
                shift = start + word.start()
                spans = [Span(sp.field, *cleaned.span(sp.start + shift, sp.end + shift))
                         for sp in parsed.spans]
                cited.append(Parsed(content, record.copy(), INLINE_CONFIDENCE, spans, True,
                                    None, method="inline", form=parsed.form))
                break
    return cited if len(cited) >= _CITED_MIN else []


def _once_each(found: list[Parsed]) -> list[Parsed]:
    """A work the paragraph names twice is one work: the mention that names its author, else
    the first ("… the region she's from, 'Negroland.' … 'Negroland' is also the title of
    Jefferson's new memoir")."""
    kept: dict[str, Parsed] = {}
    for parsed in found:
        key = " ".join((parsed.record.full_title or "").lower().split())
        if key not in kept or (parsed.record.author and not kept[key].record.author):
            kept[key] = parsed
    chosen = {id(p) for p in kept.values()}
    return [p for p in found if id(p) in chosen]


also_forget(_mentions_once.cache_clear)


def find_chapter_titles(content: str) -> list[Parsed]:
    """The works a podcast's chapter line names in quotes, its timestamp taken off ("Review:
    “Transit”", "Oct. 01: “Surrendering September” (prose)"): a chapter names its segment's
    subject, and a quoted title there is the work it is about, by whoever "by" names."""
    cleaned = clean(content)
    text = cleaned.text
    found: list[Parsed] = []
    for a, b, kind in sorted(_marked_spans(cleaned)):
        title = text[a:b]
        if kind != "quoted" or not (is_title_like(title) and opens_title(title)) \
                or known_person(title) or _SAYING_AFTER.match(text, b + 1):
            continue
        by = _BY_AFTER.match(text, b + 1)
        names = parse_name_list(by.group("by")) if by else None
        parsed = _mention(content, cleaned, a, b, names, by.span("by") if by and names else None)
        if parsed is not None:
            found.append(parsed)
    return found


def find_heading_mentions(content: str) -> list[Parsed]:
    """The works an episode's title names: what `find_mentions` reads, and the short
    stretches it sets in quotes, as a film or book column heads an episode with what it
    covers ("\"La abuela\" i \"Belfast\", per gaudir del cinema") in any case, and a news
    headline in single ones ("'West Side Story' stars … defend their remake").

    Not a quoted saying ("'It's Making Sure We Live Through This.'"; "\"I Was There\":
    …"), nor the name of a series before its episode ("'1619,' Episode 4: …")."""
    found = find_mentions(content)
    cleaned = clean(content)
    text = cleaned.text
    if found and all(len(w) <= 3 or w[0].isupper() for w in _LETTER_RUN.findall(text)):
        found = [p for p in found if not _owned_word(text, p)]
    taken = [(p.spans[0].start, p.spans[0].end) for p in found]
    quoted = list(_HEADING_QUOTED.finditer(text))
    for m in quoted:
        a, b = m.span("title") if m["title"] is not None else m.span("title2")
        words = text[a:b].split()
        if len(words) > _HEADING_WORDS or not _SAYING_WORDS.isdisjoint(words) \
                or _HEADING_NOT_AFTER.match(text, m.end()) \
                or any(x < b and a < y for x, y in taken):
            continue
        joined = any(_HEADING_JOIN.fullmatch(text, x.end(), y.start())
                     for x, y in itertools.pairwise(quoted) if m in (x, y))
        if not (joined or not text[:m.start()].strip() or not text[m.end():].strip(" .!?")):
            continue  # a word set apart mid-sentence: "Selenskyj sieht \"Vorwärtsbewegung\" im …"
        parsed = _mention(content, cleaned, a, b, None, None)
        if parsed is not None:
            found.append(parsed)
    found.sort(key=lambda p: p.spans[0].start)
    return found


# The words of a heading: in title case each of four letters or more is capitalised
# ("Author Investigates His Family Ties To Jimmy Hoffa's Disappearance"), so a capital
# marks no title.
_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _owned_word(text: str, mention: Parsed) -> bool:
    """A title of one word after a possessive ("Jimmy Hoffa's Disappearance"): in a heading
    in title case it is as likely the headline's noun."""
    title = mention.spans[0]
    return " " not in text[title.start:title.end].strip() \
        and text[:title.start].rstrip().endswith(("'s", "’s"))


# A title in double quotes, guillemets or single quotes, opening with a capital, nothing that
# ends a sentence or a clause inside.
_HEADING_QUOTED = re.compile(
    r"(?<![\w’'])(?:[\"“«](?P<title>[A-Z0-9À-Þ¿¡][^\"“”«».,;:!?\n]{0,60}?)[\"”»]"
    r"|['‘](?P<title2>[A-Z0-9À-Þ¿¡][^'‘’\"“”«».,;:!?\n]{0,60}?)['’](?!\w))")
_HEADING_WORDS = 6
# Between two quoted titles of one heading: "\"La abuela\" i \"Belfast\"".
_HEADING_JOIN = re.compile(r"[ \t]*(?:,|[ \t](?:i|y|e|et|und|and|&|or|o|vs\.?))[ \t]*")
# After a quoted heading, what makes it a saying or a series' name.
_HEADING_NOT_AFTER = re.compile(r"[ \t]*(?::|,?[ \t]*(?:Episode|Ep\b|Part|Chapter)\b)",
                                re.IGNORECASE)
# A person speaking: "I", "We", "You" … make a quote a saying, not a title.
_SAYING_WORDS = frozenset({"I", "I'm", "I’m", "We", "we", "You", "you", "me", "us"})


Reading = tuple[list[Name] | None, tuple[int, int] | None]


# A name in quotes inside a person's name: "H.G. “Buzz” Bissinger", "Ernesto 'Che' Guevara".
_NICKNAME_BEFORE = re.compile(r"(?:^|[\s(])(?P<given>[A-Z][\w.’'-]*)[ \t]$")
_NICKNAME_AFTER = re.compile(r"[ \t][A-Z][a-z]")
_NICKNAME_WORDS = 3


def _nickname(text: str, quoted: re.Match[str]) -> bool:
    """A quoted word or two between a given name (or initials) and a surname."""
    a, b = quoted.span()
    before = _NICKNAME_BEFORE.search(text, max(0, a - 30), a)
    return before is not None and _NICKNAME_AFTER.match(text, b) is not None \
        and len(quoted.group(0).split()) <= _NICKNAME_WORDS \
        and _is_given_name(before["given"])


def _marked_spans(cleaned: Cleaned) -> list[tuple[int, int, str]]:
    """Italic or bold stretches, quoted ones, and the texts of links that lead to no shop
    (those are read below): where titles are set apart."""
    spans = [(a, b, "emphasis") for a, b in cleaned.emphasis]
    for m in _QUOTED.finditer(cleaned.text):
        group = next(g for g in ("d", "g", "c", "s") if m.group(g) is not None)
        a, b = m.span(group)
        while b > a and cleaned.text[b - 1] in ",.;: ":
            b -= 1
        if not any(x <= a < y for x, y, _ in spans) and not _nickname(cleaned.text, m):
            spans.append((a, b, "quoted"))
    for a, b, url in cleaned.links:
        if not SHOP_LINK_RE.search(url) and not any(x <= a < y for x, y, _ in spans):
            spans.append((a, b, "link"))
    return spans


# How many letters a sentence must hold around a title in italics: a line that is the title
# alone, or the title and a word, is a list's, read elsewhere.
_SENTENCE_AROUND = 15
# The form of a work read from its italics alone: weaker than an entry the line opens with.
IN_SENTENCE = "italics-in-sentence"
_SHOW_WORDS = re.compile(r"\b(?:[Ee]pisodes?|[Pp]odcast)\b")
# A journal's volume after its name: "_Industrial and Organizational Psychology_, 11(S1)".
_VOLUME_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\d|vol\.|no\.)", re.IGNORECASE)


def _italic_in_sentence(content: str, cleaned: Cleaned, a: int, b: int) -> bool:
    """A title in italics inside a sentence of prose: "*The Goblin Emperor* supplies the
    world", "the source that _The Phoenix Project_ drew on".  Italics inside a sentence mark
    titles (a stress falls on a word or two in lower case); bold marks labels and stress,
    so only a single marker counts, and never a name or the text of a link."""
    text = cleaned.text
    title = text[a:b].strip()
    start = cleaned.span(a, b)[0]
    marker = content[start - 1:start]
    if marker not in ("*", "_") or content[start - 2:start - 1] == marker \
            or len(title.split()) < 2 or not title[:1].isupper() or not is_title_like(title) \
            or known_person(title) or _names_people(title) \
            or any(x < b and a < y for x, y, _ in cleaned.links) or _VOLUME_AFTER.match(text, b) \
            or title.endswith(".") or _SHOW_WORDS.search(title) \
            or _EPISODE_BEFORE.search(text, max(0, a - 40), a):
        return False  # (nor a sentence in italics, nor a show: "this episode of *The …*")
    around = sum(ch.isalpha() for ch in text[:a]) + sum(ch.isalpha() for ch in text[b:])
    return around >= _SENTENCE_AROUND


def _names_people(text: str) -> bool:
    """People's names only: an organisation's name may be a title ("The Phoenix Project")."""
    names = parse_name_list(text)
    return bool(names) and all(n.literal is None for n in names or [])


def _marked_reading(text: str, a: int, b: int, kind: str) -> Reading | None:
    """The author of a set-apart title the sentence names as a work, or None when it does not.

    The sentence must say so: "by Author" after it, a cue before it ("her novel"),
    a person's possessive before it, or a year or publisher in brackets after it.
    A quoted or linked title must also read as one (title case, no person's name).
    """
    title = text[a:b].strip()
    marked = kind == "emphasis"
    if (marked and title[:1].islower()) or is_count(title):
        return None  # stress, not a title: "gets together **once a month**", "*and to add …*",
        # "**7,878 pages** read"
    quote = 1 if kind == "quoted" else 0
    named = quote > 0 and (_KIND_RIGHT_BEFORE_ELSEWHERE.search(text, max(0, a - 24), a - quote)
                           or _KIND_RIGHT_BEFORE.search(text, max(0, a - 20), a - quote))
    # (guillemets and a year after them mark a title in sentence case, as Ukrainian, Russian
    # and French set their films' and books' names: "стрічки «Новий альбом нарисів» (1917)")
    dated = quote > 0 and text[max(0, a - 2):a].rstrip(" \u00a0").endswith("«") \
        and _YEAR_AFTER.match(text, b) is not None
    if not marked and not ((is_title_like(title) or named or dated) and opens_title(title) and (
            not known_person(title) or _KIND_RIGHT_BEFORE.search(text, max(0, a - 20), a - quote)
            or _TALK_BEFORE.search(text, max(0, a - 30), a - quote))):
        return None  # (a name is a title right after "novel": "Her latest, “Tom Lake,”", or
        # after a verb of singing it: "made an IBM mainframe sing “Daisy Bell.”")
    closing = _CLOSING.match(text, b) if quote else None
    close = closing.end() if closing else b + quote  # after the closing quote
    if quote and _SAYING_AFTER.match(text, close):
        return None  # "his famous “Eureka!” moment": words quoted as a saying
    inside = closing is not None and "," in closing.group(0)  # "“The Bee Sting,” a novel"
    by = _BY_AFTER.match(text, b + quote)
    if by is not None:
        names = parse_name_list(by.group("by"))
        return names, by.span("by") if names else None
    described = _described_by(text, close)
    if described is not None:
        return described
    writer = _WRITER_BRACKET.search(text, max(0, a - quote - 60), a - quote) \
        if text[close:close + 1] == ")" else None
    people = parse_name_list(writer.group("who")) if writer else None
    if writer and people and all(surely_a_person(n) for n in people) \
            and _WRITER_BEFORE.search(text, max(0, writer.start() - 60), writer.start()):
        return people, writer.span("who")  # "author Bonnie Tsui (<i>Why We Swim</i>)"
    for before in (_OWNER_BEFORE,) if kind == "quoted" else (_OWNER_BEFORE, _WHO_ON):
        owner = before.search(text, max(0, a - quote - 80), a - quote)
        people, who = _owner(owner, cued=False) if owner else (None, None)
        if people and who:  # ("US Senator Tim Kaine's “…”": the name is the last words)
            return people, who
    if kind in ("quoted", "emphasis"):  # ("Aristotle's *Poetics*", "Radiohead's _…_")
        owner = _SURNAME_OWNER_BEFORE.search(text, max(0, a - quote - 40), a - quote)
        people, who = _surname_owner(text, owner.group("who"), owner.start()) if owner \
            else (None, None)
        if people and who:
            return people, who
    talked = not marked and " " in title and _TALK_BEFORE.search(text, max(0, a - 30), a - quote)
    if _NUMBERED.match(title) or (not talked and _EPISODE_BEFORE.search(text, max(0, a - 40),
                                                                         a - quote)):
        return None  # (not "joins the podcast to talk about “Never Saw Me Coming”")
    after = b + quote + _spaces(text, b + quote)
    published = _PUBLISHED.match(text, after) is not None or (
        kind == "quoted" and _TIMESTAMP.match(text, after) is not None)
    told = (_APPOSITIVE_QUOTED.match(text, close) if inside  # "'All The Devils Are Here', the …"
            else _APPOSITIVE.match(text, b + quote))
    if told is not None and kind != "link":
        names = parse_name_list(told.group("by")) if told.group("by") else None
        if names is not None:
            return names, told.span("by")
        if re.match(r"[ \t]*,?[ \t]+(?:his|her|their)\b", text[told.start():]):
            return _subject(text, a)  # "“Title,” her account of …"
        if not told.group("told"):
            return None, None
        # ("author of “More: …,” a raw and gripping account of …": the cue below names him)
    told_after = _told_after(text, a - quote, b)  # "In “Son of Elsewhere,” Elamin … writes"
    if told_after is not None and kind != "link":
        return told_after
    for owned in ((_OWNER_APPOSITIVE_QUOTED if inside else _OWNER_APPOSITIVE).match(
                      text, close if inside else b + quote),
                  _OWNER_CUE_BEFORE.search(text, max(0, a - quote - 100), a - quote)):
        # "“Fellowship Point,” Alice Elliott Dark’s novel", "Ed Yong’s new book, “…”", and a
        # given name the paragraph gave in full ("… writer Adam Soto … Adam’s new collection")
        if owned and owned.re is _OWNER_CUE_BEFORE and " " not in owned.group("by"):
            given = _given_in_full(text, owned.start("by"), owned.group("by"))
            if given is not None:
                return given
            people, who = _surname_owner(text, owned.group("by"), owned.start("by"))
            if people and who:  # "Huston Smith … Smith's book “The World’s Religions”"
                return people, who
            continue
        people = _people_ending(owned.group("by"), lone=True) if owned else None
        if owned and people:
            return people, owned.span("by")
    if kind == "link":
        return (None, None) if published else None  # "[Collapse](/2009/07/…) (575 pages)"
    cue = _last_cue(text, a)
    if cue is not None and _TOPIC_AFTER_CUE.match(cue.group(0)):
        cue = None  # "Brill's New Yorker article on the New York City "Rubber Room"": a topic
    if cue is not None and _NAMING.match(cue.group(0)):
        return None  # "Some called it “Welfare Capitalism.”": a name given, not a work
    if cue is not None and (_OWN_CUE.search(text, max(0, cue.start() - 24), cue.end())
                            or _PRONOUN_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
                            or _AUTHOR_OF_KIND.search(text, max(0, cue.start() - 60),
                                                      cue.start())):
        found = _subject(text, cue.start(), plural=cue.group(0)[:7].lower() == "authors")
        apposed = _APPOSED_PERSON.match(text, close) if found[0] is None else None
        person = parse_person(apposed.group("who")) if apposed else None
        if apposed and person and surely_a_person(person):  # "author of “…,” Tim O’Brien,"
            return [person], apposed.span("who")
        return found
    if cue is not None or talked:
        return None, None
    if published or (marked and _BAND_BEFORE.search(text, max(0, a - 40), a)):
        return None, None  # "Radiohead's _Life in a Glasshouse_"
    if kind == "quoted" and len(title.split()) >= 2 and _REFERENCE_AFTER.match(text, b) \
            and text[:a - 1].rstrip()[-1:] in ("", ".", ":"):
        return None, None  # "Akst, Daniel. “Pellagra: The Forgotten Plague.” American Heritage."
    return (None, None) if (told is not None or named) and kind != "link" else None


def _lone_surname(text: str, word: str, at: int) -> bool:
    """Whether a possessive's one word (at `at`) reads as a writer's surname: not an everyday
    word, a given name, a place, an outlet or the sentence's first word ("America's", "NPR's")."""
    if everyday_word(word) or _is_given_name(word) or word in PLACES or any(
            word.lower() in outlets for outlets in (NETWORKS, PERIODICALS, PLATFORMS)):
        return False
    before = text[_sentence_start(text, at):at]
    return before.strip() != "" and not re.search(r"[A-Z][\w\-]*[ \t]+$", before)


def _surname_owner(text: str, word: str, at: int) -> Reading:
    """The writer a possessive's one word names: the person the paragraph gave in full
    earlier ("Huston Smith, who died … Smith's book “The World's Religions”"), or the
    surname alone when it reads as one ("Lovecraft’s “The Outsider,”")."""
    full = _in_full_earlier(text, word, at, given=False)
    if full is not None and surely_a_person(full):
        return [full], (at, at + len(word))
    if _lone_surname(text, word, at):
        return [Name(family=word)], (at, at + len(word))
    return None, None


def _last_cue(text: str, a: int) -> re.Match[str] | None:
    """The cue word nearest before a title: "… with author Po Bronson about his book
    “Top Dog”" takes "book" (and so "his"), not "author"."""
    cue = _CUE_BEFORE.search(text, max(0, a - 60), a)
    while cue is not None:
        later = _CUE_BEFORE.search(text, cue.start() + 1, a)
        if later is None:
            return cue
        cue = later
    return None


def _signalled(cleaned: Cleaned) -> list[tuple[int, int, list[Name] | None,
                                               tuple[int, int] | None]]:
    """Titles the sentence marks by what stands around them, not by markup.

    "Vivian Gornick's The Romance of American Communism", "JG Ballard's Spanish set
    thriller Cocaine Nights", "Melody is the author of If You Could Live Anywhere",
    "His books include The End of Faith, Lying and Waking Up", and a capitalised run
    with a year or publisher in brackets: "Postal Intelligence (Cornell UP, 2025)".
    """
    text = cleaned.text
    lowered = text.lower()
    out: list[tuple[int, int, list[Name] | None, tuple[int, int] | None]] = []
    named_after: set[tuple[int, int]] = set()  # titles a strong cue after them names
    possessive = "'" in text or "’" in text
    kinds = any(word in lowered for word in _KIND_WORDS)
    cued = possessive and kinds and _WORK_WORD_TITLE.search(text) is not None
    for m in _OWNED_CUED.finditer(text) if cued else ():
        names, who = _owner(m, cued=True)
        if who is not None:
            out.append((*_title_span(cleaned, m.start("title"), m.end("title")), names, who))
    phrased = possessive and kinds and _OWNED_PHRASE_HINT.search(text) is not None
    for m in _OWNED_PHRASE.finditer(text) if phrased else ():
        names, who = _owner(m, cued=True)
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        if who is not None and len(text[a:b].split()) >= 2:
            out.append((a, b, names, who))
    booky = _has_cue_word(text) or _WORK_WORD_RE.search(text) is not None
    if possessive and _POSSESSIVE_TITLE.search(text):
        pos = 0
        while (owned := _OWNED.search(text, pos)) is not None:
            m = owned
            title_end = pos = m.end("title")
            other = _NEXT_OWNER.search(text, m.start("title"), title_end)
            if other is not None:  # "Keefe’s Say Nothing and Isabel Wilkerson’s …"
                title_end = pos = other.start()
            a, b = _title_span(cleaned, m.start("title"), title_end)
            names, who = _owner(m, cued=False)
            if not (booky or (names and all(map(known_given_name, names))
                              and text[a:b].lower() not in _NOT_WORKS
                              and not _LIST_GOES_ON.match(text, b)
                              and (text[:m.start()].strip() or text[b:].strip(" .")))):
                continue  # (not a heading alone: "Adam Smith's Invisible Hand")
            if who is not None and (len(text[a:b].split()) >= 2 or (
                    booky and names and all(map(known_given_name, names))
                    and _rare_title_word(text[a:b]) and not _KIND_AFTER.match(text, b))) \
                    and not _HONOUR.search(text, a, b) \
                    and not (text[m.end("who") + 1] != "s" and _KIND_AFTER.match(text, b)) \
                    and not _KIND_THEN_TITLE.match(text, b):
                # (not "Anita Loos' Jazz Age novel", nor "Sam Peckinpah’s World War II film
                # Cross of Iron": the run describes the title after the kind word)
                out.append((a, b, names, who))
    authored = any(word in lowered for word in ("author", "editor", "writer", "translator",
                                                "novelist", "playwright"))
    for m in _AUTHOR_OF.finditer(text) if authored else ():
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        if _KIND_OF_WRITING.match(text, b):
            continue  # "translator of Basque- and Spanish-language literature": a field
        names, who = _subject(text, m.start(), plural=m.group("many") is not None) \
            if not m.group("translator") and not _AUTHOR_AS_OBJECT.search(
                text, max(0, m.start() - 60), m.start()) else (None, None)
        # ("translator of Madame Bovary"; "guests discuss the Italian author of …": the
        # sentence's subject is not the author)
        co = parse_person(m.group("with")) if m.group("with") else None
        if co is not None and names and surely_a_person(co):
            names = [*names, co]
        apposed = _APPOSED_PERSON.match(text, b) if names is None else None
        person = parse_person(apposed.group("who")) if apposed else None
        if apposed and person and surely_a_person(person):
            names, who = [person], apposed.span("who")  # "author of Title, Peter Sagal, …"
        listed = _listed_titles(text, a, False) if apposed is None \
            and _LIST_GOES_ON.match(text, b) else []
        if len(listed) >= 3 and listed[0][0] == a and not any(
                known_person(text[x:y]) or text[x:y].lower() in _NOT_WORKS for x, y in listed):
            # "the Italian author of Invisible Cities, If On A Winter's Night A Traveller,
            # Cosmicomics and the many other novels"
            out.extend((x, y, names, who) for x, y in listed)
            continue
        if m.group("works") and _NEXT_AFTER_REMARK.match(text, b):
            out.append((a, b, names, who))  # (its "and" is its own: "A: X and Y, winner …;")
        else:
            out.extend((x, y, names, who) for x, y in _two_works(
                text, a, b, m.group("many") is not None or m.group("works") is not None))
        while (more := (_NEXT_BY_SEMICOLON.match(text, b) or (
                _NEXT_AFTER_REMARK.match(text, b) if m.group("works") else None))) is not None:
            # "the author of The Stronghold: …; Whistling Past Dixie: …; and co-author …"
            a, b = _title_span(cleaned, more.start("title"), more.end("title"))
            out.append((a, b, names, who))
    for m in _IS_A_WORK.finditer(text) if _IS_A_WORK_HINT.search(text) and (
            kinds or "written by" in text or " in " in text) else ():
        opening = _opening_title(text, m.start())
        if opening is None:
            continue
        a, b = _title_span(cleaned, *opening)
        if text[a:b].split()[0] in _OPENERS or text[a:b].lower() in _NO_TITLES:
            continue
        written = "written by" in m.group(0)  # ("… was written by Donna Tartt")
        by = _PEOPLE_RE.match(text, m.end()) if written else None
        people = parse_name_list((by or m).group(0 if by else "by") or "")
        if not (people and all(map(known_given_name, people))):
            people = None  # (not "a novel by and about Native Americans")
        if _LATEST_BOOK.search(m.group(0)):
            named_after.add((a, b))  # "Mark Twain, published …, is this biographer’s latest book"
        if people is None and m.group("pron"):  # "Caste is her latest book": the paragraph's
            names, who = _subject(text, m.end("pron"))  # person, who is not the title's subject
            out.append((a, b, names, who) if who is None or not (a <= who[0] < b)
                       else (a, b, None, None))
            continue
        out.append((a, b, people, (by.span() if by else m.span("by")) if people else None))
    for m in _NAME_BRACKET.finditer(text) if _NAME_BRACKET_HINT.search(text) else ():
        out.extend(_bracketed_works(text, m))
    numbered = [m for m in _NUMBERED_ITEM.finditer(text)] if ". " in text else []
    if len(numbered) >= 3:  # "by Lucius Annaeus Seneca: 4. On the Terrors of Death, 12. On …"
        by = _LIST_BY.search(text, max(0, numbered[0].start() - 80), numbered[0].start())
        people = parse_name_list(by.group("who")) if by else None
        for m in numbered if people else ():  # (not "Our agenda: 1. Budget, 2. Hiring, …")
            a, b = _title_span(cleaned, m.start("title"), m.end("title"))
            out.append((a, b, people, by.span("who") if by and people else None))
    for m in _THEIR_WORK_IS.finditer(text) if " is " in text or " was " in text else ():
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        out.append((a, b, *(_owner_in_full(text, m) if m.group("owner")
                             else _subject(text, m.end("pron")))))
    for m in _LATEST_OF_WHICH.finditer(text) if " of which " in text else ():
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        out.append((a, b, *_subject(text, m.start())))
    for m in _WE_READ.finditer(text) if "read" in text else ():
        # a book club's "This month, we're reading The Icepick Surgeon: …" and "Next time,
        # we’ll read Written In Bone: … by forensic anthropologist Sue Black"
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        by = _BY_LATER.search(text, b, min(len(text), b + 160))
        if by is not None and _sentence_end(text, b) >= by.start():
            b = by.start()  # (the title runs on to its "by": "…: Murder, Fraud, Sabotage,
        else:  # Piracy, and Other Dastardly Deeds … in the Name of Science by Sam Kean")
            by = _BY_AFTER.match(text, b)
        names = parse_name_list(by.group("by")) if by else None
        if len(text[a:b].split()) >= 2:
            out.append((a, b, names, by.span("by") if by and names else None))
    for m in _CO_AUTHORED.finditer(text) if _CO_AUTHORED_HINT.search(text) else ():
        # "Mark is the author of …, and co-authored Locked On with Tom Clancy"
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        names, who = _subject(text, m.start())
        partners = parse_name_list(m.group("who"))
        if partners and all(map(surely_a_person, partners)):
            names, who = [*(names or []), *partners], who or m.span("who")
        out.append((a, b, names, who))
    for m in _SHARES_CAPS.finditer(text) if "share" in text else ():
        # "Celia C. Pérez (@CeliaCPerez) shares STRANGE BIRDS: A FIELD GUIDE TO …": a
        # guest shares the book whose title the show sets in capitals
        out.append((m.start("title"), m.end("title"), *_subject(text, m.start())))
    for m in _IN_TITLE_BY_TRADE.finditer(text) if "In " in text and any(
            f", {trade} " in lowered or f", the {trade} " in lowered for trade in _TRADES) else ():
        person = parse_person(m.group("who"))
        title = m.group("title")
        if person is not None and surely_a_person(person) and len(title.split()) >= 2 \
                and title.lower() not in _NOT_WORKS and title not in _NOT_WORKS \
                and not any(ch.isdigit() for ch in title):
            # (not "In New York, author …", "In March 2020, …")
            a, b = _title_span(cleaned, m.start("title"), m.end("title"))
            out.append((a, b, [person], m.span("who")))
    for m in _TITLE_OWNER_KIND.finditer(text) if possessive and kinds else ():
        people = parse_name_list(m.group("who"))
        if people and all(map(surely_a_person, people)) \
                and not known_person(m.group("title")) and m.group("title") not in _NOT_WORKS:
            out.append((*_title_span(cleaned, m.start("title"), m.end("title")), people,
                        m.span("who")))
    for m in _IN_RUN_TELLS.finditer(text) if "In " in text else ():
        run = m.group("run")
        words = run.split()
        comma = next((i + 1 for i, w in enumerate(words) if w.endswith(",")), None)
        for k in [comma] if comma else range(max(1, len(words) - 4), len(words) - 1):
            title = " ".join(words[:k]).rstrip(",")
            writer = " ".join(_after_lower_words(words[k:]))
            person = parse_person(writer)
            if person is None or not known_given_name(person) or not is_title_like(title) \
                    or (len(words[:k]) < 2 and not _rare_title_word(title)) \
                    or title.lower() in _NOT_WORKS or title in _NOT_WORKS \
                    or any(ch.isdigit() for ch in title) or _NUMBERED.match(title) \
                    or title.split()[0] in _PARTS_OF_A_WORK:
                continue  # (not "In New York, Jane Smith writes", "In Chapter Three …")
            a = m.start("run")
            at = text.index(writer, a + len(title))
            out.append((*_title_span(cleaned, a, a + len(title)), [person], (at, at + len(writer))))
            break
    for m in _WHO_ON_CAPITALS.finditer(text) if " on " in text else ():
        people, who = _people_in_tail(m, _given_known)
        title = m.group("title")
        if people and who and (
                " " in title or len(title) >= _CAPITALS_ALONE):  # (not an initialism: "NASA")
            out.append((*_title_span(cleaned, m.start("title"), m.end("title")), people, who))
    for m in _I_READ.finditer(text) if "I" in text and (
            "started" in text or "finished" in text) else ():
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        cut = text.find(" by ", a, b)  # ("… Happens Here by the Australian writer …")
        b = cut if cut > a else b
        if not any(ch.isdigit() for ch in text[a:b]):
            out.append((a, b, None, None))
    for m in _MOST_RECENTLY.finditer(text) if "most recently" in lowered else ():
        # "the author of A and, most recently, B", "several books, most recently B"
        a, b = _title_span(cleaned, m.start("title"), m.end("title"))
        if _AUTHORED_BEFORE.search(text, _sentence_start(text, m.start()), m.start()):
            out.append((a, b, *_subject(text, m.start())))
    for m in _THEIR_WORKS.finditer(text) if "s, " in text and (
            "two " in lowered or "three " in lowered or "four " in lowered) else ():
        # "to talk about his latest two novels, Quicksilver and The Big Dark Sky"
        names, who = _subject(text, m.end("pron"))
        for a, b in _listed_titles(text, m.end(), False, plural=True):
            out.append((a, b, names, who))
    cued = "includ" in lowered or "such as" in lowered or "s are " in text \
        or "s like " in text or "year:" in text
    for m in _LIST_CUE.finditer(text) if cued or kinds else ():
        if m.group("bare") is None and not cued:
            continue
        if m.group("bare") is not None and not (
                text[m.start()].islower() and _BARE_KIND_BEFORE.search(text, 0, m.start())):
            continue  # "Books That Changed My Life": a headline's words, not the works
        names, who = _subject(text, m.start())
        for a, b in _listed_titles(text, m.end(), m.group("cue") == "including",
                                   m.group("plural") is not None or m.group("colon") is not None
                                   or m.group("bare") is not None):
            out.append((a, b, names, who))
    for m in _WHOSE_WORKS.finditer(text) if "whose " in text else ():
        names, who = _subject(text, m.start())
        out.extend((a, b, names, who) for a, b in _listed_titles(text, m.end(), False, True))
    for m in _NEXT_ARE.finditer(text) if "next" in lowered and booky else ():
        # a club's "Coming up next are Five Quarters of the Orange, Under the Banner of
        # Heaven, The Red Tent, and …" (no one's works)
        out.extend((a, b, None, None) for a, b in _listed_titles(text, m.end(), False))
    appositive = kinds and ", " in text and _APPOSITIVE_HINT.search(text) is not None
    for m in _APPOSITIVE.finditer(text) if appositive else ():
        end = m.start()
        run = _run_start(text, end)
        if run is not None and not _INITIAL_END.search(text[max(0, run - 20):run]) \
                and (not m.group("told") or len(text[run:end].split()) >= 2) \
                and text[run:end] not in _OPENERS:  # (not "Plus, the memoir _Lab Girl_")
            # (not the end of a name: "Nobel Laureate J.M. Coetzee, a novel that …"; "a
            # history of" after two words or more)
            names = parse_name_list(m.group("by")) if m.group("by") else None
            said: Reading = (names, m.span("by") if names else None)
            if names is None and _THEIR_APPOSITIVE.match(text, end):
                said = _subject(text, run)  # "…, her account of walking across Spain"
            out.append((run, end, *said))
    owned_after = possessive and kinds and ", " in text
    for m in _OWNER_APPOSITIVE.finditer(text) if owned_after else ():
        run = _run_start(text, m.start())
        people = _people_ending(m.group("by"))
        if run is not None and people and len(text[run:m.start()].split()) >= 2:
            out.append((run, m.start(), people, m.span("by")))
    for m in _PUBLISHED.finditer(text) if "(" in text else ():
        end = m.start() - _spaces_back(text, m.start())
        run = _run_start(text, end)
        run = _subtitle_start(text, run) if run is not None else None
        if run is not None and _BY_BEFORE.search(text, max(0, run - 4), run):
            continue  # "…," by Dylan Sloan (Fortune, 2024)": the run is who wrote it
        inner = _BY_AT_END.search(text, run, end) if run is not None else None
        people = parse_name_list(inner.group("by")) if inner else None
        if run is not None and inner and people and all(map(surely_a_person, people)):
            # "Kin by Miljenko Jergović (Archipelago Books, 2021) is …": the run holds its
            # author
            out.append((run, inner.start(), people, inner.span("by")))
            continue
        reading = _published_by(text, run, m.end()) if run is not None else None
        if run is not None and reading is not None:
            out.append((run, end, *reading))
    for m in _PUBLISHED_BY.finditer(text) if "published" in lowered else ():
        # "In Wallace Stegner: Dean of Western Writers, published by Signature Books in
        # February 2025, this …": a run a publisher's clause follows is that house's book
        publisher = m.group("pub")
        if m.group(0)[:1] != "," or not is_publisher(publisher):
            continue  # (a house word names one: "Signature Books")
        run = _run_start(text, m.start())
        run = _subtitle_start(text, run) if run is not None else None
        if run is None or len(text[run:m.start()].split()) < 2 \
                or _BY_BEFORE.search(text, max(0, run - 4), run):
            continue
        inner = _BY_AT_END.search(text, run, m.start())
        people = parse_name_list(inner.group("by")) if inner else None
        if inner and people and all(map(surely_a_person, people)):
            out.append((run, inner.start(), people, inner.span("by")))
        else:
            out.append((run, m.start(), None, None))
    for m in _TITLE_AUTHOR.finditer(text) if "author " in text or "novelist " in text else ():
        # "Eat Pray Love author Elizabeth Gilbert on …", "Child Soldier author Michel
        # Chikwanine": the book before the word, as a headline names its writer by it
        a, b = m.span("title")
        title = text[a:b]
        people = parse_name_list(m.group("who"))
        words = title.lower().split()
        if len(words) >= 2 and people and all(map(surely_a_person, people)) \
                and not _DESCRIBING_WORD.search(title) and words[-1] not in GENRES \
                and " ".join(words[-2:]) not in GENRES and title not in _NOT_WORKS \
                and not is_publisher(title) and not known_person(title):
            out.append((a, b, people, m.span("who")))
    out = [part for found in out for part in _capitals_apart(text, *found)]
    return [(a, b, n, w) for a, b, n, w in out
            if b - a >= _MIN_TITLE_CHARS and is_title_like(text[a:b])
            and (not known_person(text[a:b]) or (a, b) in named_after)
            and parse_organisation(text[a:b]) is None]


def _capitals_apart(text: str, a: int, b: int, names: list[Name] | None,
                    who: tuple[int, int] | None
                    ) -> list[tuple[int, int, list[Name] | None, tuple[int, int] | None]]:
    """Two titles set in capitals and joined by a lower-case "and" are two works: "author
    of A STORYTELLING OF RAVENS and WHEN AIDAN BECAME A BROTHER" (a title in capitals
    writes its own "AND")."""
    at = text.find(" and ", a, b)
    if at < 0 or any(ch.islower() for ch in text[a:at] + text[at + 5:b]):
        return [(a, b, names, who)]
    return [(a, at, names, who), (at + 5, b, names, who)]


def _bracketed_works(text: str, m: re.Match[str]) -> list[tuple[int, int, list[Name] | None,
                                                                   tuple[int, int] | None]]:
    """The works a bracket after a person's name lists: titles all, none a place, a
    network, a publisher, a periodical or a job ("Susan Orlean (The New Yorker)", "Bob
    Smith (CEO, Acme)"), two of them or one of two words or more ("(NCIS)" may be a show
    or a network's initials)."""
    person = parse_person(m.group("who"))
    if person is None or not known_given_name(person) or (
            m.group("end") and not _WRITER_BEFORE.search(text, max(0, m.start() - 60), m.start())):
        return []
    parts: list[tuple[int, int]] = []
    pos = m.start("works")
    for piece in m.group("works").split(","):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        pos += len(piece) + 1
        owner = _OWNER_PREFIX.match(text, a, b)
        if owner is not None:
            a = owner.end()
        title = text[a:b]
        words = title.lower().split()
        if not (opens_title(title) and is_title_like(title) and re.search("[^\\W\\d]", title)) \
                or known_person(title) \
                or title.lower() in _NOT_WORKS or not JOB_WORDS.isdisjoint(words) \
                or parse_organisation(title) is not None or _DECADE.match(title):
            return []
        parts.append((a, b))
    if len(parts) < 2 and len(text[parts[0][0]:parts[0][1]].split()) < 2:
        return []
    if _WORK_WORD_RE.search(text) is None and not _WRITER_BEFORE.search(
            text, max(0, m.start() - 60), m.start()):  # an actor's shows: "Gillian Jacobs (…)"
        return [(a, b, None, None) for a, b in parts]
    return [(a, b, [person], m.span("who")) for a, b in parts]


def _two_works(text: str, a: int, b: int, plural: bool) -> list[tuple[int, int]]:
    """The one or two titles of "author of A and B" (see `_TWO_WORKS`)."""
    pair = _subtitled_pair(text, a, b)
    if pair is not None:
        return pair
    joint = (_TWO_WORKS if plural else _TWO_WORKS_ARTICLE).search(text, a, b)
    if joint is None or min(len(text[a:joint.start()].split()),
                            len(text[joint.end():b].split())) < 2:
        return [(a, b)]
    return [(a, joint.start()), (joint.end(), b)]


def _subtitled_pair(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """Two titles each with a subtitle, "A: X and B: Y", which a title's run ends inside (at
    the second colon): parted at the "and" before the second title."""
    colon = text.find(": ", a, b)
    subtitle = _SUBTITLE_AFTER.match(text, b) if colon > 0 else None
    joint = text.rfind(" and ", colon, b) if subtitle is not None else -1
    if subtitle is None or joint < 0 or not text[joint + 5:joint + 6].isupper():
        return None
    return [(a, joint), (joint + 5, subtitle.end())]


def _opening_title(text: str, at: int) -> tuple[int, int] | None:
    """The title a sentence opens with that runs up to `at` (a clause set off by commas may
    stand between), or None."""
    # (no full stop after a title or an initial: "The Einstein of Sex: Dr. Magnus …")
    start = max([_sentence_start(text, at)] + [text.rfind(stop, 0, at) + 2
                                                 for stop in ("! ", "? ") if stop in text])
    start += _spaces(text, start)
    title = _TITLE_RE.match(text, start, at)
    if title is None or not (title.end() == at or _CLAUSE_BETWEEN.fullmatch(text, title.end(), at)
                             or text[title.end():at] == ","):
        return None  # (a title holding its commas: "Devouring Time: Jim Harrison, A Writer’s
    return title.span()  # Life, is the latest book by …")


def _rare_title_word(title: str) -> bool:
    """A one-word title a possessive may own ("Steve Tesich’s Karoo"): no everyday word, number,
    given name, place, network or platform ("John Smith’s Twitter"); nor, as the caller checks,
    the name of a series before a word for its works ("Patricia Highsmith’s Ripley novels")."""
    return title.isalpha() and title[:1].isupper() and not everyday_word(title) \
        and not _is_given_name(title) and title.lower() not in _NOT_WORKS


def _subtitle_start(text: str, run: int) -> int:
    """Where a title starts whose subtitle lists parts with commas, the run before the last
    comma being read: "In War and Diplomacy in the Napoleonic Era: Sir Charles Stewart,
    Castlereagh and the Balance of Power in Europe (Bloomsbury Academic, 2019)"."""
    for _ in range(3):
        before = text[:run].rstrip(" \t")
        if not before.endswith(","):
            break
        prev = _run_start(text, len(before) - 1)
        if prev is None or ":" not in text[prev:run]:
            break
        run = prev
    return run


def _told_after(text: str, a: int, after: int) -> Reading | None:
    """The author named after a title that opens a sentence with "In": "In “Son of
    Elsewhere,” Elamin Abdelmahmoud writes …", "In Title (Verso, 2019), Reider Payne
    describes …"."""
    if not re.search(r"(?:^|[.!?>\n][ \t]*)In[ \t]+[“\"‘']?$", text[max(0, a - 8):a]):
        return None
    told = _PERSON_TELLS.match(text, after)
    people = _people_ending(told.group("who")) if told else None
    return (people, told.span("who")) if told and people else None


def _described_by(text: str, at: int) -> Reading | None:
    """ "by liberal historian James Loewen", "by the Irish writer Claire Keegan": the author
    after words that say who they are, when the name has a common given name."""
    by = _BY_DESCRIBED.match(text, at)
    names = parse_name_list(by.group("by")) if by else None
    if by is None or not names or not all(map(known_given_name, names)):
        return None
    return names, by.span("by")


def _published_by(text: str, a: int, after: int) -> Reading | None:
    """Who wrote a title with a bracketed year: "… (2025) by Dr. Aviva Briefel", or the
    person whose possessive stands before it ("Bill LeFurgy's Into the Suffering City")."""
    by = _BY_AFTER.match(text, after)
    names = parse_name_list(by.group("by")) if by else None
    if by is not None:
        return (names, by.span("by")) if names else (None, None)
    told = _told_after(text, a, after)
    if told is not None:
        return told
    owner = _OWNER_BEFORE.search(text, max(0, a - 80), a) \
        or _KIND_BY_BEFORE.search(text, max(0, a - 80), a)
    people = parse_name_list(owner.group("who")) if owner else None
    if owner and people and all(surely_a_person(n) for n in people):
        return people, owner.span("who")  # (or "two novels by Nicholas Fisk, Grinny (1973)")
    if re.search(r"['’]s[ \t]+$", text[max(0, a - 3):a]):
        return None  # "… Walk was America’s Favorite Spectator Sport": the title's own words
    return None, None


def _named_after(text: str, cue: int, b: int) -> Reading | None:
    """The person named right after a title that a sentence opens with "In his book":
    "In his book Last Dance, famed sportswriter John Feinstein explains …"."""
    start = _sentence_start(text, cue)
    if not _IN_BEFORE.fullmatch(text, start, cue):
        return None
    after = _PERSON_AFTER.match(text, b)
    people = parse_name_list(after.group("who")) if after else None
    if after and people and all(surely_a_person(n) for n in people):
        return people, after.span("who")
    # "In his new book, Livewired, Eagleman shows …": a surname the paragraph gave in full
    # before, or alone
    told = _SURNAME_TELLS.match(text, b)
    if told is None or told.group("who") in _NO_SURNAMES or everyday_word(told.group("who")):
        return None
    person = _in_full_earlier(text, told.group("who"), start, given=False)
    if person is not None and known_given_name(person):
        return [person], told.span("who")
    return [Name(family=told.group("who"))], told.span("who")


def _people_ending(run: str, lone: bool = False) -> list[Name] | None:
    """The people a capitalised run ends with, when surely people: "In Alice Elliott Dark"
    → Alice Elliott Dark; with `lone`, a surname alone ("Hiaasen’s new novel")."""
    words = run.split()
    if lone and len(words) == 1 and words[0][:1].isupper():
        return [Name(family=words[0])]
    for k in range(min(2, len(words) - 1)):
        people = parse_name_list(" ".join(words[k:]))
        if people and all(surely_a_person(n) for n in people):
            return people
    return None


def _people_in_tail(m: re.Match[str], sure: Callable[[Name], bool], first: int = 0) -> Reading:
    """The people the last words of `m`'s "who" name, each `sure`, once the words before
    them (from the `first`th on, two words kept at least) are dropped: "Discussing Barbara
    Chase-Riboud", "In David Baldacci"."""
    words = m.group("who").split()
    for k in range(first, len(words) - 1):
        part = " ".join(words[k:])
        names = parse_name_list(part)
        if names and all(map(sure, names)):
            return names, (m.end("who") - len(part), m.end("who"))
    return None, None


def _given_known(name: Name) -> bool:
    """A full name whose given name the lexicon knows."""
    return known_given_name(name) and bool(name.family)


# A capitalised -ing word opening a possessive's run: a verb, not a name ("Reviewing Jenni
# Nuttall’s Mother Tongue").
_ING_OPENING = re.compile(r"[A-Z][a-z]+ing[ \t]")


def _owner(m: re.Match[str], cued: bool) -> Reading:
    """The people a possessive names, when they surely are people (a lone surname with a cue)."""
    who = m.group("who")
    names = parse_name_list(who)
    verb = _ING_OPENING.match(who) is not None and who.split()[0] not in GIVEN_NAMES
    if names and all(surely_a_person(n) for n in names) and not verb:
        # (not "Reviewing Jenni Nuttall’s": a verb opening the sentence, below)
        return names, m.span("who")
    if cued and names:
        return names, m.span("who")  # "JG Ballard's Spanish set thriller Cocaine Nights"
    names, at = _people_in_tail(m, surely_a_person, first=1)
    if names:  # "In David Baldacci's thriller The Camel Club"
        return names, at
    if cued and " " not in who and who[:1].isupper():
        given = _given_in_full(m.string, m.start("who"), who)
        if given is not None:  # "… lawyer Lea Geller says … Lea's latest novel, …"
            return given
        if _is_given_name(who):
            return None, None  # a first name alone names no author
        return [Name(family=who)], m.span("who")  # "Ng's debut novel, Everything I Never Told You"
    return None, None


def _subject(text: str, at: int, plural: bool = False) -> Reading:
    """The person a sentence is about, named before `at`: "Jane Brox, author of …"; for
    "his"/"her", the first person of the paragraph; or a given name the paragraph gave in
    full earlier ("Melody" → "Melody Warnick")."""
    start = _sentence_start(text, at)
    head = text[start:at]
    runs = list(_PERSON_RE.finditer(head))
    if runs and _HE_SHE.search(head, runs[-1].end()):
        # "Kenneth Sewell explains how … a second Pearl Harbor, …, as he sets out in his
        # book": "he" goes back past the last name to the sentence's subject
        given = _given_in_full(text, start, head)
        if given is not None:
            return given
        runs.reverse()
    for m in reversed(runs):
        if _AUTHOR_OF_BEFORE.search(head[:m.start()]) or _PEN_NAME.search(head[:m.start()]) \
                or _SHOW_BEFORE.search(head, 0, m.start()) \
                or _KIND_AFTER.match(head, m.end()) or _SHOW_AFTER.match(head, m.end()):
            # "the authors of The Whole-Brain Child and No-Drama Discipline discuss"; a
            # series before its kind of work is no person ("his new Gray Man novel")
            continue
        found = _person_at(m, start)
        other = _CO_AUTHOR.search(head, 0, m.start()) if plural else None
        co = parse_person(other.group("who")) if other else None
        if other and found and found[0] and co and surely_a_person(co):  # "A and B, … authors of"
            return [co, *found[0]], (start + other.start(), start + m.end())
        if found is not None:
            return found
    titled = list(_TITLED_RE.finditer(head))  # "Mr. Woodward, author of “Fear: …”"
    if titled:
        return [Name(family=titled[-1].group(1))], (start + titled[-1].start(1),
                                                    start + titled[-1].end(1))
    opening = re.match(r"\s*(?:His|Her|He|She)\b", head)
    if opening and start > 0:
        # "… Sam Rosenfeld is an associate professor … He is the author of …": a sentence
        # opening on "he" or "his" goes back to the person who opened the sentence before
        before = _sentence_start(text, start - 1)
        opener = _PERSON_RE.match(text, before + _spaces(text, before))
        found = _person_at(opener, 0) if opener is not None and opener.end() <= start else None
        if found is not None:
            return found
    if opening or re.match(r"\s*Their\b", head) \
            or re.search(r"\b(?:his|her|their)\b", head):
        for m in _PERSON_RE.finditer(text, 0, start):  # "Sam Harris is … His books include …"
            if _SHOW_AFTER.match(text, m.end()) or text.endswith(": ", 0, m.start()):
                # "He hosts the popular Philosophy Bites podcast. His books …"; a subtitle's
                # subject ("Making the Presidency: John Adams and …. Her other books …")
                continue
            found = _person_at(m, 0)
            if found is not None:
                return found
    given = _given_in_full(text, start, head)
    return given if given is not None else (None, None)


def _owner_in_full(text: str, m: re.Match[str]) -> Reading:
    """The person a possessive names by one word, given in full earlier in the paragraph:
    "Ali Rizvi was raised in Libya, …. Ali’s book is …"."""
    person = _in_full_earlier(text, m.group("owner"), m.start())
    if person is None or not known_given_name(person):
        return None, None
    return [person], m.span("owner")


def _given_in_full(text: str, start: int, head: str) -> Reading | None:
    """A given name opening the sentence that the paragraph gave in full earlier ("Melody is
    the author of …" → Melody Warnick, "Eric built …, and he passes on …" → Eric Nuzum)."""
    first = re.match(r"\s*([A-Z][a-z]+)\b", head)
    if first is not None:
        person = _in_full_earlier(text, first.group(1), start, surname=False)
        if person is not None and surely_a_person(person):
            return [person], (start + first.start(1), start + first.end(1))
    return None


def _in_full_earlier(text: str, word: str, end: int, *, given: bool = True,
                     surname: bool = True) -> Name | None:
    """The person one word names, written in full before `end`: as the given name ("Melody"
    → "Melody Warnick", "Ali’s book" → "Ali Rizvi") or the surname ("Eagleman" → "David
    Eagleman"), an initial between them perhaps."""
    forms = ([rf"{word}[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’\-]+"] if given else []) \
        + ([rf"[A-Z][\w'’\-]+(?:[ \t]+[A-Z]\.)?[ \t]+{word}\b"] if surname else [])
    full = re.search(rf"\b(?:{'|'.join(forms)})", text[:end])
    return parse_person(full.group(0)) if full else None


def _comma_parts(text: str, b: int) -> int:
    """Where a title that a comma seems to end really ends: "Seen, Heard, and Paid: The New
    Work Rules …", "Cry for Me, Argentina", "Politics, A Survivor’s Guide", when the
    capitalised parts after the comma run to the sentence's or clause's end and none of them
    is a person ("Her new book, Title, Jane Smith says" keeps "Title")."""
    end = b
    for k in range(3):
        join = _PART_JOIN.match(text, end)
        part = _TITLE_RE.match(text, join.end()) if join else None
        if join is None or part is None or known_person(part.group(0)) \
                or parse_organisation(part.group(0)) is not None \
                or (k == 0 and join.group(0).rstrip() != ","):
            break  # (", and" only after a part: "Monument Maker, and Open Water" is a list)
        owner = _NEXT_OWNER.search(text, part.start(), part.end())
        if owner is not None:  # "Beautiful World, Where Are You and John Moriarty’s …"
            return owner.start()
        end = part.end()
        if _PARTS_END.match(text, end):
            return end
    return b


def _run_back(text: str, a: int) -> int:
    """Where a capitalised run starts that a "Title by Person" match entered at its second
    word or later ("? New Grub Street, by George Gissing" matched from "Grub")."""
    while True:
        head = text[:a].rstrip(" \t")
        if len(head) == a or not head:
            return a
        cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n")) + 1
        word = head[cut:]
        if word[:1] in "([" and re.fullmatch(r"[A-Z][\w'’\-]*", word[1:]) \
                and word[1:] not in _IMPERATIVES:
            return cut + 1  # "(The Seven Daughters of Eve by Bryan Sykes, …)": the bracket opens it
        if not re.fullmatch(r"[A-Z][\w'’\-]*", word) or word in _OPENERS or word in _IMPERATIVES:
            return a
        a = cut


def _is_given_name(word: str) -> bool:
    """A lone word the name lexicon knows as a given name ("Octavia", "Carrie")."""
    person = parse_person(f"{word} Smith")
    return person is not None and known_given_name(person)


def _split_at_article(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Two titles joined by "and" before a capitalised article: "The Witch and The
    Lighthouse" (a title's own "and" comes before a lower-case "the")."""
    m = re.search(r"[ \t]and[ \t]+(?=(?:The|A|An)[ \t])", text[a:b])
    first = text[a:a + m.start()] if m is not None else ""
    if m is None or not (text[a:a + 4].startswith(("The ", "A ", "An "))
                         or (" " not in first and _rare_title_word(first))):
        return [(a, b)]  # (a one-word title too: "author of Bruny and The Museum of …")
    return [(a, a + m.start()), (a + m.end(), b)]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after a full stop that ends no title or
    initial ("Mr. Putin", "Michael S. Schmidt"), or after a line break."""
    i = at
    while True:
        # the last ". ", ".” " or '." ' before i: where its full stop stands
        stop = max(text.rfind(". ", 0, i), text.rfind(".” ", 0, i), text.rfind('." ', 0, i))
        if stop < 0 or not _ABBREVIATION_END.search(text, max(0, stop - 5), stop + 1):
            return max(stop + 1 + (text[stop + 1:stop + 2] in "”\""), text.rfind("\n", 0, at) + 1)
        i = stop


def _person_at(m: re.Match[str], offset: int) -> Reading | None:
    """The person a capitalised run names, whole or by its last two words ("Metacast Jeff
    Hobbs" → "Jeff Hobbs"), with its span shifted by `offset`.  An owner's "'s" is no part
    of the name ("Kim Stanley Robinson's"), nor is a word of praise ("Prize-winning")."""
    run = re.sub(r"['’]s?$", "", m.group(0))
    first = run.split(None, 1)
    if len(first) == 2 and first[0].lower() in JOB_WORDS and len(first[1].split()) >= 2:
        # "Composer Frederic Rzewski talks about …": the post a sentence opens with
        return _person_at_words(first[1], offset + m.start() + len(run) - len(first[1]),
                                offset + m.end())
    if run.startswith("St. ") or re.search(r"-[a-z]", run.rsplit(None, 1)[-1]) \
            or run.rsplit(None, 1)[-1] in _NO_SURNAMES \
            or parse_organisation(run) is not None \
            or run.rsplit(None, 1)[-1].lower() in JOB_WORDS:
        return None  # (nor "the National Book Critics Circle award", "Pennsylvania State
        # Senator": a post, not a person; nor "St. Louis")
    return _person_at_words(run, offset + m.start(), offset + m.end())


def _person_at_words(run: str, at: int, end: int) -> Reading | None:
    whole = parse_person(run)
    if whole is not None and known_given_name(whole):
        return [whole], (at, end)
    last_two = " ".join(run.split()[-2:])
    for part in (last_two, run):
        person = parse_person(part)
        if person is not None and surely_a_person(person):
            return [person], (end - len(part), end)
    return None


def _listed_titles(text: str, at: int, single: bool, plural: bool = False
                   ) -> list[tuple[int, int]]:
    """The titles of "A, B, and C" from `at` to the sentence's end, while each reads as one;
    the last may run on ("Cosmicomics and the many other novels": "Cosmicomics").  After a
    plural ("the national bestsellers A and B") a lone "A and B" is two titles."""
    end = _sentence_end(text, at)
    out: list[tuple[int, int]] = []
    pos = at
    for m in itertools.chain(_LIST_SPLIT.finditer(text, at, end), (None,)):  # (lazily)
        b = m.start() if m else end
        qualified = _ITEM_QUALIFIER.match(text, pos, b)
        pos = qualified.end() if qualified else pos
        title = _TITLE_RE.match(text[pos:b])
        if title is None or not is_title_like(title.group(0)):
            break
        stop = pos + len(title.group(0))
        out.append((pos, stop))
        if m is None or (text[stop:b].strip(" .") and not _WITH_AFTER.fullmatch(text[stop:b])):
            break
        pos = m.end()
    if out and not re.search(r",[ \t]*and[ \t]", text[at:out[-1][1]]):
        # no comma before the last "and": "Digital Minimalism, Deep Work and So Good …";
        # a lone "A and B" is two titles after a plural ("the national bestsellers …") or
        # when both halves are titles of two words or more ("Pride and Prejudice" is one)
        a, b = out[-1]
        last = text.rfind(" and ", a, b)
        if last > a and text[last + 5:last + 6].isupper() and (
                len(out) >= 2 or plural
                or min(len(text[a:last].split()), len(text[last + 5:b].split())) >= 2):
            subtitle = _SUBTITLE_AFTER.match(text, b)  # "Mao: A Life and Pol Pot: Anatomy …"
            out[-1:] = [(a, last), (last + 5, subtitle.end() if subtitle else b)]
    # (a lone title is one after "including", or when it holds a subtitle: "His other books
    # include Beyond Revenge: The Evolution of the Forgiveness Instinct.")
    lone = text[out[0][0]:out[0][1]] if len(out) == 1 else ""
    return out if len(out) >= 2 or (single and " " in lone) or ": " in lone else []


def _sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END.search(text, at)
    return m.start() if m else len(text)


def _run_start(text: str, end: int) -> int | None:
    """Where the capitalised run that ends at `end` starts, or None when there is none.

    The run stops at a possessive (its owner: "Bill LeFurgy's Into the …"), at any mark
    but a colon, and drops a sentence's first word when that is "In", "With", ….
    """
    i = end
    start = None
    words = 0
    while i > 0 and words < 25:
        head = text[:i].rstrip(" \t")
        cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n")) + 1
        word = head[cut:]
        bare = word[:-1] if word.endswith(":") and i != end else word
        if not bare or _RUN_WORD.fullmatch(bare) is None:
            break
        if bare.endswith(("'s", "’s", "'", "’")):
            break
        words += 1
        i = cut
        if not bare[:1].islower():
            start = cut
    if start is None:
        return None
    before = text[:start].rstrip(" \t")
    first = text[start:].split(None, 1)[0]
    if first in _OPENERS and (not before or before[-1] in ".!?\n"):
        rest = _LINKING_GAP.match(text, start + len(first))
        return rest.end() if rest and rest.end() < end else None
    return start


def _cut_run(text: str, a: int) -> bool:
    """A capitalised run that a linking word before it cut short ("… or the Whale by"), or
    one word after a preposition, a language or a place ("translated into English by")."""
    head = text[:a].rstrip(" \t")
    word = head[max(head.rfind(" "), head.rfind("\t")) + 1:]
    if word in ("the", "a", "an", "or") or re.search(r"\b[A-Z][\w\-]*, and$", head):
        return True  # ("Play, Curiosity, and Cognition by …": the last of a list)
    return word in ("into", "in", "to", "from", "at") and " " not in text[a:].split(" by ", 1)[0]


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _spaces(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip(" \t"))


def _spaces_back(text: str, at: int) -> int:
    return len(text[:at]) - len(text[:at].rstrip(" \t"))


def _shop_mention(content: str, cleaned: Cleaned, a: int, b: int) -> Parsed | None:
    """A title linked to a bookshop, named as a work by the sentence: quoted or in italics,
    after a cue ("her novel [Title](…)") or before "by Author"; the author from "by" or a
    possessive."""
    text = cleaned.text
    here = _HERE_END.search(text, a, b)
    if here is not None:
        b = here.start()  # "[*The Mastermind*, here](amazon…)": the link's words, not the title's
    title = text[a:b].strip()
    if not is_title_like(title) or len(title.split()) > 25 or parse_person(title) is not None:
        return None
    by = _BY_AFTER.match(text, b)
    quoted = text[a - 1:a] in _QUOTED_AROUND and text[b:b + 1] in _QUOTED_AROUND | {"’"}
    # "[*Drop Dead Healthy*](amazon…) tracked his …": set in italics as a title is, too
    styled = any(x <= a and b <= y for x, y in cleaned.emphasis)
    if by is None and not quoted and not styled \
            and _CUE_BEFORE.search(text, max(0, a - 60), a) is None:
        return None
    names: list[Name] | None = None
    who: tuple[int, int] | None = None
    if by is not None:
        names = parse_name_list(by.group("by"))
        who = by.span("by") if names else None
    else:
        owner = _POSSESSIVE_BEFORE.search(text, max(0, a - 120), a)
        if owner is not None:
            people = parse_name_list(owner.group("who"))
            if people and all(surely_a_person(n) for n in people):
                names, who = people, owner.span("who")
    return _mention(content, cleaned, a, b, names, who)


def _line_start_run(text: str, a: int) -> int:
    """Where a title that a list line opens starts: "1. Blood Line by James Rollins: …".

    The cue "Title by Person" needs a lower-case word before the title (a
    sentence's first word is no title), so at the start of a line it matches
    from the second word on ("Line by James Rollins").  When only title words
    stand between the line's start (a list number or bullet) and the match,
    they are the title's beginning.
    """
    if text[a:a + 4] in ("The ", "An ") or text[a:a + 2] == "A ":
        return a  # "Buy The Undercover Economist by …": an article opens the title
    i = a
    start = a
    while True:
        head = text[:i].rstrip(" \t")
        cut = max(head.rfind(" "), head.rfind("\t")) + 1
        word = head[cut:]
        if not word or _RUN_WORD.fullmatch(word) is None:
            break
        i = cut
        if not word[:1].islower():
            start = cut
    return start if start < a and _LIST_LEAD.fullmatch(text[:start]) else a


def _could_mention(text: str) -> bool:
    return _has_cue_word(text) or _SET_APART.search(text) is not None or (
        " on " in text and len(text) <= _TITLE_LINE and _ON_CAPITALS.search(text) is not None)


# (what `_WHO_ON_CAPITALS` needs, looked for in a line as short as an episode's title)
_ON_CAPITALS = re.compile(rf" on {_CAPITALS_WORD}[A-Z]")
_TITLE_LINE = 120


def _has_cue_word(text: str) -> bool:
    return _QUICK_CUE_RE.search(text.lower()) is not None


def _title_span(cleaned: Cleaned, a: int, b: int) -> tuple[int, int]:
    """The title's extent: an italic span it falls in wins, else the capitalised run."""
    for x, y in cleaned.emphasis:
        if x <= a < y and " by " not in cleaned.text[max(a, b):y]:
            # (not a sentence in bold that names the work and its writer: "**The runner-up
            # is MOONRISE by Sarah Crossan.**")
            return x, y
    joined = _JOINED.search(cleaned.text, a, b)
    if joined:
        b = joined.start()  # "Superintelligence and in Toby Ord's The Precipice"
    trailing = _TRAILING.search(cleaned.text, a, b)
    if trailing:
        b = trailing.start()
    last = _LAST_PART.search(cleaned.text, a, b) if ":" in cleaned.text[a:b] else None
    if last is not None and known_person(last.group("part")) \
            and re.match(r"[ \t]+[a-z]", cleaned.text[b:b + 2]):
        b = last.start()
    verb = cleaned.text.find(" is the ", a, b)
    if verb > a and re.match(r"[ \t]+[a-z]", cleaned.text[b:b + 2]):
        b = verb  # "Harlem Shuffle is the October read …": the sentence's verb, not the title's
    return a, b


def _people(m: re.Match[str]) -> tuple[list[Name] | None, tuple[int, int] | None]:
    if "sure" in m.re.groupindex:
        sure = m.group("sure")
        while True:
            names = parse_name_list(sure)
            if names and all(surely_a_person(n) for n in names):
                return names, (m.start("sure"), m.start("sure") + len(sure))
            cut = max(sure.rfind(" and "), sure.rfind(","))
            if cut <= 0:  # "C.S. Lewis and The Golden Compass": the person before "and"
                return None, None
            sure = sure[:cut]
    for group in ("by", "who"):
        if group in m.re.groupindex and m.group(group):
            if group == "who" and _AUTHOR_OF_BEFORE.search(m.string, max(0, m.start(group) - 120),
                                                           m.start(group)):
                return _subject(m.string, m.start(group))  # the run is a title, not a person
            text = m.group(group)
            start = m.start(group)
            verb, _, rest = text.partition(" ")
            if group == "who" and (verb in _IMPERATIVES or (
                    verb.lower() in JOB_WORDS and len(rest.split()) >= 2)) and rest:
                # "Order Chris Stirewalt's", "Composer Frederic Rzewski talks about …"
                text, start = rest, start + len(verb) + 1
            names = parse_name_list(text)
            if names is None and group == "who":
                # "Historian Jane Smith": the name is the last words before the cue
                words = text.split()
                for k in range(max(0, len(words) - 4), len(words) - 1):
                    person = parse_person(" ".join(words[k:]))
                    if person is not None and person.given is not None:
                        return [person], (start + text.index(words[k]), m.end(group))
            if names:
                return names, (start, m.end(group))
    return None, None


# A host's pick named after a label inside the description: "Their recommendation:
# Augustine's Confessions, translated by Henry Chadwick, …", "Our recommendation:
# Athanasius, On the Incarnation, https://…", "Our book recommendation for this episode is
# “…” by Edward G Longacre": the entry runs to a link, an ellipsis or the sentence's end,
# and is read as a list's line is.
_RECOMMENDATION = re.compile(
    r"\b(?:[Oo]ur|[Tt]heir|[Mm]y|[Hh]is|[Hh]er|[Tt]he[ \t]+host['’]?s['’]?)[ \t]+(?:book[ \t]+)?"
    r"recommendations?(?::|(?:[ \t]+for[ \t]+(?:this|the|today['’]s)[ \t]+(?:episode|week|show))?"
    r"[ \t]+(?:is|was))[ \t]+(?P<entry>[^\n]+?)[ \t,]*"
    r"(?=https?://|\.\.\.|…|[.!?](?:[ \t]+[A-Z]|[ \t]*$)|$)")


def _recommended(content: str, cleaned: Cleaned, m: re.Match[str]) -> Parsed | None:
    """The entry after a recommendation's label, when it reads as a work with its maker."""
    a = m.start("entry")
    parsed = parse_citation(m["entry"])
    record = parsed.record
    if not (parsed.is_citation and record.full_title and (record.author or record.editor)):
        return None
    spans = [Span(sp.field, *cleaned.span(a + sp.start, a + sp.end)) for sp in parsed.spans]
    return Parsed(content, record, INLINE_CONFIDENCE, spans, True, None, method="inline")


def find_named_again(content: str, works: list[Record]) -> list[Parsed]:
    """Works already named (an episode's title read as "Zachary Mason: Void Star"), named
    again in `content`: "Zachary Mason insists that Void Star is not cyber-punk."  The
    title is found as written, as whole words; its authors come along only when the
    content names them too."""
    cleaned = clean(content)
    text = cleaned.text
    found: list[Parsed] = []
    for work in works:
        title = work.title or ""
        at = whole_words_at(text, title)
        if len(title) < NAMED_AGAIN_CHARS or at < 0:
            continue
        where = [(n, whole_words_at(text, n.family)) for n in work.author if n.family]
        named = [n for n, found_at in where if found_at >= 0]
        first = next(((found_at, found_at + len(n.family or "")) for n, found_at in where
                      if found_at >= 0), None)
        mention = _mention(content, cleaned, at, at + len(title), named or None, first)
        if mention is not None:
            found.append(mention)
    return found


# The fewest characters a title must have to be found again by its words (also in an
# episode's notes, by `judge` and `guests`).
NAMED_AGAIN_CHARS = 4
# An episode's number before its title: "S8E11 Podcast:", "Episode 12 -", "#317", "42.",
# "TLP238:"
_EPISODE_LABEL = re.compile(
    r"(?:S\d{1,2}[ \t]?E\d{1,3}|(?:Episode|Ep\.?)[ \t]*\d{1,4}|#\d{1,4}|\d{1,4}\."
    r"|[A-Z]{2,5}\d{1,4}(?=:))"  # ("TLP238: The Ministry of Common Sense")
    r"(?:[ \t]+Podcast)?[ \t]*[:\-–—|]?[ \t]+(?=[A-Z0-9“\"])")
_LABELLED_TITLE_CHARS = 8


def episode_label_end(content: str) -> int:
    """Where an episode's title starts after its number ("Episode 144: …"), or 0."""
    label = _EPISODE_LABEL.match(content)
    return label.end() if label else 0


# An episode titled by its subject and its guest, after the show's numbering: "Episode 34 –
# Paleofantasy with Marlene Zuk", "Cannibalism: A Perfectly Natural History, With Bill
# Schutt" (not "An Interview with Julia Whelan", whose subject is no work).
_WITH_GUEST = re.compile(
    r"(?:(?:Episode|Ep\.?|EP|#)?[ \t]*\d+[a-z]?[ \t]*[–—:.|-][ \t]*|[A-Z]{2,5}\d+:[ \t]*)?"
    r"(?P<work>[A-Z0-9“\"].*?),?[ \t]+[Ww]ith[ \t]+(?P<who>[A-Z][^,;:()]+?)[ \t]*")
# The episode's part after its subject: "…, Part 1", "(Part II)", "pt II".
_PART_AFTER = re.compile(r",?[ \t]*\(?(?:Part|Pt\.?|pt\.?)[ \t]+(?:[IVX]+|\d+)\)?$")
# Notes that speak of a guest's own book: "her book Paleofantasy", "has published a new
# book", "you should really read his book!".
_OWN_BOOK = re.compile(r"\b(?:her|his|their|new|latest|debut)[ \t]+(?:\w+[ \t]+)?book\b")
_OWN_BOOK_REACH = 80  # characters from "his book!" to the work's title
_NOT_A_SUBJECT = frozenset({"an interview", "a conversation", "a chat", "a talk", "q&a"})


def find_labelled_title(content: str, notes_of: Callable[[], str]) -> list[Parsed]:
    """The work an episode titled by the work's title alone, after its number or not, is
    about ("S8E11 Podcast: Woodrow Wilson: The Light Withdrawn", "Bulworth"), when the notes
    name that title, whole, as a work ("… about his new book, Woodrow Wilson: The Light
    Withdrawn, …", "the 1998 film Bulworth")."""
    start = episode_label_end(content)
    cleaned = clean(content)
    start = max(0, start - cleaned.shift)  # (the cleaning may have taken "42." for a list's)
    work = cleaned.text[start:].strip()
    if len(work) < _LABELLED_TITLE_CHARS or not is_title_like(work) or _NUMBERED.match(work):
        return []  # (nor a number alone: "Episode 12")
    notes = notes_of()
    if work not in notes or not any(m.record.full_title == work for m in _mentions_once(notes)):
        # (the notes read for works only when they hold the title at all: a feed's every
        # item asks)
        return []
    a = cleaned.text.index(work, start)
    mention = _mention(content, cleaned, a, a + len(work), None, None)
    return [] if mention is None else [mention]


def find_titled_with_guest(content: str, notes_of: Callable[[], str]) -> list[Parsed]:
    """The work an episode titled "Subject with Guest" is about, when its notes name that
    subject again as written; the guest is its author when the notes name the work just
    after speaking of the guest's own book and give it no other maker ("The Rachel
    Incident with Dolly Alderton" over notes on "The Rachel Incident by Caroline
    O'Donoghue")."""
    if " with " not in content and " With " not in content:
        return []
    cleaned = clean(content)
    text = cleaned.text
    m = _WITH_GUEST.fullmatch(text)
    if m is None:
        return []
    who = parse_person(m["who"])
    if who is None or not who.family or not surely_a_person(who):
        return []
    work = _PART_AFTER.sub("", m["work"]).strip(" \"“”")
    a = text.find(work, m.start("work"))
    if len(work) < NAMED_AGAIN_CHARS or work.lower() in _NOT_A_SUBJECT \
            or known_given_name(parse_person(work) or Name()):
        return []
    # named whole, not as the start of a longer name ("Street Fight Radio", the show), nor
    # in the notes' copy of the title ("Katie Lefkowitz on Reinventing Candy and Culture")
    notes = notes_of()  # (the notes are made plain text only now)
    restated = f"{who.family} on "
    named = [at.start() for at in re.finditer(rf"(?<![\w’']){re.escape(work)}(?!\w| [A-Z])",
                                              notes)
             if not notes.endswith(restated, 0, at.start())]
    if not named:
        return []
    own = any(notes.find(work, said.end(), said.end() + _OWN_BOOK_REACH) >= 0
              for said in _OWN_BOOK.finditer(notes)) \
        and not notes.startswith(" by ", named[0] + len(work))
    names = [who] if own else None
    mention = _mention(content, cleaned, a, a + len(work), names,
                       m.span("who") if names else None)
    return [] if mention is None else [mention]


def whole_words_at(text: str, words: str) -> int:
    """Where `words` stand in `text` as whole words (a possessive's "’s" may follow), or -1."""
    m = re.search(rf"(?<![\w’']){re.escape(words)}(?!\w)", text) if words else None
    return m.start() if m else -1


def _mention(content: str, cleaned: Cleaned, a: int, b: int, names: list[Name] | None,
             who: tuple[int, int] | None, role: str = "author") -> Parsed | None:
    a = after_glued_copy(cleaned.text, a, b)  # "The Silent CornerThe Silent Corner: …"
    prize = _PRIZE_FOR.match(cleaned.text, a, b)
    if prize is not None:
        if cleaned.text[prize.end():b].strip(" ,;:.").lower() in GENRES:
            return None  # "the Pulitzer Prize for Fiction"
        a = prize.end()
    year_in = _IN_YEAR.search(cleaned.text, a, b)
    if year_in is not None and (":" in cleaned.text[a:b] or int(year_in.group("y")) < 1800):
        year_in = None  # a subtitle's time: "The Year of Lear: Shakespeare in 1606"
    b = year_in.start() if year_in is not None else b
    title = cleaned.text[a:b].strip(" ,;:.\"'“”‘’")
    if not title or title.lower().replace("’", "'") in _NO_TITLES or len(title.split()) > 25 \
            or _DECADE.match(title) or (not names and is_post_title(title)) \
            or _NO_TITLE_SHAPE.fullmatch(title):
        return None  # "Set against the unrest of 1980s Nigeria, the novel …": a time
    dash = _DASH_SUBTITLE_END.search(title)
    if dash is not None and title[dash.start():].lstrip(" -–").split()[0] in GIVEN_NAMES:
        b = cleaned.text.index(title, a, b) + dash.start()  # "Dune - Frank Herbert": a name
        title = title[:dash.start()]
    elif dash is not None:  # the subtitle a dash set off is written as catalogues write it
        title = f"{title[:dash.start()]}: {title[dash.start():].lstrip(' -–')}"
    record = Record(type="motion_picture" if role == "director" else "book")
    record.set_full_title(" ".join(title.split()))  # "Calling All Minds:  How to Think …"
    spans = [Span("title", *cleaned.span(a, b))]
    if names:
        record.set(role, names)
        if who is not None:
            spans.append(Span(role, *cleaned.span(*who)))
    dated = _YEAR_AFTER.match(cleaned.text, b)  # "The Road to Serfdom (1944)"
    if dated is None and who is not None and _BY_GAP.fullmatch(cleaned.text, b, who[0]):
        dated = _YEAR_AFTER.match(cleaned.text, who[1])  # "Kin by Name (Archipelago, 2021)"
    if dated is None and a and cleaned.text[a - 1] in " “\"‘«":
        dated = _YEAR_OF_BEFORE.search(cleaned.text, max(0, a - 40), a) \
            or _YEAR_OF_OWNER.search(cleaned.text, max(0, a - 60), a)
    if dated is None and year_in is not None and names is None:
        dated = year_in
    if dated:
        y = "own" if dated.groupdict().get("own") else "y"
        record.issued = Date.from_year(int(dated.group(y)))
        spans.append(Span("issued", *cleaned.span(dated.start(y), dated.end(y))))
        if dated.group("imprint") and is_imprint(dated.group("imprint")):
            _imprint(cleaned, record, spans, dated.start("imprint"), dated.end("imprint"))
    published = _PUBLISHED_BY.match(cleaned.text, b) if not record.publisher else None
    pub = published["pub"] if published is not None else ""
    if pub.endswith(".") and not _ABBREVIATED_END.search(pub):
        pub = pub[:-1]  # the sentence's full stop
    if published is not None and (is_publisher(pub) or is_publisher(pub.replace(" and ", " & "))):
        # "Desi Arnaz: The Man Who Invented Television, published by Simon and Schuster in
        # June 2025, is …", "Mark Twain, published in May 2025 by Penguin Press, is …"
        record.set("publisher", " ".join(pub.split()))
        at = published.start("pub")
        spans.append(Span("publisher", *cleaned.span(at, at + len(pub))))
        year = next((g for g in ("y1", "y2") if published[g]), None)
        if year is not None and record.issued is None:
            record.issued = Date.from_year(int(published[year]))
            spans.append(Span("issued", *cleaned.span(*published.span(year))))
    _shop_link(content, cleaned, record, spans, a, b)
    return Parsed(content, record, INLINE_CONFIDENCE, spans, True, None, method="inline")


# Who published a title and when, in the clause after it.
_PUB_DATE = r"(?:[A-Z][a-z]+[ \t]+)?(?:\d{1,2},?[ \t]+)?"
_ABBREVIATED_END = re.compile(r"\b(?:Inc|Co|Ltd|Corp|Bros|[A-Z])\.$")
_PUBLISHED_BY = re.compile(
    rf",?[ \t]+(?:(?:was|is)[ \t]+)?(?:first[ \t]+)?published[ \t]+"
    rf"(?:in[ \t]+{_PUB_DATE}(?P<y1>(?:1[5-9]|20)\d\d)[ \t]+)?by[ \t]+"
    rf"(?P<pub>[A-Z][\w.&'’\-]*(?:[ \t]+(?:&|and|of|[A-Z][\w.&'’\-]*)){{0,5}}?)"
    rf"(?:[ \t]+(?:in|on)[ \t]+{_PUB_DATE}(?P<y2>(?:1[5-9]|20)\d\d))?(?=[ \t]*[,.;)]|[ \t]*$)")
# A shop's or catalogue's address right after a title in prose: "The Annotated Alice
# <http://isbn.nu/0393048470>", "… The Wager: https://www.amazon.com/dp/…".
_URL_AFTER = re.compile(r"[ \t]*(?::[ \t]*|\(|<)?(?P<url>https?://[^\s<>()\"]+)")


def _shop_link(content: str, cleaned: Cleaned, record: Record, spans: list[Span], a: int,
               b: int) -> None:
    """The link a mention's title is the text of, or the address right after it, when it
    leads to a shop's or a catalogue's page: the record's URL, whose ISBN the enrichment
    may ask for (a link to an interview or a review is no part of the work)."""
    title = cleaned.text[a:b].strip(" ,;:.\"'“”‘’")
    url = next((link for la, lb, link in cleaned.links
                if cleaned.text[la:lb].strip(" ,;:.\"'“”‘’*_") == title and la <= b and a <= lb),
               None)
    at = content.find(url) if url is not None else -1
    if url is None and "://" in cleaned.text[b:b + 12]:
        after = _URL_AFTER.match(cleaned.text, b)
        if after is not None:
            url = after["url"].rstrip(".,;:")
            at = cleaned.span(after.start("url"), after.end("url"))[0]
    if url is None or not (SHOP_LINK_RE.search(url) or isbn_in_link(url)):
        return
    record.url = url
    if at >= 0:
        spans.append(Span("URL", at, at + len(url)))


def _imprint(cleaned: Cleaned, record: Record, spans: list[Span], a: int, b: int) -> None:
    """"(Cornell University Press, 2025)", "(London: Verso, 2017)", "(Oxford, 1987)": the
    imprint read as the line readers read it (`segments.read_imprint`)."""
    draft = Draft(cleaned.text)
    read_imprint(draft, a, b)
    for field, attr in (("publisher", "publisher"), ("publisher-place", "publisher_place")):
        if field in draft.values:
            value, start, end = draft.values[field]
            setattr(record, attr, value)
            spans.append(Span(field, *cleaned.span(start, end)))
