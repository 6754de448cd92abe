"""Citations as people write them in show notes and reading lists.

"Isaac Deutscher, The Prophet Armed (1954)" · "Darkness at Noon by Arthur
Koestler" · "Victor Serge – Memoirs of a Revolutionary" · "Carr, E.H., The
Russian Revolution" · "Stefan Zweig: The World of Yesterday" · "Sheila
Fitzpatrick's The Russian Revolution".  What trails the title is read first
(clauses.py); the forms below then split the rest into authors and title, the
most telling form first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model import Name
from .clauses import apply_role_mark, merge_coauthors, read_tail
from .draft import Draft, trim
from .lexicon import (
    ANONYMOUS,
    BIO_WORDS,
    EVERYDAY_SURNAMES,
    FAMILY_NAME_AUTHORS,
    GIVEN_NAMES,
    HONORIFICS,
    MONONYMS,
    NAME_SUFFIXES,
    PLATFORMS,
    PUBLISHER_ENDINGS,
    PUBLISHERS,
    SHOPS,
)
from .names import (
    is_mononym,
    known_given_name,
    leading_people,
    parse_inverted_list,
    parse_inverted_person,
    parse_name_list,
    parse_person,
    people_list,
    plausible_surname,
    role_marked_people,
    surely_a_person,
    surname_core,
    surname_et_al,
    surname_list,
    surnames_alone,
)
from .order import COMMON_WORD, everyday_word, frequencies, second_is_the_name
from .quoted import quoted_form
from .rejection import TYPE_LABELS
from .segments import (
    is_imprint,
    is_place,
    is_publisher,
    read_date,
    read_imprint,
    refused_publisher,
)
from .titles import is_post_title, is_title_like, opens_title

_EPISODE_TITLE_RE = re.compile(
    r"(?:(?P<prog>[^,:–—]{2,60}?),?\s+)?(?:episode|ep\.?)\s*(?P<n>\d[\d.]*)\s*[:–—-]\s*"
    r"(?P<title>\S)",
    re.IGNORECASE,
)
_INVERTED_HEAD_RE = re.compile(
    r"(?P<family>(?:(?i:de|van|von|der|da|di|du|le|la)\s)*[A-ZÀ-ÞĀ-Ž][^\W\d_]*"
    r"(?:[-'’][^\W\d_]+)?)"
    r",\s+(?P<given>(?:[A-ZÀ-Þ]\.\s?-?){1,3}"
    r"|[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:\s(?:[A-Z]\.|[A-ZÀ-Þ][^\W\d_]+))?)"
    # "Davies, W. and Fouracre, P. (eds)", "Hobsbawm, Eric and Terence Ranger (eds)"
    r"(?P<more>,?\s+(?:and|&)\s+[A-ZÀ-Þ][^,()\[\]:;]{1,40}?(?:,\s+(?:[A-ZÀ-Þ]\.\s?-?){1,3})?)?"
    r"(?P<role>\s*\((?i:eds?\.?|editors?)\)|,\s*(?i:eds?\.)(?=,))?"
    # after "(ed.)" the title may follow at once: "McKitterick, R. (ed.) *Carolingian Culture*"
    r"(?:(?<=\))\s+|\s*(?:,|\s[–—-]|:)\s+)(?P<title>\S.*)"
)
_POSSESSIVE_RE = re.compile(r"(?P<who>[A-ZÀ-Þ][^'’,:]{1,60}?)['’]s\s+(?P<title>[A-Z0-9\"“‘].*)")
_POSSESSIVE_KIND_RE = re.compile(
    r"(?P<who>[A-ZÀ-Þ][^'’,:]{1,60}?)['’]s\s+(?:(?:new|latest|debut|first|last)\s+)?"
    r"(?P<kind>book|novel|memoir|biography|essay|documentary|film|movie|talk|lecture|keynote|"
    r"paper|article|blog post|post),?\s+"
    r"(?P<title>[A-Z0-9\"“‘].*)")
# What a work named by its kind is, where the kind is not a book's ("Richard Feldman's talk
# [Scaling Elm Apps](…)"): the shared type labels, and the kinds only this form reads.
_KIND_TYPES = {kind: TYPE_LABELS[kind] for kind in ("documentary", "film", "movie", "paper",
                                                    "article")} | {
    "talk": "speech", "lecture": "speech", "keynote": "speech", "blog post": "post-weblog",
    "post": "post-weblog"}
_COMMA_RE = re.compile(",")
# A courtesy title and one name, as a title's character is called ("Mr. Penumbra’s …").
_STYLED_ONE_NAME_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mister)\.?[ \t]+[A-Z][\w\-]+")
_NOT_IN_NAMES = frozenset(':"“”[]')
# " by ", ",by Laurel …" (the space lost); the space before "by" is not taken, so "Metaphors
# We Live By by George Lakoff" holds two, the second the author's
_BY_RE = re.compile(r"b(?<=[\s,]b)y\s+", re.IGNORECASE)
# Before "by", a credit rather than a title: "hosted by", "produced by", "read by".
_CREDIT_VERBS = frozenset({
    "hosted", "produced", "presented", "written", "co-written", "narrated", "read", "edited",
    "mixed", "mastered", "recorded", "composed", "performed", "designed", "illustrated",
    "engineered", "researched", "transcribed", "sponsored", "supported", "powered",
    "published", "distributed", "released", "printed",
    # a list's chooser: "The Best Literary Thrillers, recommended by Chris Power"
    "recommended", "suggested", "chosen", "selected", "picked", "curated", "reviewed",
    "interviewed",
    # a club's meeting: "A Man Called Ove (Fredrik Backman), discussion led by Marie"
    "led", "moderated", "facilitated",
})
# A credited thing that opens its clause: "… favourites. Photo by Brandon Echter", "Cover
# art by …" (but "From a Yellow Photograph by Gary Banker" is a title).
_CREDIT_NOUNS_RE = re.compile(
    r"(?:^|[.!?:;|(–—]\s*)(?:\w+\s+)?(?:photos?|photograph|photography|images?|illustrations?|"
    r"art|artwork|music|logo|animation|editing)\s*$", re.IGNORECASE)
_GAP_RE = re.compile(r"\s{2,}")  # a table's columns run together: "Sarah Foot  Athelstan"
_FIELD_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
# "\s+", opening with one space: a search skips to spaces; "——" is the dash Chinese sets
_DASH_RE = re.compile(r"\s\s*(?:——|[–—-])\s+")
_SEMICOLON_RE = re.compile(r"\s*;\s+")
_SLASH_RE = re.compile(r"\s+/\s+(?:by\s+)?", re.IGNORECASE)
# Who is reading what, before "Title by Author": "This week, Annie is reading ".
_READING_LEAD_RE = re.compile(
    r"[^.:;\"“]{0,40}?\b(?:is|are|am|was|were|I'm|I’m|we're|we’re)\s+(?:now\s+)?"
    r"(?:reading|re-?reading|listening to)\s+(?=[A-Z0-9\"“‘*_\[])")
# Who picked the book, before it: "Lisa, first editions manager – Waiting for Eden by …",
# a bookshop's staff picks (a name, then a role that ends in a lower-case word), or a
# library's: "Nancy (Youth Services) recommends: Miss Benson’s Beetle by …".
_PICKER_LEAD_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s+[^–—,:;]{0,40}?\b[a-z]+\s+[–—-]"
    r"|(?:\s+\([^()]{1,40}\))?\s+(?:recommends|suggests|picks|chose|chooses)\s*:?)"
    r"\s+(?=[A-Z0-9\"“‘*_\[])")
_COLON_RE = re.compile(r":\s+")
# A biography's subtitle: the name before the colon is its subject ("Benjamin Franklin: An
# American Life", "Lenin: A Biography"; but "Robert Musil: The Man Without Qualities").
_LIFE_RE = re.compile(r"(?:An? (?:[A-Z][a-z]+ )?(?:Life|Biography)|(?:His|Her|A) Life and Times)\b")
_SENTENCE_STOP_RE = re.compile(r"(?<=[^\s.]{2})\.(?=\s|$)")
# How a title addresses someone: no author is named so ("Goodbye, Mr. Chips").
_ADDRESSES = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mister", "Sir"})
# An edition closing the line after a title in italics: "*Title*. 2nd ed".
_EDITION_TAIL_RE = re.compile(r"\.\s+(?P<ed>\d{1,2}(?:st|nd|rd|th)\s+(?:ed|edn|edition))\.?")
# One capitalised surname and its full stop: "Oxtoby.", "Mac Lane." (not an initial "J.").
_SURNAME_SENTENCE_RE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+)?\.")
_BARE_YEAR_AFTER_RE = re.compile(r"\s+(?P<y>(?:1[5-9]|20)\d\d)\s*$")
# "Silent Spring (1962) – …", "Pride and Prejudice [1813] - …"
_YEAR_BEFORE_DASH_RE = re.compile(r"\s*[(\[](?P<y>(?:1[5-9]|20)\d\d)[)\]]\s*$")
# Words that open a subtitle ("Sapiens: A Brief History…", "Dune: Part Two"), not a title.
_SUBTITLE_OPENERS = frozenset({
    "A", "An", "How", "Why", "What", "When", "Where", "Who", "Part", "Volume", "Vol.", "Book",
    "Chapter", "Episode", "Season", "Or", "Being", "Notes", "Essays", "Stories", "Lessons",
    "Reflections", "Letters", "Tales", "Poems", "Selected", "Collected", "Inside", "Beyond",
})
# Zipf frequencies: a first word this common is no given name ("Dead", "Long"); a last
# word this rare is a surname rather than a title word ("Spiegelman").
_NAME_WORD_CEILING = 4.5
_RARE_WORD = 3.0
_CALENDAR_WORDS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
})
# "Markus, Arjen (2012). Title": a given name after the comma, then the date.
_GIVEN_THEN_DATE_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*\(\d{4}")
_MARKED_HEAD_RE = re.compile(
    r"(?P<who>[^()\[\]:;\"“”*_]{2,120}?)\s*(?:\((?i:eds?\.?|editors?)\)|,\s*(?i:eds?\.|editors?))"
    r"(?:\s*[,:.]\s+|\s+[–—-]\s+|\s+)(?P<title>\S.*)")
_ROLE_FIRST_RE = re.compile(
    r"(?P<role>edited|translated)\s+by\s+(?P<who>[^,:()]{3,60}?)\s*[,:]\s+(?P<title>\S)",
    re.IGNORECASE)
_EDITORS_FIRST_RE = re.compile(r",\s*eds?\.,\s", re.IGNORECASE)
_EDITOR_MARK_RE = re.compile(r"\s*(?:\((?:eds?\.?|editors?)\)|,\s*eds?\.)\s*$", re.IGNORECASE)


def parse_casual(draft: Draft, start: int, core_end: int) -> bool:
    """Split the core [start, core_end) into authors and title; False if no form fits.

    The core is what `read_core` left once the trailing parts were read.  A form
    is tried only when the line holds the mark it needs (a comma, " by ", a
    quote…): one substring test instead of a failed regex and name checks.
    """
    lowered = draft.s[start:core_end].lower()
    for form, marks in _FORMS:
        if (marks in lowered if isinstance(marks, str) else marks.search(lowered)) \
                and form(draft, start, core_end):
            merge_coauthors(draft)
            apply_role_mark(draft)
            _drop_anonymous(draft)
            return True
    return False


def _drop_anonymous(draft: Draft) -> None:
    """"Anon., *Beowulf*, ed. Klaeber": no author is named (as "Beowulf by Anonymous", or
    "Various Authors: 36 Books that Changed the World")."""
    authors = draft.names.get("author")
    if authors and all(n.family in ANONYMOUS or n.literal in ANONYMOUS
                       or "Various" in (n.given, n.family) for n in authors):
        del draft.names["author"]
        draft.name_spans = [sp for sp in draft.name_spans if sp.field != "author"]


def parse_title_only(draft: Draft, start: int, core_end: int) -> bool:
    """A title alone, backed by a date, a director or a translator: "Chernobyl (HBO, 2019)",
    "Gilgamesh - (translated by Stephen Mitchell)", or by a publisher the lexicon knows, in
    brackets after it: "Old Man’s War (Macmillan)"."""
    if draft.date is None and draft.paren_person is None and not (
        "director" in draft.names or "translator" in draft.names or "editor" in draft.names
        or "author" in draft.names  # "The Snowy Day, written and illustrated by …"
    ) and not _published_by_known(draft, core_end):
        return False
    merge_coauthors(draft)
    a, b = trim(draft.s, start, core_end)
    # a town and a year make a title in sentence case or another language a book's:
    # "Historia ecclesiastica gentis Anglorum, Oxford, 1969"
    imprinted = draft.date is not None and "publisher-place" in draft.values
    # a reader's score after the title and its year in brackets makes a log's entry, in
    # whatever case the log writes it: "the autopsy of jane doe (2016): 7.9/10"
    scored = draft.scored and draft.date_span is not None \
        and not draft.s[b:draft.date_span[0]].strip(" (")
    if "(" in draft.s[a:b] or not (is_title_like(draft.s[a:b]) or imprinted or scored
                                   or _cited_by_surname(draft, a, b) or (
            (a, b) in draft.emphasis and len(draft.s[a:b].split()) > 1)):
        return False  # (a title set apart may be in sentence case: "**Toy models of
        # superposition** (Nelson Elhage et al)", "[Signs of introspection in …](…) (2025)")
    if not draft.names and is_post_title(draft.s[a:b]):
        return False  # "Micro Reviews 15 and 16 (2025)": a blog post's own title
    if not draft.names and (_publisher_named(draft.s[a:b])
                            or _PROCEEDINGS_RE.match(draft.s, a, b) is not None):
        return False  # "Houghton Mifflin , 1983", "Proceedings of the 2000 International
        # Computer Music Conference. 2000.": the imprint or the venue line of an entry
        # set over several lines, not a work
    if draft.type == "broadcast":
        colon = _COLON_RE.search(draft.s, a, b)
        if colon and "container-title" not in draft.values:
            draft.put("container-title", a, colon.start())  # "In Our Time: Title"
            a = colon.end()
    draft.form = "title"
    return draft.put("title", a, b)


_CITED_TITLE_WORDS = 16  # a paper's title, not a sentence that cites one
_PROCEEDINGS_RE = re.compile(r"(?:the\s+)?proceedings\s+of\b", re.IGNORECASE)
_IMPRINT_ENDINGS = PUBLISHER_ENDINGS | {"publications"}  # a line alone: "… Publications"


def _publisher_named(text: str) -> bool:
    """A publisher the lexicon knows, or a name that ends as a publisher's does ("The
    Scarecrow Press"); not any phrase holding a publisher's word ("The House That Jack
    Built")."""
    words = text.strip(" ,.").lower().split()
    return bool(words) and (" ".join(words) in PUBLISHERS or words[-1] in _IMPRINT_ENDINGS)


def _cited_by_surname(draft: Draft, a: int, b: int) -> bool:
    """"Deep learning and the renormalization group (Beny 2013)": surnames and a year in
    brackets just after it make a title in sentence case a paper's, as reading groups
    list them; a sentence citing its source ends on a stop or runs on."""
    if draft.paren_person is None or draft.date is None \
            or any(name.given for name in draft.paren_person[0]):
        return False
    title = draft.s[a:b]
    return draft.s[b:draft.paren_person[1]].strip() == "(" and title[:1].isupper() \
        and len(title.split()) <= _CITED_TITLE_WORDS and ". " not in title


def _published_by_known(draft: Draft, core_end: int) -> bool:
    """A publisher in brackets at the line's end that the lexicon knows by name."""
    publisher = draft.values.get("publisher")
    return publisher is not None and publisher[1] >= core_end \
        and draft.s[publisher[1] - 1:publisher[1]] == "(" and known_publisher(draft)


def known_publisher(draft: Draft) -> bool:
    """The reading's publisher is one the lexicon knows by name."""
    publisher = draft.values.get("publisher")
    return publisher is not None and publisher[0].lower().strip(" .") in PUBLISHERS


def _episode_form(draft: Draft, start: int, end: int) -> bool:
    """"The Rest Is History, Ep. 301 – Trotsky's Murder" / "Episode 212: Stalin's Rise"."""
    m = _EPISODE_TITLE_RE.match(draft.s, start, end)
    if m is None or not (m.group("prog") or draft.date):
        return False  # "Episode 5: Title" alone is a heading
    if m.group("prog"):
        draft.put("container-title", m.start("prog"), m.end("prog"))
    draft.put("number", m.start("n"), m.end("n"))
    draft.type = "broadcast"
    draft.form = "episode"
    return draft.put("title", m.start("title"), end)


# The kind of work between a title and its "by": "[The Art of Monitoring](…) - Book by James
# Turnbull", "The Outsider, a novel by …" (a subtitle as covers print it is kept: "Wolf Hall:
# A Novel", "Love, Actually – A Novel").
_KIND_BEFORE_BY_RE = re.compile(
    r"[ \t]*(?:[-–—][ \t]*(?:an?[ \t]+)?|,[ \t]*(?:(?:[Aa]n?|[Tt]he)[ \t]+)?)(?:[Nn]ew[ \t]+)?"
    r"(?i:book|novel|novella|memoir|paper|essay|article|post|blog[ \t]+post|talk|video|poem|play"
    r"|film|short[ \t]+story)[ \t]*$")


def _by_form(draft: Draft, start: int, end: int) -> bool:
    """"Darkness at Noon by Arthur Koestler": the last " by " followed by names."""
    s = draft.s
    for m in reversed(list(_BY_RE.finditer(s, start, end))):
        if m.start() <= start:
            break
        before = s[start:m.start()].rsplit(None, 1)[-1].lower()
        if before in _CREDIT_VERBS or _CREDIT_NOUNS_RE.search(s, start, m.start()):
            continue  # "The Seen and the Unseen - hosted by Amit Varma": a credit
        if any(x < m.start() and m.end() < y and trim(s, y, end)[0] < end
               for x, y in draft.emphasis):
            # "[Test-Driven Development by Example](…). Kent Beck": the "by" of a marked
            # title that more follows (not of a link that is the whole entry)
            continue
        if [w.lower() for w in s[m.end():end].split(None, 1)[:1]] == [before] and not (
                (who := parse_person(s[m.end():end].strip())) and who.given and who.family
                and surely_a_person(who)):
            continue  # "side by side", "step by step": an idiom, not an author (but "I Am
            # Malala by Malala Yousafzai" names her)
        if _EDITORS_FIRST_RE.search(s, start, m.start()):
            break  # "Raymond Grew and …, eds., Society and History: Essays by …": a title's "by"
        if _role_marked_after_by(draft, m.end(), end):
            draft.form = "by"
            return draft.put("title", start, m.start())
        # "*Poppy* by Avi", "*The World of Peter Rabbit (Books 1-23)* by …": the
        # italics bound the title, so one word after "by" can only be the author
        anonymous = s[m.end():end].strip() in ANONYMOUS  # "Beowulf by Anonymous": no author
        italics = trim(s, start, m.start()) in draft.emphasis
        names = None if anonymous else (parse_name_list(s[m.end():end], allow_mononym=True)
                                        or _inverted_after_by(s[m.end():end]))
        common_surname = False
        if names and not italics and len(names) == 1 and names[0].given is None and (
            names[0].family is None or everyday_word(names[0].family)
        ):
            # "Pet Sematary by King (2005)": a common surname after a title of two words or
            # more, with a date; "Stand by Me", "Murder by Numbers" stay titles
            common_surname = names[0].family in EVERYDAY_SURNAMES and draft.date is not None \
                and len(s[start:m.start()].split()) >= 2
            if not common_surname:
                names = None  # "Stand by Me": an everyday word, not a surname
        if anonymous or names:
            if names:
                draft.put_names("author", names, m.end(), end)
            lead = _READING_LEAD_RE.match(s, start, m.start()) or _PICKER_LEAD_RE.match(
                s, start, m.start())
            if lead:
                start = lead.end()  # "This week, Annie is reading Three Days in June by …"
            elif (caps := _capitals_before(s, start, m.start())) is not None:
                start = caps  # "The runner-up is MOONRISE by Sarah Crossan"
            draft.form = "by"
            draft.weak = draft.weak or common_surname
            kind = _KIND_BEFORE_BY_RE.search(s, start, m.start())
            title_end = kind.start() if kind and kind.start() > start else m.start()
            return draft.put("title", start, title_end if italics
                             else read_tail(draft, start, title_end))
    return False


# A title in capitals closing the words before "by", as some writers set titles in prose.
_CAPITALS_BEFORE_RE = re.compile(
    r"(?<![\w'’])[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z0-9][A-Z0-9'’,:-]*)*[ \t]*$")
# Words that would make the run before them part of a longer title ("… and the HBP").
_TITLE_JOINERS = frozenset({"the", "a", "an", "and", "of", "&", "in", "on", "to", "for"})


def _capitals_before(s: str, start: int, end: int) -> int | None:
    """Where a title in capitals starts when mixed-case words lead up to it: "Completing
    the podium, OUR ENDLESS NUMBERED DAYS" (not an initialism: "… and the HBP")."""
    caps = _CAPITALS_BEFORE_RE.search(s, start, end)
    if caps is None or caps.start() <= start or not any(
            ch.islower() for ch in s[start:caps.start()]):
        return None
    words = caps.group().split()
    lead = s[start:caps.start()].split()
    if (len(words) == 1 and len(words[0]) < 5) or (lead and lead[-1].lower() in _TITLE_JOINERS):
        return None
    return caps.start()


def _inverted_after_by(text: str) -> list[Name] | None:
    """"by Ferris, Joshua", "by Thompson, Jerry L.", "by Sanderson, Brandon": one person,
    surname first, as reading logs exported from a catalogue write the author; the name must
    be surely a person's (no everyday word in it), or hold an initial."""
    family, comma, given = text.partition(",")
    # "by Brealey, Myers, Allen": writers by their surnames, as a table of textbooks gives
    # them (a surname and its given name have one comma between them, not two)
    surnames = surname_list(text.strip().rstrip(".")) if "," in given else None
    if surnames is not None and len(surnames) >= 3:
        return surnames
    name = parse_inverted_person(family, given) if comma else None
    if name is None or not name.family or (everyday_word(name.family)
                                           and name.family not in EVERYDAY_SURNAMES):
        return None  # "Stand by Me, Ben"
    tokens = (name.given or "").split()
    if not (known_given_name(name) or surely_a_person(name) or any(
            len(t.rstrip(".")) == 1 and t not in ("A", "I") for t in tokens[1:])):
        return None  # "Murder by Numbers, A Novel"
    if len(tokens[-1]) == 1:
        name.given = f"{name.given}."  # the line's end took the initial's full stop
    return [name]


def _role_marked_after_by(draft: Draft, start: int, end: int) -> bool:
    """"… by Cixin Liu (Author), Ken Liu (Translator)", "… by Chen Qiufan, Ken Liu
    (Translator)": contributors each with a role in brackets, as shops and Goodreads list
    them (the last bracket was read with the tail)."""
    s = draft.s
    mark = draft.role_mark
    last = mark[0] if mark is not None and mark[1] == trim(s, start, end)[1] else ()
    if not last and "(" not in s[start:end]:
        return False
    people = role_marked_people(s[start:end], last)
    if people is None:
        return False
    for roles, person, a, b in people:
        for role in roles:
            if role:
                draft.put_names(role, [person.copy()], start + a, start + b)
    draft.role_mark = None
    return True


def _inverted_form(draft: Draft, start: int, end: int) -> bool:
    """"Carr, E.H., Title", "Figes, Orlando – Title", "Service, Robert: Title"."""
    m = _INVERTED_HEAD_RE.match(draft.s, start, end)
    if m is None or not opens_title(m.group("title")) or m.group("family") in MONONYMS:
        return False  # "Ovid, Metamorphoses: Books I-VIII" is no "Family, Given: Title"
    if any(start < x <= m.start("given") < y for x, y in draft.emphasis):
        return False  # "Langland, *Piers Plowman: A Parallel-Text Edition*": a title
    name = parse_inverted_person(m.group("family"), m.group("given"))
    names_end = m.end("more") if m.group("more") else m.end("given")
    if name is None or _person_after_dash(draft.s, names_end, end):
        return False  # "Gödel, Escher, Bach: … - Douglas R. Hofstadter": the dash form's line
    names = parse_inverted_list(draft.s[start:names_end]) if m.group("more") else [name]
    if not names:
        return False
    draft.put_names("editor" if m.group("role") else "author", names, start, names_end)
    draft.form = "comma"
    return draft.put("title", m.start("title"), end)


def _person_after_dash(s: str, start: int, end: int) -> bool:
    """A dash after `start` followed by names that open with a common given name or an
    initial, by a known mononym ("Discourses, Fragments, Handbook - Epictetus") or by
    co-authors' surnames: the line is "Title - Author", whatever commas the title holds."""
    dash = _DASH_RE.search(s, start, end)
    if dash is None:
        return False
    after = parse_name_list(s[dash.end():end], allow_mononym=True)
    return (after is not None and len(after) > 0 and (
        known_given_name(after[0]) or (len(after) == 1 and is_mononym(after[0])))) or (
        surname_list(s[dash.end():end]) is not None and len(s[start:dash.start()].split()) > 1)


def _comma_form(draft: Draft, start: int, end: int) -> bool:
    """"Author, Title" (the longest prefix of names), or "Title, Author"."""
    s = draft.s
    commas = [m.start() for m in _COMMA_RE.finditer(s, start, end)
              if not _suffix_after(s, m.end(), end)]
    if commas and _person_after_dash(s, commas[0], end):
        return False  # "Thinking, Fast and Slow - Daniel Kahneman": the dash form's line
    dash = _DASH_RE.search(s, commas[0], end) if commas else None
    if dash and len(parse_name_list(s[start:dash.start()]) or ()) > 1:
        return False  # "Eric Jorgenson, Jack Butcher - Title": people up to the dash
    best: tuple[int, int, list[Name], str] | None = None
    previous = start
    for comma in commas:
        piece = s[previous:comma]
        previous = comma + 1
        if len(piece) > 80 or comma - start > 300 or any(ch in piece for ch in _NOT_IN_NAMES):
            break  # no longer prefix can be a list of names
        head_end, role = comma, "author"
        marked = _EDITOR_MARK_RE.search(s, start, comma)
        if marked:
            head_end, role = marked.start(), "editor"  # "Sheila Fitzpatrick (ed.), Title"
        elif s[comma + 1:comma + 6].lstrip().startswith(("eds.", "ed.")):
            role = "editor"  # "Eric Hobsbawm and Terence Ranger, eds., Title"
        elif s[comma + 1:comma + 7].lstrip().startswith("dir.,"):
            role = "director"  # "Jean-Luc Godard, dir., Breathless (1960)"
        names = parse_name_list(s[start:head_end], allow_mononym=True, allow_surname=True)
        if names:
            best = (comma, head_end, names, role)
    # "Langland, *Piers Plowman*": the italics say which side is the title
    titled = bool(commas) and trim(s, commas[-1] + 1, end) in draft.emphasis
    if best is not None and len(commas) == 1 and len(best[2]) == 1 and best[3] == "author" \
            and best[1] == best[0] and not _DASH_RE.search(s, best[0], end) and (
            draft.date is None or not opens_title(s[best[0] + 1:end].lstrip())) and (
            parse_name_list(s[best[0] + 1:end]) is None or _everyday_words(s[best[0] + 1:end])
            or titled) and _surname_first(draft, start, best[1], best[0] + 1, end):
        return True  # "Toews, A Complicated Kindness", "Dostoevsky, gambler (2005)"
    if best is not None and best[2][0].literal is not None and len(best[2]) == 1:
        reverse = None if titled else parse_name_list(s[commas[-1] + 1:end])
        if reverse and known_given_name(reverse[0]) and (
                s[start:best[1]].split()[0] in ("The", "A", "An")
                or (len(commas) == 1 and len(reverse) == 1)):
            # "The Undoing Project, Michael Lewis", "Mother Earth Mother Board, Neal
            # Stephenson": no organisation, a title before the one person it names
            best = None
    if best is not None and not known_given_name(best[2][0]) and best[2][0].literal is None \
            and not is_mononym(best[2][0]):
        reverse = None if titled else parse_name_list(s[commas[-1] + 1:end])
        if reverse and (known_given_name(reverse[0]) or (reverse[0].given
                                                          and not best[2][0].given)
                        or second_is_the_name(s[start:best[1]], s[commas[-1] + 1:end])) and not (
            len(best[2]) == 1 and _lone_surname(best[2][0])
            and _everyday_words(s[commas[-1] + 1:end])
        ):  # "Butcher, Dead Beat (2006)": everyday words make a title, not a name
            best = None  # "War and Peace, Leo Tolstoy": the surer names are the authors
    elif best is not None and _has_lone_surname(best[2]):
        reverse = None if titled else parse_name_list(s[commas[-1] + 1:end])
        if reverse and known_given_name(reverse[0]):
            best = None  # "War and Peace, Leo Tolstoy": the surer names are the authors
    if best is not None:
        comma, head_end, names, role = best
        title_start = comma + 1
        if role in ("editor", "director") and head_end == comma:
            title_start = s.find(",", comma + 1, end) + 1 or comma + 1
        a, b = trim(s, title_start, end)
        family = names[0].family or ""
        everyday = len(names) == 1 and not (names[0].given or names[0].literal
                                             or is_mononym(names[0]) or family.isupper()
                                             or plausible_surname(family))
        # (an everyday word alone is no author: "Thinking, Fast and Slow (2011)"; a name in
        # capitals is one, as bibliographies set them: "ARRIAN, Anabasis of Alexander")
        if a < b and not everyday and (names[0].given or names[0].literal
                                       or opens_title(s[a:b])):
            if role == "director":
                draft.type = "motion_picture"
            draft.put_names(role, names, start, head_end)
            draft.form = "comma"
            return draft.put("title", a, b)
    if commas:
        last = commas[-1]
        dash = _DASH_RE.search(s, start, last)
        if dash and parse_person(s[dash.end():last]) is not None:
            return False  # "Superforecasting - Philip Tetlock, Dan Gardner": names after a dash
        names = None if titled else parse_name_list(s[last + 1:end])
        if names and names[0].given and names[0].given not in _ADDRESSES and (
                len(names[0].family or "") > 1 or known_given_name(names[0])):
            # ("Surely You're Joking, Mr. Feynman": a title's words, whom it speaks to; "…
            # Student Workbook, Grade K": one letter is no surname after an unknown word)
            draft.put_names("author", names, last + 1, end)
            draft.form = "comma"
            return draft.put("title", start, last)
        head = s[start:last].strip()
        lone = _lone_surname_after(s[last + 1:end]) if len(commas) == 1 and not titled else None
        if lone is not None and is_title_like(head) and ". " not in head \
                and not head.lower().startswith("by ") and not is_place(lone.family or "") \
                and (lone.family or "").lower() not in _FIRM_WORDS and (
                _title_shaped(head) or (" " not in head and not plausible_surname(head))):
            # "Rationality, Pinker": a title, then one surname; weak, as a surname alone is
            draft.put_names("author", [lone], last + 1, end)
            draft.form = "surname"
            draft.weak = True
            return draft.put("title", start, last)
    return False


def _suffix_after(s: str, at: int, end: int) -> bool:
    """A name's suffix set off by the comma before `at` ("Horatio Alger, Jr.", "Martin Luther
    King, Jr., Why We Can't Wait"): the comma is the name's, no field's edge."""
    nxt = s.find(",", at, end)
    return s[at:nxt if nxt >= 0 else end].strip() in NAME_SUFFIXES


# A hyphen glued to the word before it and spaced from the next: "Wilkie Collins- The Moonstone".
_GLUED_DASH_RE = re.compile(r"(?<=[a-z]{2})-\s+(?=[A-Z])")


def _dash_form(draft: Draft, start: int, end: int) -> bool:
    """"Victor Serge – Memoirs of a Revolutionary", or the other way round."""
    if _separated(draft, start, end, _DASH_RE):
        return True
    glued = _GLUED_DASH_RE.search(draft.s, start, end)
    person = parse_person(draft.s[start:glued.start()]) if glued else None
    # "Wilkie Collins- The Moonstone": a hyphen glued to the author's name (but "Invisible
    # Women- Exposing Data Bias…" is a title and its subtitle: a common given name decides)
    return person is not None and known_given_name(person) \
        and _separated(draft, start, end, _GLUED_DASH_RE)


_PIPE_RE = re.compile(r"\s(?:\||::)\s")  # (a reading log's "Title :: Author :: Read Aug. 5-8")
_PIPE_FIELDS = 5


def _pipe_form(draft: Draft, start: int, end: int) -> bool:
    """"Matilda | Roald Dahl | kids,owned": a reading log's fields between pipes, the
    title and its author first (either way round); of the fields after them a year is
    the work's, and the rest (shelves, tags, the day it was read) are the reader's."""
    s = draft.s
    pipes = list(_PIPE_RE.finditer(s, start, end))
    if not 1 <= len(pipes) < _PIPE_FIELDS:
        return False
    stop = pipes[1].start() if len(pipes) > 1 else end
    trial = draft.copy()
    for i, pipe in enumerate(pipes[1:], 1):
        a, b = trim(s, pipe.end(), pipes[i + 1].start() if i + 1 < len(pipes) else end)
        if trial.date is None and _FIELD_YEAR_RE.fullmatch(s, a, b):
            read_date(trial, a, b)
    fields = [trim(s, start, pipes[0].start()), trim(s, pipes[0].end(), stop)]
    for who, what in ((1, 0), (0, 1)):  # the title first, as logs mostly have it
        names = parse_name_list(s[slice(*fields[who])])
        title = s[slice(*fields[what])]
        if names and all(map(_one_person, names)) and opens_title(title) \
                and is_title_like(title) and not _BYLINE_LABEL_RE.match(title):
            trial.put_names("author", names, *fields[who])
            trial.form = "pipe"
            draft.adopt(trial)
            return draft.put("title", *fields[what])
    return False


# "By: ABC News | Charlie Gibson Kate Gibson": a byline's label, not a title.
_BYLINE_LABEL_RE = re.compile(r"(?:by|with|hosts?|authors?|written by|read by)\s*:", re.IGNORECASE)


def _one_person(name: Name) -> bool:
    """Surely a person, and only one: "Charlie Gibson Kate Gibson" is two run together."""
    given = [w for w in (name.given or "").split() if not w.endswith(".")]
    return surely_a_person(name) and len(given) <= 2


def _semicolon_form(draft: Draft, start: int, end: int) -> bool:
    """"Deep Work; Cal Newport": a reading log's semicolon between its fields, read before
    the marks inside the title ("Fooled by Randomness; …", "Trust Me, I'm Lying; …").
    Not where it joins two people ("Neil Gaiman; Terry Pratchett - Good Omens", "Good Omens
    by Neil Gaiman; Terry Pratchett"): the other forms read those."""
    s = draft.s
    m = _SEMICOLON_RE.search(s, start, end)
    if m is None:
        return False
    left, right = s[start:m.start()], s[m.end():end]
    by = left.rfind(" by ")
    parts = _DASH_RE.split(right, 1)
    if (by >= 0 and parse_name_list(left[by + 4:]) and parse_name_list(right)) or (
            len(parts) == 2 and parse_name_list(left) and parse_name_list(parts[0])):
        return False
    return _separated(draft, start, end, _SEMICOLON_RE)


def _separated(draft: Draft, start: int, end: int, separator: re.Pattern[str]) -> bool:
    """Names on one side of the separator, the title on the other."""
    s = draft.s
    m = next((d for d in separator.finditer(s, start, end)
              if s.count("(", start, d.start()) <= s.count(")", start, d.start())), None)
    if m is None:
        return False  # none, or only inside brackets: "(1789 - 1848)"
    if separator is _DASH_RE:
        second = _DASH_RE.search(s, m.end(), end)
        if second is not None and s[second.end():second.end() + 1].islower():
            end = second.start()  # "Author - Title - a quiet novel": the list's remark
        if _dash_fields(draft, start, end, m):
            return True
    if s[start:m.start()].strip() in ANONYMOUS:
        draft.form = "dash"  # "Anonymous – Beowulf"
        return draft.put("title", m.end(), end)
    year = None if draft.date else _BARE_YEAR_AFTER_RE.search(s, m.end(), end)
    if year and parse_name_list(s[m.end():year.start()]):
        read_date(draft, year.start("y"), year.end("y"))  # "Siddhartha; Hermann Hesse 1922"
        end = year.start()
    left = parse_name_list(s[start:m.start()], allow_surname=True)
    right = parse_name_list(s[m.end():end], allow_surname=True) or _full_names(s[m.end():end]) \
        or surname_et_al(s[m.end():end]) or _dated_surname(draft, s[m.end():end])
    if right is None and separator is _DASH_RE and s[end - 1:end] == ")" \
            and (remark := _REMARK_AFTER_RE.search(s, m.end(), end)) is not None \
            and (named := parse_name_list(s[m.end():remark.start()])) \
            and all(map(surely_a_person, named)):
        # "Leaders Eat Last - Simon Sinek (Chapterized)": the reader's remark after the author
        right, end = named, remark.start()
    if separator is _DASH_RE and (inverted := _inverted_person(s[m.end():end])) is not None \
            and not (left and known_given_name(left[0])):
        # "Mastery - Greene, Robert": one person in sorting order after the dash
        draft.put_names("author", [inverted], m.end(), end)
        draft.form = "dash"
        return draft.put("title", start, m.start())
    listed = surname_list(s[m.end():end]) if separator is _DASH_RE and not (
        right and right[0].given) else None
    if listed and len(s[start:m.start()].split()) > 1 and not (
            left and known_given_name(left[0])):
        # "Effective Computation in Physics - Scopatz and Huff": a title, then its
        # co-authors' surnames, weak as a surname alone is
        draft.put_names("author", listed, m.end(), end)
        draft.form = "surname"
        draft.weak = True
        return draft.put("title", start, m.start())
    lone = _lone_surname_after(s[m.end():end]) if separator is _DASH_RE and not (
        left and known_given_name(left[0])) else None
    if lone is not None and _title_shaped(s[start:m.start()]):
        # "The Algorithm Design Manual - Skiena", "Things Fall Apart - Achebe": a title's
        # shape before the dash, one surname after it; weak, as a surname alone is
        draft.put_names("author", [lone], m.end(), end)
        draft.form = "surname"
        draft.weak = True
        return draft.put("title", start, m.start())
    if left and right and any(n.given in HONORIFICS for n in left) and known_given_name(right[0]):
        left = None  # "Jonathan Strange & Mr. Norrell - Susanna Clarke": "Mr." names a character
    if left and right and ((not known_given_name(left[0]) and not is_mononym(left[0]) and (
        known_given_name(right[0]) or second_is_the_name(s[start:m.start()], s[m.end():end])
    )) or (_has_lone_surname(left) and known_given_name(right[0]))
            or _title_before_dated_surname(draft, left, right)
            or (_opens_with_gerund(s[start:m.start()]) and right[0].given is not None)):
        left = None  # "Things Fall Apart – Chinua Achebe": the title comes first
    if left and right and "——" in m.group():
        left = None  # "三体：地球往事 —— 刘慈欣": Chinese lists set the title before the dash
    if left and separator is _DASH_RE and _linked(draft, start, m.start()) \
            and not known_given_name(left[0]) and not is_mononym(left[0]):
        # "[Memory Allocation](…) - Sam Who Dot Dev": a link's text that is no one's known
        # name is the work it links to; after the dash, its author or where it appeared
        if right and known_given_name(right[0]):
            draft.put_names("author", right, m.end(), end)
        draft.form = "dash"
        return draft.put("title", start, m.start())
    if left:
        draft.put_names("author", left, start, m.start())
        draft.form = "dash"
        return draft.put("title", m.end(), end)
    after = s[m.end():end].strip()
    if ((right is None and after not in ANONYMOUS and not _person_shaped(after))
            or (right is not None and _everyday_words(after))) and _surname_first(
            draft, start, m.start(), m.end(), end):
        return True  # "Brown – The Ivy Tree", "Sargent – Long Road Back"
    if right:
        draft.put_names("author", right, m.end(), end)
        draft.form = "dash"
        # "Silent Spring (1962) – Rachel Carson", "Title (O'Reilly, 2017) — Name": the year
        # or the imprint before the dash is the book's ("(1789 - 1848)" is the span the book
        # covers)
        year = None if draft.date else _YEAR_BEFORE_DASH_RE.search(s, start, m.start())
        if year:
            read_date(draft, year.start("y"), year.end("y"))
            return draft.put("title", start, year.start())
        if draft.date is None and s[start:m.start()].rstrip().endswith(")"):
            trial = draft.copy()
            title_end = read_tail(trial, start, m.start())
            if "publisher" in trial.values or "publisher-place" in trial.values:
                draft.adopt(trial)
                return draft.put("title", start, title_end)
        # ("Python for Data Analysis (3rd ed.) — Wes McKinney": the edition closing the title
        # is read off it with every form's, `citation._edition_after_title`)
        return draft.put("title", start, m.start())
    return False


# A remark in brackets closing a line, after the author: " (Chapterized)", " (novella-in-flash,
# and deservedly on the Women's Prize longlist!)".
_REMARK_AFTER_RE = re.compile(r"[ \t]+\([^()]{2,120}\)$")


def _inverted_person(text: str) -> Name | None:
    """"Greene, Robert": one surname, a comma, then a common given name and nothing else."""
    if text.count(",") != 1:
        return None
    family, given = (part.strip() for part in text.split(","))
    if not given or not plausible_surname(family) or given.split()[0] not in GIVEN_NAMES:
        return None
    person = parse_inverted_person(family, given)
    return person if person is not None and person.family == family else None


def _linked(draft: Draft, start: int, end: int) -> bool:
    """The stretch is a link's text, neither in italics nor in bold."""
    span = trim(draft.s, start, end)
    return span in draft.emphasis and span not in draft.italics


def _opens_with_gerund(text: str) -> bool:
    """"Making Embedded Systems", "Designing Data-Intensive Applications": a verb's -ing
    form of everyday English opens titles, not names ("Irving" is a given name)."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return first.endswith("ing") and len(first) > 5 and first not in GIVEN_NAMES \
        and max(frequencies(first), default=0.0) >= COMMON_WORD


def _lone_surname_after(text: str) -> Name | None:
    """One capitalised word that is a surname and nothing else: no given name, no everyday
    word, no publisher, shop or platform ("- Penguin", "- Amazon", "- Spotify")."""
    word = text.strip()
    if " " in word or not plausible_surname(word) or word in GIVEN_NAMES \
            or is_publisher(word) or word.lower() in PLATFORMS or word.lower() in _NOT_AUTHORS:
        return None
    return Name(family=word)


# A firm's ending after a comma: "O'Reilly & Associates, Inc.".
_FIRM_WORDS = frozenset({"inc", "ltd", "llc", "co", "corp", "plc", "gmbh"})
# Single words after a dash that name where a work is, not who wrote it, and that neither
# the publishers (`is_publisher`) nor the platforms know.
_NOT_AUTHORS = SHOPS | {"netflix", "hbo", "hulu"}
_NUMBERED_PART_WORDS = frozenset({"episode", "ep", "part", "chapter", "season", "vol", "volume",
                                  "week", "day", "session", "lecture", "module", "unit"})
_TITLE_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "to", "for", "a", "an", "on",
                                   "with", "from", "at"})


def _title_shaped(text: str) -> bool:
    """Two words or more that read as a title, not a name: an article first, a lower-case
    function word inside ("Of Mice and Men"), or every word everyday English ("Things Fall
    Apart", "High Performance Browser Networking")."""
    words = text.split()
    if len(words) < 2 or words[0].lower().rstrip(".") in _NUMBERED_PART_WORDS:
        return False  # "Episode 12 - Recap"
    return (words[0] in ("The", "A", "An") or any(w in _TITLE_FUNCTION_WORDS for w in words[1:])
            or _everyday_words(text))


def _title_before_dated_surname(draft: Draft, left: list[Name], right: list[Name]) -> bool:
    """"Silent Spring – Carson (1962)": a lone surname the date backs, after a name-shaped
    stretch with no common given name whose every word is common, and commoner than it."""
    if draft.date is None or not len(left) == len(right) == 1 or right[0].given \
            or right[0].literal or not left[0].given or known_given_name(left[0]) \
            or not plausible_surname(right[0].family or ""):
        return False
    words = frequencies(f"{left[0].given} {left[0].family}")
    return min(words, default=0.0) >= COMMON_WORD > max(frequencies(right[0].family or ""),
                                                       default=COMMON_WORD)


def _dated_surname(draft: Draft, text: str) -> list[Name] | None:
    """"Pride and Prejudice — Austen (1813)": a surname alone after the dash, when the
    line's date backs it as "et al." does."""
    who = text.strip()
    return [Name(family=who)] if draft.date is not None and plausible_surname(who) else None


def _dash_fields(draft: Draft, start: int, end: int, first: re.Match[str]) -> bool:
    """"Never Let Me Go – Kazuo Ishiguro – Faber & Faber – 2005": fields between dashes,
    the title and its author surely named (either first), then publisher and year."""
    s = draft.s
    dashes = [first, *_DASH_RE.finditer(s, first.end(), end)]
    if not 2 <= len(dashes) <= 3 or "(" in s[start:end]:
        return False
    bounds = [start, *(p for d in dashes for p in (d.start(), d.end())), end]
    fields = [trim(s, bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    people = [parse_name_list(s[a:b]) or [] for a, b in fields[:2]]
    surely = [bool(p) and all(map(surely_a_person, p)) for p in people]
    if not any(surely) and len(fields) == 3 and (last := parse_name_list(s[slice(*fields[2])])) \
            and all(map(_named_person, last)) and opens_title(s[slice(*fields[1])]):
        # "Systems Programming - Designing and Developing Distributed Applications - Richard
        # Anthony": a title and its subtitle, then the author
        draft.put_names("author", last, *fields[2])
        draft.form = "dash"
        return draft.put("title", fields[0][0], fields[1][1])
    if surely[0] == surely[1]:
        return False
    who = 0 if surely[0] else 1
    trial = draft.copy()
    for a, b in fields[2:]:
        if _FIELD_YEAR_RE.fullmatch(s, a, b):
            if trial.date is not None or not read_date(trial, a, b):
                return False
        elif "publisher" in trial.values or refused_publisher(s[a:b]):
            return False
        else:
            trial.put("publisher", a, b)
    draft.adopt(trial)
    draft.put_names("author", people[who], *fields[who])
    draft.form = "dash"
    return draft.put("title", *fields[1 - who])


def _named_person(name: Name) -> bool:
    """A person's name, not two common words that parse as one ("Horror Novel"): the given
    name is known, or some word of the name is rare in English."""
    return surely_a_person(name) and plausible_surname(name.family or "") and (
        known_given_name(name) or min(frequencies(name.display()), default=0.0) < COMMON_WORD)


def _spaced_form(draft: Draft, start: int, end: int) -> bool:
    """"Sarah Foot  Athelstan: The First King of England": a list copied from a table's
    columns, the author and the title set off by a wide gap (the publisher's column, if
    any, was read off the end)."""
    s = draft.s
    gap = _GAP_RE.search(s, start, end)
    if gap is None or _GAP_RE.search(s, gap.end(), end) is not None:
        return False
    names = parse_name_list(s[start:gap.start()]) if ";" not in s[start:gap.start()] else None
    a, b = trim(s, gap.end(), end)
    if not names or not all(map(surely_a_person, names)) or a >= b \
            or not opens_title(s[a:b]) or _FIELD_YEAR_RE.fullmatch(s, a, b):
        return False  # "Jitterbug Perfume; Tom Robbins  1984": a year, not a title
    draft.put_names("author", names, start, gap.start())
    draft.form = "dash"  # counted as the dash form, whose two fields it has
    return draft.put("title", a, b)


def _slash_form(draft: Draft, start: int, end: int) -> bool:
    """"The Overstory / Richard Powers", "Title / by Author": a library catalogue's
    statement of who wrote it, after a slash; the people must surely be people."""
    s = draft.s
    m = _SLASH_RE.search(s, start, end)
    if m is None or _SLASH_RE.search(s, m.end(), end) is not None:
        return False
    names = parse_name_list(s[m.end():end])
    title = s[start:m.start()].strip()
    if not names or not all(surely_a_person(n) for n in names) or not opens_title(title):
        return False
    draft.put_names("author", names, m.end(), end)
    draft.form = "dash"
    return draft.put("title", start, m.start())


def _everyday_words(text: str) -> bool:
    """Every word common English ("Dead Beat", "Long Road Back"): a title, not a name
    ("Michelle Obama" is frequent too, but a given name opens it)."""
    found = frequencies(text)
    first = text.split()[0] if text.split() else ""
    return bool(found) and min(found) >= COMMON_WORD and found[0] >= _NAME_WORD_CEILING \
        and first not in GIVEN_NAMES


def _person_shaped(text: str) -> bool:
    """"Art Spiegelman": two or three capitalised words ending in a rare one, as names
    look even when a word of them ("Art") usually fills titles."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and (
        frequencies(words[-1]) or [9.0])[0] < _RARE_WORD


def _lone_surname(name: Name) -> bool:
    # a capital particle opens some ("Du Bois, The Souls of Black Folk (1903)")
    family = surname_core(name.family) if name.family else None
    return not (name.given or name.literal or name.non_dropping_particle or _one_name(name)) \
        and family is not None and plausible_surname(family) \
        and name.family not in _CALENDAR_WORDS


def _surname_first(draft: Draft, start: int, name_end: int, title_start: int, end: int,
                   *, weak: bool = False) -> bool:
    """"Brooks – Jarka Ruus", "Brown: Deception Point", "Toews, A Complicated Kindness":
    a bare surname (or two joined by "and") before a separator, the title after it.

    The surname must be a plausible one (`names.plausible_surname`: no everyday
    word unless a common surname); the title must read as one.  When the title
    could itself be a name ("Jarka Ruus") and its words are not all everyday
    English, nothing but the order says which is which: the reading is weak.
    """
    s = draft.s
    listed = surname_list(s[start:name_end])  # "Kernighan and Ritchie – The C …"
    names = listed or parse_name_list(s[start:name_end], allow_mononym=True) \
        or surname_et_al(s[start:name_end])
    if not names or (not listed and (len(names) > 1 or not _lone_surname(names[0]))):
        return False
    a, b = trim(s, title_start, end)
    title = s[a:b]
    if listed and len(title.split()) < 2:
        return False  # "Franny and Zooey – Salinger": a lone word is the likelier author
    if a >= b or not title[:1].isalpha() or not (
            is_title_like(title) or draft.date is not None or _sentence_case(title)):
        return False
    first = title.split()[0]
    if first.lower() in BIO_WORDS or title in GIVEN_NAMES or _GIVEN_THEN_DATE_RE.match(title) \
            or first == "by":
        return False  # "Smith, professor of history", "Markus, Arjen (2012). Title",
        # "Voyager, by Diana Gabaldon (Historical fiction)": a byline follows the title
    draft.put_names("author", names, start, name_end)
    draft.form = "surname"
    if weak or not is_title_like(title):
        draft.weak = True
    return draft.put("title", a, b)


def _sentence_case(title: str) -> bool:
    """"Oliver twist", "Elfstones of shannara": a capital first, then lower case, short."""
    words = title.split()
    return 1 < len(words) <= 8 and title[:1].isupper() and all(
        w[:1].islower() or not w[:1].isalpha() for w in words[1:])


def _has_lone_surname(names: list[Name]) -> bool:
    """"Leo Tolstoy & Maude": a list holding a surname without its given name."""
    return any(n.given is None and n.literal is None and not _one_name(n) for n in names)


def _one_name(name: Name) -> bool:
    """Known by one name ("Ovid"), not a modern writer's family name ("Gogol", "Tolstoy"),
    which is a surname alone like any other."""
    return is_mononym(name) and name.family not in FAMILY_NAME_AUTHORS


def _full_names(text: str) -> list[Name] | None:
    """"Philip Tetlock, Dan Gardner": names joined by a bare comma, each opening with a
    common given name or an initial (stricter than `people_list`, which it narrows)."""
    names = people_list(text) if "," in text else None
    return names if names and all(map(known_given_name, names)) else None


def _marked_across(draft: Draft, a: int, b: int) -> bool:
    """Whether one emphasis spans the separator between a and b: "*Wallace & Gromit:
    Vengeance Most Fowl* (2024)" is one title in italics, not a maker and a title."""
    return any(x < a and b < y for x, y in draft.italics)


def _colon_form(draft: Draft, start: int, end: int) -> bool:
    """"Stefan Zweig: The World of Yesterday" (a full personal name before the colon)."""
    s = draft.s
    m = _COLON_RE.search(s, start, end)
    if m is None:
        return False
    if s[start:m.start()].strip() in ANONYMOUS:
        draft.form = "colon"  # "Anonymous: Sir Gawain and the Green Knight"
        return draft.put("title", m.end(), end)
    if _LIFE_RE.match(s, m.end(), end):
        return False  # "Benjamin Franklin: An American Life": whose life, not who wrote it
    # (a comma parts people: "Tom Griffiths, Brian Christian: Algorithms to Live by")
    person = parse_person(s[start:m.start()]) if "," not in s[start:m.start()] else None
    if person is None and _title_then_person(draft, start, m.start(), m.end(), end):
        return True
    if _marked_across(draft, m.start(), m.end()):
        return False  # (a link's text is no such sign: "[Cal Newport: Deep Work](…)")
    # (a modern writer's family name with a date reads as any surname: "Tolstoy: Anna
    # Karenina (2003)", whose title is a person's name)
    if person is None or (person.given is None and (
            not is_mononym(person) or (not _one_name(person) and draft.date is not None))):
        names = parse_name_list(s[start:m.start()], allow_surname=True)
        if names and len(names) > 1 and not _has_lone_surname(names[:1]) and (
                known_given_name(names[0]) or not _has_lone_surname(names)
                or not any(map(everyday_word, names[0].display().split()))):
            # ("Pragmatic Thinking and Learning: …" is no two people)
            draft.put_names("author", names, start, m.start())  # "Leo Tolstoy & Figes: …"
            draft.form = "colon"
            return draft.put("title", m.end(), end)
        # "Brown: Deception Point (2005)": weak, since "Title: Subtitle" is commoner
        # "Chaucer: *Troilus and Criseyde*": the italics say the title starts after the colon
        marked = trim(s, m.end(), end) in draft.emphasis
        return (draft.date is not None or marked) and _SUBTITLE_OPENERS.isdisjoint(
            s[m.end():end].split()[:1]) and _surname_first(draft, start, m.start(), m.end(), end,
                                                           weak=True)
    if person.given and not known_given_name(person) and (
            any(map(everyday_word, person.given.split())) or everyday_word(person.family or "")
            or trim(s, start, end) in draft.emphasis or _words_of_a_title(person)
            or (" " not in (family := person.family or "") and family[:1].isupper()
                and not plausible_surname(family))):
        # "Getting Things Done: The Art of …", "Make Time: How to …", "Mighty Morphin Power
        # Rangers: The Movie": a title (an everyday word anywhere in the "name", or a last
        # word no surname is: "Digital Minimalism", "Lean UX"); and a link's or italics' whole
        # text ("[Sky Crash: A Cosmic Conspiracy](…)") is one title
        return False
    if not known_given_name(person) and (guest := parse_person(s[m.end():end].strip())) \
            and guest.family and known_given_name(guest):
        return False  # "Superpower Showdown: Jane Perlez": a show's topic, then its guest
    draft.put_names("author", [person], start, m.start())
    draft.form = "colon"
    return draft.put("title", m.end(), end)


# How common in English an unknown given name and the surname after it must both be for
# the pair to be a title's words: "Atomic Habits: …", "PHP Solutions: …" ("Cal Newport"
# stays a person: a surname is rarely so common a word).
_TITLE_GIVEN_ZIPF = 3.3
_TITLE_FAMILY_ZIPF = 3.9


def _words_of_a_title(person: Name) -> bool:
    given, family = frequencies(person.given or ""), frequencies(person.family or "")
    return bool(given and family) and min(given) >= _TITLE_GIVEN_ZIPF \
        and min(family) >= _TITLE_FAMILY_ZIPF


def _title_then_person(draft: Draft, start: int, colon: int, after: int, end: int) -> bool:
    """"Essays and Lectures: Ralph Waldo Emerson": a title of some words, then a person sure
    by a common given name.  Weak: "Sound Design: Jane Smith" is a credit of the same shape."""
    s = draft.s
    a, b = trim(s, after, end)
    title = s[start:colon].strip()
    person = parse_person(s[a:b])
    if person is None or not person.family or not known_given_name(person) \
            or len(title.split()) < 2 or any(ch.isdigit() for ch in title) \
            or not is_title_like(title):
        return False
    draft.put_names("author", [person], a, b)
    draft.form = "colon"
    draft.weak = True
    return draft.put("title", start, colon)


def _possessive_form(draft: Draft, start: int, end: int) -> bool:
    """"Sheila Fitzpatrick's The Russian Revolution (1982)"."""
    m = _POSSESSIVE_RE.match(draft.s, start, end)
    if m is None:
        return _possessive_kind_form(draft, start, end)
    if _STYLED_ONE_NAME_RE.fullmatch(m.group("who")):
        return False  # "Mr. Penumbra’s 24-Hour Bookstore": a character in the title
    marked = trim(draft.s, m.start("title"), end) in draft.emphasis  # "Knuth's [Title](url)"
    names = parse_name_list(m.group("who"), allow_mononym=marked)
    if names and not marked and not all(
            known_given_name(n) or (is_mononym(n) and n.family not in FAMILY_NAME_AUTHORS)
            for n in names):
        names = None  # "Nutrition Diva's Guide to …", "Marx's Ethical Vision": a title's
    if not names and draft.s.startswith(("The ", "A ", "An "), m.start("title")) \
            and plausible_surname(m.group("who")):
        names = [Name(family=m.group("who"))]  # "Gogol's The Nose": weak, for a list to take
        draft.weak = True
    if not names or not is_title_like(draft.s[m.start("title"):end]):
        return False
    if (by := _BY_RE.search(draft.s, m.start("title"), end)) is not None \
            and people_list(draft.s[by.end():end].split(" on ")[0]):
        return False  # "Dirk Gently's Holistic Detective Agency by Douglas Adams": the title's
    draft.put_names("author", names, m.start("who"), m.end("who"))
    draft.form = "possessive"
    return draft.put("title", m.start("title"), end)


def _possessive_kind_form(draft: Draft, start: int, end: int) -> bool:
    """"Pope Brock's book, Charlatan", "Penny Lane's documentary, Nuts!": whose work and
    what kind, then its title, as notes list further reading; a film's maker directed it."""
    m = _POSSESSIVE_KIND_RE.match(draft.s, start, end)
    if m is None or not is_title_like(draft.s[m.start("title"):end].strip(" !?.")):
        return False
    names = parse_name_list(m.group("who"))
    if not names or not all(map(surely_a_person, names)):
        return False
    kind = m.group("kind").lower()
    film = _KIND_TYPES.get(kind) == "motion_picture"
    if kind in _KIND_TYPES:
        draft.type = _KIND_TYPES[kind]
    draft.put_names("director" if film else "author", names, m.start("who"), m.end("who"))
    draft.form = "possessive-kind"
    return draft.put("title", m.start("title"), end)


def _name_then_marked_title(draft: Draft, start: int, end: int) -> bool:
    """"Ursula K. Le Guin *The Dispossessed*": names, then the title set in italics."""
    if not draft.emphasis:
        return False
    a, b = trim(draft.s, start, end)
    marked = next(((x, y) for x, y in draft.emphasis if y == b and x > a), None)
    edition = None
    if marked is None:  # "Oxtoby. *Measure and Category*. 2nd ed.": the edition after it
        marked, edition = next(((m, e) for m in draft.emphasis if m[0] > a and (
            e := _EDITION_TAIL_RE.fullmatch(draft.s, m[1], b))), (None, None))
        if marked is None or edition is None:
            return False
    who = draft.s[a:marked[0]].strip(" ,:;–—-")
    if who[-2:] in ("'s", "’s"):
        who = who[:-2]  # "Malcolm Gladwell's [Outliers](…)": the owner wrote it
    role = "author"
    editor = _EDITOR_MARK_RE.search(who)
    if editor:
        who, role = who[:editor.start()], "editor"  # "Nathan Connolly (ed.) - *Title*"
    names = parse_name_list(who)
    if names is None and plausible_surname(who) and any(x == a for x, _ in draft.emphasis):
        names = parse_name_list(who, allow_mononym=True)  # "**Chaucer** *Troilus*": in bold
    if not names or not (names[0].given or names[0].literal or is_mononym(names[0])
                         or any(x == a for x, _ in draft.emphasis)):
        # "Oxtoby. *Measure and Category*. 2nd ed.": a surname closed by a full stop
        names = _surname_sentence(who)
        if names is None:
            return False
        who = who[:-1]
    draft.put_names(role, names, a, a + len(who))
    draft.form = "comma"
    if edition is not None:
        draft.put("edition", edition.start("ed"), edition.end("ed"))
    return draft.put("title", *marked)


def _marked_head_form(draft: Draft, start: int, end: int) -> bool:
    """"Ken Liu (ed.) – Invisible Planets", "Liu, Ken (ed.): …", "Hobsbawm & Ranger (eds)
    – …", "Ken Liu, ed. – …": names with their role, then the title after any mark.
    The role makes the names sure, so surnames alone are names here."""
    m = _MARKED_HEAD_RE.match(draft.s, start, end)
    if m is None:
        return False
    who = m.group("who")
    if any(m.start("who") < x < m.end("who") for x, _ in draft.emphasis):
        return False  # "Austen, *Emma*, ed. Fiona Stafford": the italics hold the title
    names = (parse_inverted_list(who) or parse_name_list(who)) if "," in who else \
        parse_name_list(who, allow_mononym=True)
    title = draft.s[m.start("title"):end]
    if not names or not opens_title(title) or not is_title_like(title):
        return False
    draft.put_names("editor", names, m.start("who"), m.end("who"))
    draft.form = "comma"
    return draft.put("title", m.start("title"), end)


def _marked_tail_form(draft: Draft, start: int, end: int) -> bool:
    """"The Invention of Tradition, Hobsbawm and Ranger (eds)": the title, then names whose
    role was read in brackets at the end of the line (surnames alone will do)."""
    s = draft.s
    mark = draft.role_mark
    if mark is None or mark[1] != trim(s, start, end)[1]:
        return False
    cut = max([s.rfind(",", start, end), *(d.start() for d in _DASH_RE.finditer(s, start, end))])
    if cut <= start:
        return False
    names = parse_name_list(s[cut + 1:end].lstrip(" –—-"), allow_mononym=True)
    if not names or not is_title_like(s[start:cut].strip()):
        return False
    draft.put_names("author", names, cut + 1, end)  # apply_role_mark gives the role
    draft.form = "comma"
    return draft.put("title", start, cut)


def _role_first_form(draft: Draft, start: int, end: int) -> bool:
    """"Edited by Ken Liu, Invisible Planets (Tor, 2016)": an anthology named by its
    editor first (MLA's "Edited by …" moved to the front, as shops and lists write it)."""
    m = _ROLE_FIRST_RE.match(draft.s, start, end)
    if m is None or draft.date is None:
        return False
    names = parse_name_list(m.group("who"))
    title = draft.s[m.start("title"):end]
    if not names or not all(n.given for n in names) or not title[:1].isupper() or \
            _BY_RE.search(title) or not is_title_like(title):
        return False  # "Edited by Sam Smith, Music by Jo Lee (2019)": credits
    role = "translator" if m.group("role").lower().startswith("tr") else "editor"
    draft.put_names(role, names, m.start("who"), m.end("who"))
    draft.form = "comma"
    return draft.put("title", m.start("title"), end)


def _surname_sentence(who: str) -> list[Name] | None:
    """"Oxtoby." before a title in italics: one surname ended by a full stop, as a
    bibliography's short form writes it."""
    if not _SURNAME_SENTENCE_RE.fullmatch(who):
        return None
    word = who[:-1]
    if everyday_word(word) and word not in EVERYDAY_SURNAMES:
        return None  # "Note. *Title*": a word, not a name
    return parse_name_list(word, allow_mononym=True)


# A writer's country in brackets before the name, as Chinese lists give it: "(CN)", "[美]".
_COUNTRY_TAG_RE = re.compile(
    r"[ \t]*[(\[（【][ \t]*(?:[A-Z]{2}|[\u4e00-\u9fff])[ \t]*[)\]）】][ \t]*")


def _marked_title_then_names(draft: Draft, start: int, end: int) -> bool:
    """"*Concrete Mathematics*. Ronald Graham, Donald Knuth, Oren Patashnik.": the title
    set in italics first, then the people who wrote it, each with a given name."""
    if not draft.emphasis:
        return False
    a, b = trim(draft.s, start, end)
    marked = next(((x, y) for x, y in draft.emphasis if x == a and y < b), None)
    if marked is None:
        return False
    after = marked[1]
    if (country := _COUNTRY_TAG_RE.match(draft.s, after, b)) is not None:
        after = country.end()  # "《苏东坡传》 (CN) 林语堂": where the writer is from
    people = leading_people(draft.s[after:b]) or _surnames_after_comma(draft.s[after:b])
    if people is None or any(after <= x < after + people[1] for x, _ in draft.emphasis):
        return False  # "**Langland**, *Piers Plowman*": the second span in italics is the title
    draft.put_names("author", people[0], after, after + people[1])
    draft.form = "marked-then-names"
    _publisher_sentence(draft, after + people[1], b)
    return draft.put("title", *marked)


def _surnames_after_comma(rest: str) -> tuple[list[Name], int] | None:
    """"*Prisoner’s Dilemma: …*, Poundstone": after a title in italics and a comma, the
    surnames alone that close the entry are its writers (a periodical's or a publisher's name
    there is an everyday word or no surname: "*…*, Wired", "*…*, Penguin")."""
    m = _COMMA_SURNAMES_RE.fullmatch(rest)
    if m is None:
        return None
    names = surnames_alone(m["who"])
    return (names, m.end("who")) if names else None


_COMMA_SURNAMES_RE = re.compile(
    r",[ \t]+(?P<who>[A-Z][\w'’-]+(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’-]+){0,2})"
    r"\.?[ \t]*")


def _title_then_marked_name(draft: Draft, start: int, end: int) -> bool:
    """"The Selfish Gene *Richard Dawkins*": a title in plain type, then its writer in
    italics to the line's end, as a to-read list sets them apart; the writer must be a
    person by a common given name."""
    if not draft.emphasis:
        return False
    a, b = trim(draft.s, start, end)
    marked = next(((x, y) for x, y in draft.emphasis if y == b and x > a), None)
    if marked is None or any(x < marked[0] for x, _ in draft.emphasis):
        return False
    person = parse_person(draft.s[marked[0]:marked[1]])
    title = draft.s[a:marked[0]].rstrip(" ,–—-")
    if person is None or not person.family or not known_given_name(person) \
            or not title or not is_title_like(title) or "©" in title \
            or title.lower().endswith((" by", " ©")):
        return False  # (a page's footer: "Published by *Joyce Ng*", "© 2014–2017 *Name*")
    draft.put_names("author", [person], *marked)
    draft.form = "comma"
    return draft.put("title", a, a + len(title))


def _publisher_sentence(draft: Draft, start: int, end: int) -> None:
    """"*Fourier Analysis*. David Morin. Harvard University.": a sentence after the people
    that is an imprint alone names the publisher."""
    s = draft.s
    cuts = [m.start() for m in _SENTENCE_STOP_RE.finditer(s, start, end)] + [end]
    for a, b in pairwise(cuts):
        a, b = trim(s, a + 1, b)
        if a < b and "publisher" not in draft.values and is_imprint(s[a:b]):
            read_imprint(draft, a, b)


_Form = Callable[[Draft, int, int], bool]
# Each form, most telling first, with the mark (in lower case) it needs: a string the line
# must hold (a substring test is quicker than a search), or a pattern for a choice of marks.
_FORMS: tuple[tuple[_Form, str | re.Pattern[str]], ...] = (
    (_spaced_form, "  "),
    (_episode_form, "ep"), (_role_first_form, re.compile("^(?:edited|translated)")),
    (_marked_head_form, re.compile(r"\(eds?\b|\(editors?\)|, eds?\.|, editors?\b")),
    (quoted_form, re.compile("[\"“‘']")), (_semicolon_form, ";"),
    (_pipe_form, re.compile(r" (?:\||::) ")),
    (_by_form, "by"),
    (_marked_title_then_names, " "), (_name_then_marked_title, " "),
    (_title_then_marked_name, " "),
    (_inverted_form, ","), (_comma_form, ","),
    (_dash_form, re.compile("[-–—]")), (_slash_form, " / "), (_colon_form, ":"),
    (_possessive_form, re.compile("['’]s")),
    (_marked_tail_form, re.compile("[,–—-]")),
)
