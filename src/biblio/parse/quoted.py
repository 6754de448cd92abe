"""Citations with the title in quotes: articles, episodes, essays, web pages.

A quoted title is the strongest sign in a casual line: what stands before it is
the author (or the programme), what follows is the container — a newspaper,
journal, podcast or site — or, after "by" or a dash, the author.
"""

from __future__ import annotations

import re

from ..model import Name
from .clauses import read_tail, read_title_clauses
from .draft import Draft, trim
from .lexicon import GIVEN_NAMES, NETWORKS, PERIODICALS
from .names import (
    SURNAMES_JOIN_RE,
    author_line,
    ends_with_et_al,
    known_given_name,
    parse_inverted_list,
    parse_name_list,
    parse_organisation,
    parse_person,
    plausible_surname,
    surely_a_person,
    surname_et_al,
    surnames_alone,
)
from .segments import (
    container_type,
    is_network,
    is_publisher,
    read_container,
    read_date,
    read_paren,
)
from .titles import is_title_like

# Straight single quotes may hold an apostrophe between letters: 'The Knight's Tale' (in
# curly ones a ’ may as well close the quote: ‘Why Haven’t the Republicans’ Clock?’).
_QUOTE_RE = re.compile(r"[\"“](?P<q>[^\"“”]{2,300})[\"”]"
                       r"|(?<!\w)‘(?P<s>[^‘’']{2,300})[’'](?!\w)"
                       r"|(?<!\w)'(?P<a>(?:[^‘’']|(?<=\w)['’](?=\w)){2,300})'(?!\w)")
# A quote opened after a colon and never closed, as pages drop the closing quote of a
# headline: "Anne Applebaum for the Atlantic: “History Will Judge the Complicit".
_UNCLOSED_RE = re.compile(r":\s+[“\"](?P<q>[^\"“”]{2,300}?)\s*$")
# The writers of an article and where it ran: "Ezra Klein for the New York Times",
# "Emily Bazelon for Slate in 2013", "Ezra Klein in The Atlantic".
_FOR_OUTLET_RE = re.compile(
    r"\s+(?:for|in)\s+(?:the\s+)?(?P<outlet>[A-Z0-9][^:,;“\"]{0,60}?)"
    r"(?:\s+in\s+(?P<year>(?:19|20)\d\d))?\s*$")
_DASH_AUTHOR_RE = re.compile(
    r"\s*[–—-]\s+(?P<who>[^,()]{3,80}?)(?:,\s*(?P<date>(?:1[5-9]|20)\d\d))?\s*$"
)
_BY_RE = re.compile(r"\s*by\s+", re.IGNORECASE)
_THE_RE = re.compile(r"the\s+", re.IGNORECASE)
# What a link roundup says the quoted work is, and who made it: "', a 2014 article for
# FiveThirtyEight by Ben Morris.", "', an article by former guest of the pod Gerd Gigerenzer."
_DESCRIBED_BY_RE = re.compile(
    r"\s*,?\s+an?\s+(?:(?P<year>(?:1[5-9]|20)\d\d)\s+)?(?:[^,;()]{0,50}?\s)?(?:article|essay|paper|lecture|talk|piece|video|post|"
    r"story|review|interview|column|report|speech|study|book|novel|film|documentary)s?"
    r"(?:\s+(?:for|in|from|on)\s+[^,;()]{1,40}?)?\s+by\s+"
    r"(?:(?:former|past|previous)\s+guest\s+of\s+the\s+(?:pod|podcast|show)\s+)?"
    r"(?P<who>[^,;()]+?)(?=\.\s|\.?$|,|\s+(?:on|about|in|via|at|for|with)\s|\s*\()")
# The same, the maker's name first: "', Leonard E. Read's classic 1958 short story."
_DESCRIBED_OWNER_RE = re.compile(
    r"\s*,\s+(?P<who>[A-Z][^,;()'’]{2,60}?)['’]s\s+(?:[a-z]+\s+){0,2}"
    r"(?:(?P<year>(?:1[5-9]|20)\d\d)\s+)?(?:[a-z]+\s+)?(?:article|essay|paper|lecture|talk|"
    r"piece|story|review|interview|column|report|speech|study|book|novel|poem|film)"
    r"(?=\.?\s*$|[.,;]\s)")
_IN_RE = re.compile(r",?\s+in\s+(?=\S)")
_PAREN_RE = re.compile(r"\s*\((?P<inner>[^()]{1,60})\)")
_EPISODE_RE = re.compile(r",?\s*\b(?:episode|ep\.)\s*(?P<n>[\d.]+)\s*:?\s*$", re.IGNORECASE)
_PODCAST_RE = re.compile(r"\s*(?:\(?\bpodcast\)?|\(blog\))", re.IGNORECASE)
# (a capital "In" too after the title's own stop, as Chicago writes the book of a chapter:
# "“First Steps Toward a History of Reading.” In The Kiss of Lamourette")
_CONTAINER_INTRO_RE = re.compile(
    r"\s*(?:[,–—-]\s*)?(?P<word>\b(?-i:in|on)\b|(?<=[.?!][”\"] )(?-i:In)(?=\s+[A-Z]))?\s*")
# A word going on after a closing quote, other than the words that introduce an
# author or a container.
_RUN_ON_RE = re.compile(r" (?!(?:by|in|on|from|episode|ep)\b)[^\W\d_]", re.IGNORECASE)
# What leads to a person before a quoted title: a label ending in a colon, an episode number.
_HEAD_LABEL_RE = re.compile(
    r"(?:(?:ep(?:isode)?\.?|#|no\.)\s*\d{1,4}[a-z]?\s*[:.–—-]?\s+|[^:\"“]{2,90}:\s+)+",
    re.IGNORECASE)
_POSSESSIVE_END_RE = re.compile(r"['’]s\s*$")
# Where a remark on the entry after its author begins: a bracket (" (featured in Holidays on
# Ice)", " (145th Street) (unavailable to order)"), or a colon or a dash before a sentence
# (""Refactoring" by Martin Fowler: Gives patterns and …").
# (or a sentence after the name: "“The Truth According to Us,” by Annie Barrows. Another …")
# (a dash's remark may open in lower case: "… by Stephen Fry - retells the old myths")
_REMARK_RE = re.compile(r"\s+\(|:\s+(?=[A-Z])|\s+[–—-]\s+(?=[A-Za-z])"
                        r"|(?<=[a-z]{2})\.\s+(?=[A-Z“\"])")
_SITE_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+$")  # "timharford.com"
# A book's editors before its title: "J. H. Burns (ed.), ", "Raphael Samuel, ed., ",
# "S. Hall et al. (eds) " (Harvard leaves the comma out).
_EDITORS_HEAD_RE = re.compile(
    r"(?P<who>[^()\[\]:;]{2,120}?)\s*(?:\((?:eds?\.?|editors?)\)|,\s*eds?\.)\s*,?\s+(?=\S)",
    re.IGNORECASE)
# A periodical's name by its words or the volume after it: "(Journal of Economic Literature
# 58, 2020)".
_PERIODICAL_SHAPE_RE = re.compile(
    r"\b(?:journal|review|quarterly|magazine|bulletin|annals|proceedings|times|news)\b|\d$",
    re.IGNORECASE)
_BOOK_REMARK_RE = re.compile(r"\s+[–—]\s+[a-z][^()]*$")
_OWN_BOOK_RE = re.compile(r"(?:his|her|their)\s+(?=[A-Z])")
# Pages closing a chapter's entry: ", pp. 211–51", ", 239", " pp. 135-66".
# A syllabus's pages to read after a quoted chapter or essay, and where to find it:
# ", pp. 21--50 [Sakai Resources]".
_PAGES_TO_READ_RE = re.compile(r"\s*,?\s*pp?\.\s*(?P<p>\d{1,5}(?:\s*(?:--?|–)\s*\d{1,5})?)\s*\.?"
                               r"(?:\s*(?:\[[^\[\]]{1,40}\]|\([^()]{1,40}\)))*\s*")
# A chapter's book named by its number in the same list: ". in [1]." (the number in
# brackets is read off the line's end before the forms are tried).
_CROSS_REFERENCE_RE = re.compile(r"[\s.,]*[Ii]n(?:\s+\[\d{1,3}\])?[\s.]*")
_BOOK_PAGES_RE = re.compile(r"[,.]?\s*(?:pp?\.\s*)?(?<![\w–-])(?P<p>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)"
                            r"\s*\.?\s*$")


def quoted_form(draft: Draft, start: int, end: int) -> bool:
    """A title in quotes, with authors before it and a container around it."""
    s = draft.s
    # an unclosed headline first: the quotes inside it ("… a ‘Gross Abuse’ of Power") are
    # not its title
    m = _UNCLOSED_RE.search(s, start, end) or _QUOTE_RE.search(s, start, end)
    if m is None:
        return False
    group = next(g for g in ("q", "s", "a") if m.group(g) is not None)
    if _inside_title(s, m, start, end):
        return False  # 'Natural Cures "They" Don't Want You to Know About'
    pages = _PAGES_TO_READ_RE.fullmatch(s, m.end(), end)
    cross = _CROSS_REFERENCE_RE.fullmatch(s, m.end(), end)
    if pages is None and cross is None and not _container_like(s, m.end(), end):
        return False  # ""Socialism in one country" was Stalin's slogan."
    before_a, before_b = trim(s, start, m.start())
    # "Chaucer, 'The Knight's Tale', in …", "Smith and Kim, “Grammar Fundamentals”, pp.
    # 21--50": before a chapter, or pages to read, surnames alone are its authors
    chapter = _IN_RE.match(s, m.end(), end) is not None or draft.type == "chapter" \
        or pages is not None or cross is not None
    if before_a < before_b and not _read_before(draft, before_a, before_b, surname=chapter):
        return False
    draft.put("title", m.start(group), m.end(group), keep_quotes=True)
    draft.form = "quoted"
    if cross is not None:  # "Pollard, J., ``Factoring with cubic integers''. in [1].": a
        draft.type = "chapter"  # chapter of the book the list's first entry names
        return True
    if pages is not None:
        draft.put_range("page", *pages.span("p"))
        return True
    after = m.end()
    paren = _PAREN_RE.match(s, after, end)
    if paren and read_paren(draft, paren.start("inner"), paren.end("inner")):
        after = paren.end()  # ""Nineteen Eighty-Four" (1949) by George Orwell"
    rest_a, rest_b = trim(s, after, end)
    if rest_a < rest_b and not _read_author_after(draft, after, end):
        _read_after(draft, after, end)
    _outlet_not_publisher(draft)
    return True


def _outlet_not_publisher(draft: Draft) -> None:
    """""Up and Then Down," by Nick Paumgarten (The New Yorker, 2008)": after an article's
    author, the name in brackets is where it ran, unless it is a known publisher or an
    organisation ("Center for Building in North America"); a known periodical is where it
    ran even with no author (""The High-Tech Race …," (The Economist, 2023)")."""
    publisher = draft.values.get("publisher")
    title = draft.values.get("title")
    # "Will Thomas, "Lethal Pursuit" (Minotaur, 2019)": with the author before the title,
    # as the New Books Network heads its episodes, the bracket holds a book's imprint
    author_first = title is not None and any(
        sp.field == "author" and sp.end <= title[1] for sp in draft.name_spans)
    if publisher is None or ("author" not in draft.names
                             and publisher[0].lower() not in PERIODICALS) \
            or (author_first and publisher[0].lower() not in PERIODICALS
                and not _PERIODICAL_SHAPE_RE.search(publisher[0])) \
            or "container-title" in draft.values \
            or draft.type != "book" or is_publisher(publisher[0]) \
            or parse_organisation(publisher[0]) is not None:
        return
    draft.values["container-title"] = draft.values.pop("publisher")
    draft.type = container_type(draft)


def _inside_title(s: str, m: re.Match[str], start: int, end: int) -> bool:
    """Words run on both sides of the quotes: a quoted word within a longer title."""
    at = m.start()
    return (at - start >= 2 and s[at - 1] == " " and (s[at - 2].isalnum() or s[at - 2] in "'’")
            and _RUN_ON_RE.match(s, m.end(), end) is not None)


def _container_like(s: str, start: int, end: int) -> bool:
    """What follows a quoted title is a name, a periodical, a date or nothing, not prose."""
    if _DESCRIBED_BY_RE.match(s, start, end) or _DESCRIBED_OWNER_RE.match(s, start, end):
        return True
    intro = _CONTAINER_INTRO_RE.match(s, start, end)
    a = intro.end() if intro else start
    first = _PODCAST_RE.sub("", s[a:end].split(",", 1)[0]).strip(" .;:()–—-")
    if not first or first[0].isdigit() or first.lower().startswith(("by ", "ep")):
        return True
    return (is_title_like(first) or first.lower() in PERIODICALS
            or _SITE_RE.match(first) is not None)


# A possessive and what it owns, in lower case: a sentence's "Mary Jane Popp's show".
_OWNED_THING_RE = re.compile(r"\w['’]s\s+[a-z]")


# The year closing what stands before a quoted title, as author-date styles place it.
# (after a full stop or in brackets: not an outlet's "for Slate in 2013")
_YEAR_BEFORE_TITLE_RE = re.compile(r"(?:^|\.\s*|\s\()(?P<y>(?:1[5-9]|20)\d\d)[a-z]?\)?\.?$")


def _read_before(draft: Draft, start: int, end: int, *, surname: bool = False) -> bool:
    """Authors, or a programme ("Revolutions, episode 10.45:"), before the quoted title."""
    s = draft.s
    first_comma = s.find(",", start, end)
    if first_comma > 0 and is_network(s[start:first_comma]):
        draft.put("publisher", start, first_comma)  # "BBC Radio 4, In Our Time: "Title""
        draft.type = "broadcast"
        start = trim(s, first_comma, end)[0]
    left = s[start:end].rstrip(":")
    dated = _YEAR_BEFORE_TITLE_RE.search(left) if draft.date is None else None
    if dated is not None and read_date(draft, start + dated.start("y"), start + dated.end("y")):
        # "—. 1997. “Expatriates go …”", "The Irish Times. 1996. “…”": author-date, the year
        # between the writer (or the dash that repeats the last one) and the quoted title
        left = left[:dated.start()].rstrip(" .,")
        if not left.strip("—–-_ "):
            return True
        end = start + len(left)
    episode = _EPISODE_RE.search(left)
    if episode:
        draft.put("container-title", start, start + episode.start())
        draft.put("number", start + episode.start("n"), start + episode.end("n"))
        draft.type = "broadcast"
        return True
    if _read_writers(draft, start, left):
        return True
    # "Martin Kleppmann's “Title”": the owner of the possessive, not a surname "Kleppmann's";
    # "Rolling Stone, “Title”": a periodical the lexicon knows, not a person
    periodical = left.strip(" ,").lower() in PERIODICALS
    names = None if _POSSESSIVE_END_RE.search(left) or periodical else parse_name_list(left) \
        or author_line(left.strip(" ,"))  # (a paper's many authors: "S. J. Zhang, …, R. Yosomiya,")
    surnames = list(filter(None, SURNAMES_JOIN_RE.split(left.strip(" ,"))))
    lone = len(surnames) == 1 and surnames[0] not in GIVEN_NAMES \
        and surnames[0].lower() not in PERIODICALS
    if names is None and (surname or (s.startswith(",", end) and (len(surnames) >= 2 or lone))) \
            and surnames and all(map(plausible_surname, surnames)):
        # (a syllabus's "Jurafsky and Martin, “…”", "Lowe, “…”": surnames before a comma and a
        # quoted title are its writers; one word alone that names a periodical ("Wired") or
        # a given name is none)
        names = parse_name_list(left, allow_mononym=True)
    if names is None and ends_with_et_al(left):
        # "Cordella et al., “…”": the first author may be named by the surname alone
        names = parse_name_list(left, allow_mononym=True)
    if names is None and "," in left.rstrip(" ,"):
        names = parse_inverted_list(left)  # "Nelson, J. L., 'Kingship and Empire', in …"
    if names is None:
        who = _after_label(left)
        if who is not None:  # "Ep. 115 Richard Norton Smith, "…"", "Cormac McCarthy's "…""
            draft.put_names("author", who[1], start + who[0], start + len(left))
            return True
    if names is None and (len(left.split()) > 6 or not is_title_like(left)
                          or _OWNED_THING_RE.search(left)):
        return False  # prose quoting a phrase, not a citation ("on Jane Popp's show "…"")
    if names is None or (draft.type == "broadcast" and len(left.split()) <= 3):
        # "Origin Story, "Title"": a programme or periodical before the title
        draft.put("container-title", start, start + len(left))
        if draft.type == "book":
            draft.type = container_type(draft) if draft.date or periodical else "webpage"
    else:
        draft.put_names("author", names, start, end)
    return True


def _read_writers(draft: Draft, start: int, left: str) -> bool:
    """"Emily: Ella Koeze, Denise Lu and Charlie Smart for The New York Times:": the
    writers, each a person by a full name, and the paper or site the article ran in (and
    its year), after any label such as a host's name or "Listener chatter from …:"."""
    outlet = _FOR_OUTLET_RE.search(left)
    if outlet is None:
        return False
    head = _HEAD_LABEL_RE.match(left, 0, outlet.start())
    at = head.end() if head else 0
    names = parse_name_list(left[at:outlet.start()])
    if not names or not all(n.given and surely_a_person(n) for n in names):
        return False
    draft.put_names("author", names, start + at, start + outlet.start())
    draft.put("container-title", start + outlet.start("outlet"), start + outlet.end("outlet"))
    if outlet.group("year"):
        read_date(draft, start + outlet.start("year"), start + outlet.end("year"))
    draft.type = container_type(draft)
    if draft.type == "book":
        draft.type = "article"
    return True


def _after_label(left: str) -> tuple[int, list[Name]] | None:
    """The person a label or an episode number leads to before a quoted title
    ("Olivia’s Book Club Podcast: Don Winslow,", "Ep. 115 Richard Norton Smith,"),
    or the owner of a possessive ("Cormac McCarthy's"): where the name starts, and it."""
    head = _HEAD_LABEL_RE.match(left)
    at = head.end() if head else 0
    who = _POSSESSIVE_END_RE.sub("", left[at:]).strip(" ,")
    if (head is None and who == left.strip(" ,")) or not who:
        return None
    names = parse_name_list(who)
    if not names or not all(surely_a_person(n) for n in names):
        return None
    return at, names


def _read_author_after(draft: Draft, start: int, end: int) -> bool:
    """"“Revolution Betrayed” — Leon Trotsky, 1936" / ""Homage to Catalonia" by George Orwell"."""
    s = draft.s
    if "author" in draft.names:
        return False
    described = _DESCRIBED_BY_RE.match(s, start, end) or _DESCRIBED_OWNER_RE.match(s, start, end)
    if described:
        names = parse_name_list(described.group("who"))
        if names and all(surely_a_person(n) for n in names):
            draft.put_names("author", names, described.start("who"), described.end("who"))
            if described.group("year"):
                draft.put_year(int(described.group("year")), described.start("year"),
                               described.end("year"))
            return True
    dash = _DASH_AUTHOR_RE.match(s, start, end)
    if dash:
        who = dash.group("who")
        # (or surnames alone: "‘Achieving QTS: Primary Science’ – Peacock"; a periodical's
        # name there is in the lexicon)
        names = parse_name_list(who) or surnames_alone(who)
        if names and who.lower() not in PERIODICALS and not any(
            w.isalpha() and w.isupper() and len(w) > 1 for w in who.split()  # "BBC News"
            # (an initial, "Ursula K. Le Guin", is no such word)
        ):
            draft.put_names("author", names, dash.start("who"), dash.end("who"))
            if dash.group("date"):
                read_date(draft, dash.start("date"), dash.end("date"))
            return True
    if s[start:end].lstrip().startswith(","):
        who = _people_after_comma(s, start, end)
        if who is not None:
            # "“The Chosen”, Chaim Potok.", "“Freakonomics”, Steven Levitt and Stephen
            # Dubner." (a remark may follow: "… Luke Humphrey. Bought it, …"): people by
            # their full names after the comma, not a periodical ("“…”, Rolling Stone")
            draft.put_names("author", who[0], *who[1])
            return True
    bare = trim(s, start, end)
    if bare[0] > start and bare[0] < bare[1]:
        # ""The Stranger" Albert Camus": a list's author after the quotes, nothing between;
        # only a name surely a person's ("“Dune” Messiah" is no one)
        person = parse_person(s[bare[0]:bare[1]])
        if person is not None and known_given_name(person):
            draft.put_names("author", [person], *bare)
            return True
    by = _BY_RE.match(s, start, end)
    if by:
        # (or a paper's first author alone: ""Attention Is All You Need" by Vaswani et al.",
        # or two or more by surname: ""Batch Normalization: …" by Ioffe & Szegedy")
        names = parse_name_list(s[by.end():end]) or surname_et_al(s[by.end():end]) \
            or _surnames_joined(s[by.end():end])
        if names:
            draft.put_names("author", names, by.end(), end)
            return True
        remark = _REMARK_RE.search(s, by.end(), end)
        names = parse_name_list(s[by.end():remark.start()]) if remark else None
        if remark and names and all(surely_a_person(n) for n in names):
            # ""Santaland Diaries" by David Sedaris (featured in Holidays on Ice)",
            # "“A Christmas Story” by Walter Dean Myers (145th Street)"
            draft.put_names("author", names, by.end(), remark.start())
            return True
        comma = s.find(",", by.end(), end)
        names = parse_name_list(s[by.end():comma]) if comma > 0 else None
        if names and all(surely_a_person(n) for n in names) \
                and _IN_RE.match(s, comma, end) is None:
            # "“The Case for Reparations” by Ta-Nehisi Coates, The Atlantic, June 2014": the
            # writer, then where and when it ran
            trial = draft.copy()
            trial.put_names("author", names, by.end(), comma)
            if read_container(trial, comma + 1, end):
                draft.adopt(trial)
                return True
        within = _IN_RE.search(s, by.end(), end)
        names = parse_name_list(s[by.end():within.start()]) if within else None
        if within and names:
            # ""The Original Affluent Society" by Marshall Sahlins, in Stone Age Economics"
            draft.put_names("author", names, by.end(), within.start())
            read_container(draft, within.end(), end)
            if draft.type == "article-magazine" and _is_book_title(draft):
                draft.type = "chapter"
            return True
        who = trim(s, by.end(), end)
        the = _THE_RE.match(s, *who)
        body = parse_organisation(s[the.end() if the else who[0]:who[1]].rstrip("."))
        if body is not None:
            # ""Study: …," by University at Albany (2023)", "by the U.S. National Weather
            # Service": a body wrote it
            draft.put_names("author", [body], the.end() if the else who[0], who[1])
            return True
        _read_after(draft, by.end(), end)  # "by Freakonomics Radio": where it ran, no "by"
        return True
    return False


def _surnames_joined(text: str) -> list[Name] | None:
    """"Ioffe & Szegedy", "Levitt and Dubner": two or more surnames, none alone (a lone
    word after "by" may be a firm or a show)."""
    names = surnames_alone(text)
    return names if names is not None and len(names) > 1 else None


def _people_after_comma(s: str, start: int, end: int) -> tuple[list[Name], tuple[int, int]] | None:
    """The people a comma after a quoted title names, each by given name and surname, up to
    the line's end or a full stop that a remark follows; and where they stand."""
    a = s.find(",", start, end) + 1
    stops = [m.start() for m in _REMARK_STOP_RE.finditer(s, a, end)] + [end]
    for b in stops:
        who = s[a:b].strip().rstrip(".")
        if not who or who.lower() in PERIODICALS:
            continue
        names = parse_name_list(who)
        if names and all(n.given and n.family and surely_a_person(n) for n in names):
            return names, (a, b)
    return None


# A full stop that ends the people after a quoted title and opens a remark ("… Luke
# Humphrey. Bought it, …"); not an initial's ("Jerome H. Friedman").
_REMARK_STOP_RE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")


def _is_book_title(draft: Draft) -> bool:
    """A container named after "by Author, in" that is no known periodical is a book."""
    container = (draft.get("container-title") or "").lower()
    return container not in PERIODICALS and not any(
        k in draft.values for k in ("volume", "issue", "URL")
    )


def _read_after(draft: Draft, start: int, end: int) -> None:
    """", The Guardian, 21 June 2019" · " in The Observer" · ", Revolutions podcast, ep. 1"."""
    s = draft.s
    remark = _BOOK_REMARK_RE.search(s, start, end)
    if remark:  # "…, 361–386 — issue foreword on CIAO: …": a remark on the reading
        end = remark.start()
    intro = _CONTAINER_INTRO_RE.match(s, start, end)
    a = intro.end() if intro else start
    if intro and intro.group("word") == "on":
        draft.type = "broadcast"  # "… on Tides of History": a programme
    pieces = _comma_pieces(s, a, end)
    if any(_PODCAST_RE.search(s[p:q]) or _EPISODE_RE.search(s[p:q])
           or s[p:q].lower() in NETWORKS for p, q in pieces):
        _read_programme(draft, pieces)
    elif not (intro and intro.group("word") in ("in", "In") and _read_book(draft, a, end)):
        read_container(draft, a, end)
        if intro and intro.group("word") == "In" and _is_book_title(draft):
            draft.type = "chapter"  # Chicago's "… .” In The Kiss of Lamourette. 1990."


def _read_book(draft: Draft, start: int, end: int) -> bool:
    """The book a quoted chapter is "in", when its editors or its imprint say it is one:
    "in J. H. Burns (ed.), The Cambridge History of Medieval Political Thought (Cambridge,
    1988), pp. 211–51" (MHRA, Oxford reading lists), "in Raphael Samuel, ed., People's
    History (London: Routledge, 1981), 239" (Chicago notes), "in his The Times of Bede, ed.
    S. Baxter (Oxford, 2006)".  The book's editors go to `editor`, as CSL has it."""
    s = draft.s
    a, b = trim(s, start, end)
    remark = _BOOK_REMARK_RE.search(s, a, b)
    if remark:  # "…, 1–20 — an introduction to the debate": a remark on the reading
        b = remark.start()
    trial = draft.copy()
    pages = _BOOK_PAGES_RE.search(s, a, b)
    if pages:
        trial.put("page", pages.start("p"), pages.end("p"))
        b = pages.start()
    head = _EDITORS_HEAD_RE.match(s, a, b)
    who = head.group("who") if head else ""
    # after "(eds.)" surnames alone are names: "in Smith & Jones (eds.), *Book*"
    names = (parse_inverted_list(who) if "," in who else parse_name_list(
        who, allow_mononym=True)) if who else None
    if head and names:
        trial.put_names("editor", names, head.start("who"), head.end("who"))
        a = head.end()
    elif (own := _OWN_BOOK_RE.match(s, a, b)) is not None:
        a = own.end()  # "in his The Times of Bede": the author's own book
    b = read_title_clauses(trial, a, b)  # ", ed. S. Baxter"; "(Cambridge, 1988)"
    b = read_tail(trial, a, b)
    container = s[a:b].strip(" ,")
    imprint = "publisher" in trial.values or "publisher-place" in trial.values
    if not ("editor" in trial.names or imprint) or not is_title_like(container) or \
            container.lower() in PERIODICALS:
        return False  # "in The Guardian (2018)": a newspaper, no book
    trial.put("container-title", *trim(s, a, b))
    trial.type = "chapter"
    draft.adopt(trial)  # the reading holds: keep all it found
    return True


def _read_programme(draft: Draft, pieces: list[tuple[int, int]]) -> None:
    """"Revolutions podcast", "episode 10.1", "Mike Duncan", "BBC Radio 4", "2019"."""
    s = draft.s
    draft.type = "broadcast"
    for p, q in pieces:
        text = s[p:q]
        episode = _EPISODE_RE.search(text)
        podcast = _PODCAST_RE.search(text)
        if episode and episode.start() == 0:
            draft.put("number", p + episode.start("n"), p + episode.end("n"))
        elif text.lower() in NETWORKS:
            draft.put("publisher", p, q)
        elif podcast:
            if "blog" in podcast.group().lower():
                draft.type = "post-weblog"
            draft.put("container-title", p, p + podcast.start())
        elif "author" not in draft.names and (names := parse_name_list(text)):
            draft.put_names("author", names, p, q)
        elif not read_date(draft, p, q) and "container-title" not in draft.values:
            draft.put("container-title", p, q)


def _comma_pieces(s: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while True:
        comma = s.find(",", pos, end)
        piece = trim(s, pos, end if comma < 0 else comma)
        if piece[0] < piece[1]:
            out.append(piece)
        if comma < 0:
            return out
        pos = comma + 1
