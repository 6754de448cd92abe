"""Citations in the formal styles: APA, Chicago, MLA and Harvard.

They open with authors in sorting order ("Deutscher, I.") and continue in
sentences: author-date styles put the date next ("(1954).", "1954."),
notes-bibliography styles put the title next and the imprint last.  Both share
`read_body`, which reads the title and the sentences after it.
"""

from __future__ import annotations

import re

from ..model import Name
from .clauses import read_title_clauses, read_trailing_place
from .draft import Draft, trim
from .lexicon import COMPOUND_SURNAMES, GIVEN_NAMES, PERIODICALS
from .names import (
    is_initial,
    is_mononym,
    known_given_name,
    leading_people,
    parse_inverted_list,
    parse_name_list,
    plausible_surname,
    surely_a_person,
)
from .order import COMMON_WORD, frequencies
from .rejection import a_lifetime
from .segments import (
    DATE_RE,
    EDITION_STATEMENT,
    cut_trailing_date,
    has_month,
    is_imprint,
    is_place,
    is_publisher,
    read_container,
    read_date,
    read_imprint,
)
from .titles import is_title_like, opens_title

_AUTHOR_DATE_PAREN_RE = re.compile(
    r"(?P<names>[^()\"“”‘]{2,250}?)[\s.,]*(?:\((?P<role>[A-Za-z .]{2,20})\)[\s.,]*)?"
    r"\((?P<date>[^()]{4,30})\)[.,:]?\s+(?=\S)"
)
_AUTHOR_DATE_BARE_RE = re.compile(
    r"(?P<names>[^()\"“”‘]{2,250}?)[.,]?\s+(?:\((?P<role>[A-Za-z .]{2,20})\)[.,]{0,2}\s+)?"
    r"(?P<date>(?:1[0-9]|20)\d\d[a-z]?)\s?(?P<sep>[.,])\s+(?=\S)"
)
# What must follow the date of an author-date line: more text after "(1954)." or "1954.".
# Every branch opens with a plain character, so a search skips to the ")", "1" and "2".
_AUTHOR_DATE_HINT_RE = re.compile(
    r"\)[.,:]?\s+\S|1[0-9]\d\d[a-z]?\s?[.,]\s+\S|20\d\d[a-z]?\s?[.,]\s+\S")
# The full stop of a formal list after the names or after the date: "Einstein. (1954)",
# "Morrison (1987). Beloved".
_APA_DOTS_RE = re.compile(r"\.\s")
_SURNAME_LIST_SPLIT_RE = re.compile(r",?\s+(?:and|&)\s+")
# Between the roles in APA's brackets: "H. Zohn, Trans.; H. Arendt, Ed.", "G. Ferrari, Ed. &
# T. Griffith, Trans." (an "&" after a role only: "A. Smith & B. Jones, Eds." is one part).
_ROLE_PART_SPLIT_RE = re.compile(
    r"\s*;\s*|(?:(?<=Ed\.)|(?<=Eds\.)|(?<=Trans\.))\s+(?:&|and)\s+", re.IGNORECASE)
# The language a list notes after a title, of the copy it means: "(Spanish)", "(in French)".
_LANGUAGES = frozenset({
    "english", "spanish", "french", "german", "italian", "portuguese", "russian", "chinese",
    "japanese", "arabic", "dutch", "swedish", "polish", "greek", "latin", "hebrew", "korean",
    "turkish", "catalan", "danish", "norwegian", "finnish", "czech", "hungarian",
})
_VOLUME_DOT_ISSUE_RE = re.compile(r"\s+(?P<v>\d{1,4})\.(?P<i>\d{1,3})[\s,.]*$")
_DATE_FIRST_RE = re.compile(r"\((?P<date>[^()]{4,30})\)\.\s+(?=\S)")
# One capitalised word, then a bracket or the end: the surname after "Sam J." or "C.L.".
_NAME_GOES_ON_RE = re.compile(r"[A-ZÀ-Þ][\w'’-]+\s*(?:\(|$)")
_ONE_INITIAL_RE = re.compile(r"[A-Z]\.")
# A given name after a first initial, as people write theirs: "Fitzgerald, F. Scott.",
# "Warner, Marcus, and E. James Wilder.", "Wilder, E. James, Edward M. Khouri, …".
_GIVEN_AFTER_INITIAL_RE = re.compile(r"(?P<given>[A-Z][a-z]+)(?=\.\s|,\s|\s[A-Z][\w'’-]+[.,]\s)")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,9}")
_ONE_NAME_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+")
_NAME_END_RE = re.compile(r"\.\s+(?=\S)")
_ROMAN_AFTER_RE = re.compile(r"\b(?:Vol(?:ume)?\.?|Part|Book)\s+[IVX]$")
# An edition closing a title's sentence: "Documents and Commentary, 2nd Ed. Cambridge: …".
_EDITION_END_RE = re.compile(r",\s*\d{1,2}(?:st|nd|rd|th)\s+(?:ed|edn)\.$", re.IGNORECASE)
_REPRINT_RE = re.compile(r"(\d{4})\s*/\s*(\d{4})$")
# The next token is another initial of the name ("R. W. Southern", "Southern, R. W., …"),
# or the name's role in brackets ("McKitterick, R. (ed.), Title": a casual line).
_NEXT_INITIAL_RE = re.compile(r"[A-Z]\.[\s,]|\((?i:eds?\.?|editors?)\)[,.\s]")
_BRACKET_ROLE_RE = re.compile(r"\s*\((?P<role>eds?\.?|editors?|trans\.?)\)\.?$", re.IGNORECASE)
# After an initial's dot, the names go on: "and Percy H. Muir", "Ernest, and Trevor …".
_LIST_GOES_ON_RE = re.compile(r"(?:and|&)\s+[A-Z]|[A-Z][\w'’-]*,\s+(?:and|&)\s+[A-Z]")
# ", ed." after the names; Harvard lists write it without the comma too: "Smith, J. ed. (1999)",
# "Hall, S. & Jacques, M. eds (1989)".  The mark first, as in clauses._ROLE_CLAUSE_RE.
_ROLE_SUFFIX_RE = re.compile(
    r"[,\s](?:(?<=,)\s*|(?<=\s)\s*(?=(?-i:eds?\b|edd\b|editors?\b)))"
    r"(?P<role>eds?\.?|edd\.?|editors?|directors?|dir\.?|trans\.?|translators?|comp\.?)$",
    re.IGNORECASE,
)
_BOUNDARY_RE = re.compile(r"[.?!](?=\s+\S)")
_ABBREVIATIONS = frozenset(
    {
        "ed", "eds", "edd", "trans", "tr", "vol", "vols", "no", "nos", "pp", "p", "jr", "sr", "st",
        "mr", "mrs", "ms", "dr", "prof", "rev", "dir", "comp", "al", "etc", "vs", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "inc", "ltd",
        "repr", "orig", "ch", "chap", "pt", "ser", "c", "ca", "cf", "n.d", "edn", "b.c", "a.d",
        "b.c.e", "c.e",
    }
)
_DASHES = frozenset("-–—")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by"})
_DIGIT_RE = re.compile(r"\d")
# Abbreviations after which a name or title goes on: "Vol. 14", "Mrs. Dalloway".
_MID_NAME_ABBREVIATIONS = frozenset(
    {"vol", "vols", "no", "nos", "pt", "bk", "ch", "chap", "mr", "mrs", "ms", "dr", "st",
     "prof", "vs"}
)
_OPEN_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“"}
_CLOSING_QUOTES = frozenset(_OPEN_QUOTES.values())
# ". Ed. Norman F. Cantor.", ". Trans. Edith Grossman.": a title's editors or translators.
_EDITOR_CLAUSE_RE = re.compile(
    r"[.?!]\s+(?:Ed|Eds|Trans|Tr)\.\s+[A-Z]|[.?!]\s+(?:Edited|Translated)\s+by\s+[A-Z]")
_TRANSLATED_RE = re.compile(r"^(?:translated|trans\.|tr\.)(?:\s+by)?\s+", re.IGNORECASE)
# "edd." is the classicists' plural: "edd. Bogdana Carpenter and Madeline G Levine."
_EDITED_RE = re.compile(r"^(?:edited|edd?\.|eds\.)(?:\s+by)?\s+", re.IGNORECASE)
_IN_RE = re.compile(r"^in:?\s+", re.IGNORECASE)  # Harvard as Leeds lists write it: "In: "
# A multi-volume work's years of publication closing its imprint: "…, 1988-1993.",
# "…, 1978-ongoing." (the first is the edition's date).
_YEARS_PUBLISHED_RE = re.compile(
    r",?\s*(?P<y>(?:1[5-9]|20)\d\d)\s*[-–]\s*(?:(?:1[5-9]|20)\d\d|ongoing|present)\.?\s*$")
# The number of volumes after the title: "The Cambridge History of Japan. 5 vols. Ed. …"
_VOLUMES_SENTENCE_RE = re.compile(r"(?P<n>\d{1,3})\s+vols?\.\s+", re.IGNORECASE)
# After an editor's names, the others left unnamed, and the sentence's end: "Ed. John
# Whitney Hall et al. Cambridge: …" (a closing "et al" the name lists drop themselves).
_ET_AL_STOP_RE = re.compile(r"\bet\.?\s+al\.(?=\s+[A-Z])")
# A whole imprint, town, publisher and year: "Washington, DC: Central Intelligence Agency, 2009."
_PLACE_IMPRINT_RE = re.compile(
    r"[A-ZÀ-Þ][^.:;]{1,40}?\s?:\s+[A-ZÀ-Þ][^:;]{1,80},\s*(?:1[5-9]|20)\d\d\.?\s*")
_BY_OR_DASH_RE = re.compile(r"\sby\s|\s[–—-]\s", re.IGNORECASE)
_EDITOR_MARK_RE = re.compile(r"\s*\((?:eds?\.?)\)\s*,?\s*", re.IGNORECASE)
# "Vol. 2", APA's "(Vols. 1–2)", "(vols. I–III)" after the title
_ARTICLE_OPENING_RE = re.compile(r"(?:A|An|The)\s+[A-Z]")
_VOL_RE = re.compile(r"^(?P<open>\()?vol(?:ume)?s?\.?\s*(?P<v>(?:\d{1,4}|[IVXL]{1,6})"
                     r"(?:\s*[–-]\s*(?:\d{1,4}|[IVXL]{1,6}))?)(?(open)\))$", re.IGNORECASE)
_ORIGINAL_RE = re.compile(r"^\(?original work published (?P<y>\d{4})\)?$", re.IGNORECASE)
_JOURNAL_HINT_RE = re.compile(
    r"\d+\s*\(\d+[^)]*\)|\bvol\.\s*\d|\bno\.\s*\d|\bpp?\.\s*\d|\d+\s*[-–]\s*\d+\s*$"
    r"|,\s*\d{1,4}\s*,\s*e?\d{1,7}\s*$",  # "Poetics, 74, 101344": volume, article number
    re.IGNORECASE,
)
_COMMA_IMPRINT_RE = re.compile(
    r",\s+[A-ZÀ-Þ][^,:;]{1,30}:\s+[A-Z][^,:;]{1,60}(?:,\s*\d{4})?\.?\s*$"
)
_CHAPTER_NUMBER_RE = re.compile(r"\d{1,2}")
_VOLUME_AFTER_RE = re.compile(r",\s*\d{1,4}\b")
_IMPRINT_YEAR_END_RE = re.compile(r"(?:^|[,.]\s*)(?:1[5-9]|20)\d\d$")
_PAGE_RANGE_RE = re.compile(r"(?:pp?\.\s*)?(?P<p>\d{1,5}\s*[-–]\s*\d{1,5})")
_PAGES_ONLY_RE = re.compile(r",\s*(?:pp?\.\s*)?(?P<p>\d{1,5}\s*[-–]\s*\d{1,5})\s*$")
_AFTER_TITLE_RE = re.compile(r"\s*(?P<open>[(\[])(?P<inner>[^()\[\]]{1,60})[)\]]\.?")
_BRACKET_TYPES: dict[str, str] = {
    "film": "motion_picture", "motion picture": "motion_picture", "movie": "motion_picture",
    "documentary": "motion_picture", "tv series": "broadcast", "tv series episode": "broadcast",
    "television series": "broadcast", "audio podcast episode": "broadcast",
    "audio podcast": "broadcast", "podcast episode": "broadcast", "podcast": "broadcast",
    "video": "motion_picture", "blog post": "post-weblog", "web page": "webpage",
}
# APA's description of a work after its title: "*Pragmatism* (lectures)".
_DESCRIPTIONS = frozenset({"lecture", "lectures", "lecture course", "lecture notes"})
_ROLE_FIELDS: dict[str, str] = {
    "ed": "editor", "eds": "editor", "edd": "editor", "editor": "editor", "editors": "editor",
    "director": "director", "directors": "director", "dir": "director", "trans": "translator",
    "translator": "translator", "translators": "translator", "comp": "editor",
    "host": "author", "hosts": "author", "writer": "author", "producer": "author",
}

# "4th ed. New York: HarperCollins, 1993": an edition opening the imprint's sentence.
_LEADING_EDITION_RE = re.compile(
    rf"(?:(?P<ed>{EDITION_STATEMENT})|repr\.|repr(?=,)|reprint(?:ed)?(?=,))[\s,]*(?=\S|$)",
    re.IGNORECASE,
)
_TITLE_EDITION_RE = re.compile(rf",\s*(?P<ed>{EDITION_STATEMENT})\.?$")


def parse_author_date(base: Draft, start: int, end: int) -> Draft | None:
    """APA / Harvard / Chicago author-date: "Deutscher, I. (1954). Title. Publisher."."""
    s = base.s
    if _AUTHOR_DATE_HINT_RE.search(s, start, end) is None:
        return None  # nothing follows a date: spare the two patterns that scan the names
    if s.startswith("(", start):
        return _date_first(base, start, end)
    m = _AUTHOR_DATE_PAREN_RE.match(s, start, end)
    bare = False
    life = m is not None and _life_dates(s, m)
    if m is None or not (life or _good_date(s, m.start("date"), m.end("date"))):
        m = _AUTHOR_DATE_BARE_RE.match(s, start, end)
        bare = True
        if m is None:
            return None
    role = _role_field(m.group("role")) if m.group("role") else "author"
    names_stop = m.end("names")
    suffix = _ROLE_SUFFIX_RE.search(s, m.start("names"), names_stop)
    if suffix is not None and role == "author":  # "Smith, John, ed. 2000. Title."
        role, names_stop = _role_field(suffix.group("role")), suffix.start()
    names, names_end = _author_names(s, m.start("names"), names_stop)
    marked = any(a == m.end() for a, _ in base.emphasis)  # "(2019). *grokking deep learning*."
    surnames = names is None and not bare
    if surnames:
        names, names_end = _surnames_alone(s, m.start("names"), names_stop, m.end(), end)
    if surnames and names is None and _ACRONYM_RE.fullmatch(m.group("names")):
        # "NVIDIA (2021). *Conversational AI demystified*.": APA's body as author, by its
        # initials ("WHO (2020).", "OECD (2019)."); the stop after the date is still needed
        names, names_end = [Name(literal=m.group("names"))], m.end("names")
    if names is None or not (opens_title(s[m.end():end]) or marked):
        return None  # "Battleship Potemkin (1925), directed by …" is no author-date line
    draft = base.fork()
    reprint = _REPRINT_RE.match(m.group("date"))
    if life:
        pass  # the years of the author's life date no work
    elif reprint:  # APA "(1867/1976)": first published, then the edition cited
        draft.original_year = int(reprint.group(1))
        read_date(draft, m.start("date") + reprint.start(2), m.start("date") + reprint.end(2))
    else:
        read_date(draft, m.start("date"), m.end("date"))
    draft.put_names(role, names, m.start("names"), names_end)
    if role == "director":
        draft.type = "motion_picture"
    draft.form = "author-date"
    if bare and m.group("sep") == ",":
        done = _read_harvard_commas(draft, m.end(), end)
    else:
        done = read_body(draft, m.end(), end, article=has_month(draft))
    dotted = _APA_DOTS_RE.match(s, names_end) or _APA_DOTS_RE.match(s, m.end("date") + 1)
    if surnames and not (dotted or draft.get("publisher") or draft.get("publisher-place")):
        return None  # "Jaws (1975) Spielberg", "Casablanca (1942) A classic.": a film's line
    return draft if done else None


def _date_first(base: Draft, start: int, end: int) -> Draft | None:
    """"--- (2018). “Overcoming algorithm aversion …”. In: *Management Science* …": the
    date opens the entry when biblatex's dash for the author above was read as the list's
    marker; the rest reads as after an author's name."""
    s = base.s
    m = _DATE_FIRST_RE.match(s, start, end)
    if m is None or not _good_date(s, m.start("date"), m.end("date")) or not (
            s[m.end()] in _OPEN_QUOTES or any(a == m.end() for a, _ in base.emphasis)):
        return None
    draft = base.fork()
    read_date(draft, m.start("date"), m.end("date"))
    draft.form = "author-date"
    return draft if read_body(draft, m.end(), end, article=has_month(draft)) else None


def _title_then_imprint(s: str, word: re.Match[str], end: int) -> bool:
    """After "Haggard, H. Rider." the title and then the imprint: the word after the initial
    is the rest of the name ("Smith, J. Dune. New York: Ace, 1969." has its imprint next)."""
    after = _skip_space(s, word.end() + 1, end)
    if s[word.end():word.end() + 1] != "." or _PLACE_IMPRINT_RE.fullmatch(s, after, end):
        return False
    stop = _NAME_END_RE.search(s, after, end)
    return stop is not None and _PLACE_IMPRINT_RE.fullmatch(s, stop.end(), end) is not None


def parse_bibliography(base: Draft, start: int, end: int) -> Draft | None:
    """Chicago / MLA notes-bibliography: "Deutscher, Isaac. Title. Place: Publisher, 1954."."""
    s = base.s
    for m in _NAME_END_RE.finditer(s, start, min(end, start + 250)):
        dot = m.start()
        if _NEXT_INITIAL_RE.match(s, m.end()):
            continue  # the next token is another initial of the same name
        before = s[start:dot].rsplit(None, 1)[-1] if s[start:dot].strip() else ""
        if s[m.end()] in _DASHES or before.lower() in _MID_NAME_ABBREVIATIONS:
            continue  # "Kurt Vonnegut Jr. – Title", "Fullmetal Alchemist Vol. 14", "Mrs. Dalloway"
        if _LIST_GOES_ON_RE.match(s, m.end()):
            continue  # "Dupuy, R. Ernest, and Trevor N. Dupuy.", "Ezell, Margaret J.M. and …"
        keep_dot = is_initial(before + ".") or before in ("Jr", "Sr")
        if keep_dot and len(before) == 1 and (
                given := _GIVEN_AFTER_INITIAL_RE.match(s, m.end(), end)) is not None \
                and (given.group("given") in GIVEN_NAMES or _title_then_imprint(s, given, end)):
            continue  # the initial's given name follows: "Fitzgerald, F. Scott. Title."
        if keep_dot and _NAME_GOES_ON_RE.match(s, m.end(), end) and not _ONE_INITIAL_RE.fullmatch(
                s[s.rfind(",", start, dot) + 1:dot + 1].strip()):
            continue  # "Blackfish City, Sam J. Miller (Ecco)": a name in reading order goes on
        names_end = dot + 1 if keep_dot else dot
        role = "author"
        role_m = _ROLE_SUFFIX_RE.search(s, start, dot + 1 if keep_dot else dot) or \
            _BRACKET_ROLE_RE.search(s, start, dot + 1)  # "Ranger, T. (Eds). Title."
        if role_m:
            role = _role_field(role_m.group("role"))
            names_end = role_m.start()
        if any(start <= a < names_end and not (a == start and not s[b:names_end].strip(" .,"))
               for a, b in base.emphasis):
            # "Schaefer. *Topological Vector Spaces*. 2nd ed.": the title is in italics (a name
            # in bold from the start is a name: "**Deutscher, Isaac**. Title. …")
            break
        text = s[start:names_end]
        if ": " in text:
            return None  # "Kehlmann, Daniel: Die Vermessung der Welt. …": the name ends there
        if "," in text or role != "author":
            names = parse_inverted_list(text)
            if names and _reading_order_family(names[0]):
                continue  # "Tom Wicker, Dwight D. Eisenhower (1962)": author, then title
            if names and _no_surname_in(names[0].family, s[s.rfind(",", start, dot) + 1:end]):
                continue  # "Designing Data-Intensive Applications, M. Kleppmann": a title
            rest = parse_name_list(s[m.end():end].strip(" ."))
            if names and rest is not None and len(rest) == 1 and known_given_name(rest[0]):
                continue  # "Coding Freedom, E. Gabriella Coleman": a title, then a name
        else:  # "Karl Marx. Capital, Volume I. 1867.", "Plato. Republic. Translated by …"
            if _PLACE_IMPRINT_RE.fullmatch(s, _skip_space(s, m.end(), end), end):
                return None  # "CIA World Factbook. Washington, DC: …, 2009.": a title, no author
            names = parse_name_list(text, allow_mononym=True)
            if names and not all(n.given or n.literal or is_mononym(n) for n in names):
                names = None
            if names and not any(map(known_given_name, names)) \
                    and _title_then_people(base, start, end, known=True) is not None:
                return None  # "Programming Pearls. Jon Bentley.": a title, then its author
        if names is None or any(start <= x and y <= names_end and (x, y) != trim(
                s, start, names_end) for x, y in base.emphasis):
            continue  # "Malory, *Works*, ed. Eugène Vinaver": the italics hold a title
        if _marked_title_before_names(base, start, names_end, m.end(), end):
            return None  # the line opens with its title, in italics
        if _EDITOR_CLAUSE_RE.match(s, dot):
            return None  # "Don Quixote. Trans. Edith Grossman.": a title, then its translator
        draft = base.fork()
        draft.put_names(role, names, start, names_end)
        if role == "director":
            draft.type = "motion_picture"
        draft.form = "bibliography"
        return draft if read_body(draft, m.end(), end, article=False) else None
    return None


def _no_surname_in(family: str | None, after_comma: str) -> bool:
    """Three capitalised words and more make a title, not a family name ("Designing
    Data-Intensive Applications, M. Kleppmann"; not "Lloyd Webber", "van der Berg"); so do
    two, when the comma opens a list of people ("Distributed Systems, M. van Steen and A.S.
    Tanenbaum (free with registration)")."""
    words = (family or "").split()
    if len(words) < 2 or not all(w[0].isupper() for w in words) or family in COMPOUND_SURNAMES:
        return False
    people = parse_name_list(after_comma.split(" (", 1)[0].strip(" .")) if len(words) == 2 \
        else None
    return len(words) >= 3 or (people is not None and len(people) >= 2)


def _marked_title_before_names(base: Draft, start: int, names_end: int, rest: int,
                               end: int) -> bool:
    """"*Concrete Mathematics*. Ronald Graham, Donald Knuth.": the stretch set off in
    italics is the title when what follows it is a list of people, not the other way."""
    if trim(base.s, start, names_end) not in base.emphasis:
        return False
    return leading_people(base.s[rest:end].strip()) is not None


def parse_title_first(base: Draft, start: int, end: int) -> Draft | None:
    """Notes-bibliography with the title first, where no author opens the line.

    "The Bhagavad-Gita. Trans. Barbara Stoler Miller. New York: Bantam, 1986.",
    "Homer, The Odyssey. Trans. Robert Fagles. …" (a single name before the
    comma), "Paideia I Reader: Fall 2007. Jacqueline Wilkie. Decorah, IA: Luther
    College, 2007.".  The sentence after the title must name a translator or
    an editor, or be a person's full name followed by an imprint with a year:
    a bare "Title. Something." is no citation.
    """
    s = base.s
    if s[start:start + 1] in _OPEN_QUOTES:
        return None  # quoted titles are the casual and article readers' business
    ends = _sentence_ends(s, start, end)
    if not ends or s[ends[0]] != ".":
        return None
    if (trim(s, start, ends[0]) in base.emphasis and _imprint_alone(s, ends[0] + 1, end)) or (
            "," not in s[start:ends[0]]
            and _PLACE_IMPRINT_RE.fullmatch(s, _skip_space(s, ends[0] + 1, end), end)):
        # "*Volume 4 Fascicle 6, Satisfiability*. Addison-Wesley, 2015.": the italics
        # hold the whole title, commas and all, and only the imprint follows; "CIA World
        # Factbook. Washington, DC: Central Intelligence Agency, 2009.": a town, its
        # publisher and a year say the same of a title without italics
        draft = base.fork()
        if not draft.put("title", start, ends[0]):
            return None
        draft.form = "bibliography"
        _read_sentences(draft, ends[0] + 1, end, first=False, article=False)
        return draft
    if " al." in s[start:end]:  # "Ed. John Whitney Hall et al. Cambridge: …": its stop ends
        ends = sorted({*ends, *(m.end() - 1 for m in _ET_AL_STOP_RE.finditer(s, start, end))})
    if len(ends) < 2 or _CLOSING_TAG_RE.match(s, ends[1] + 1, end):
        return _title_then_people(base, start, end)
    first = s[start:ends[0]]
    if _BY_OR_DASH_RE.search(first) or ("," in first and any(
            n.given for n in parse_name_list(first.split(",", 1)[0]) or [])):
        return None  # "The Odyssey by Homer.", "Victor Serge, Memoirs …": an author is there
    second = trim(s, ends[0] + 1, ends[1])
    volumes = _VOLUMES_SENTENCE_RE.match(s, *second)
    if volumes is not None:
        # "The Cambridge History of Japan. 5 vols. Ed. John Whitney Hall et al. …": the count
        # of volumes stands between the title and the editor
        second = (volumes.end(), second[1])
    role_sentence = any(p.match(s[second[0]:second[1]]) for p in (_TRANSLATED_RE, _EDITED_RE))
    person = None if role_sentence else parse_name_list(s[second[0]:second[1]])
    if not role_sentence and not (
            person and all(n.given and n.family and (n.given.split()[0] in GIVEN_NAMES or max(
                frequencies(n.family), default=9.0) < COMMON_WORD) for n in person)
            and _imprint_like(s, ends[1] + 1, end) and DATE_RE.search(s, ends[1] + 1, end)):
        return None
    draft = base.fork()
    title_start = start
    head = re.match(r"([A-Z][a-z]+),\s+(?=\S)", s[start:ends[0]])
    if head and opens_title(s[start + head.end():ends[0]]) \
            and trim(s, start, ends[0]) not in base.emphasis:  # "Homer, The Odyssey."
        # (not a title set apart whole: "_Thinking, Fast and Slow_. Daniel Kahneman. 2011.")
        names = parse_name_list(head.group(1), allow_mononym=True)
        if names:
            draft.put_names("author", names, start, start + head.end(1))
            title_start = start + head.end()
    if not is_title_like(s[title_start:ends[0]]) or not draft.put("title", title_start, ends[0]):
        return None
    rest = ends[0] + 1
    if volumes is not None:
        draft.put("number-of-volumes", volumes.start("n"), volumes.end("n"))
        rest = volumes.end()
    if person:
        draft.put_names("author", person, *second)
        rest = ends[1] + 1
    draft.form = "bibliography"
    _read_sentences(draft, rest, end, first=False, article=False)
    return draft


# A reading list's tag closing an entry: "Linux and the Unix Philosophy. Mike Gancarz. [S]".
_CLOSING_TAG_RE = re.compile(r"\s*\[[A-Za-z*]{1,3}\]\s*$")
_SHORTEST_TITLE = 4


def _title_then_people(base: Draft, start: int, end: int, *, known: bool = False
                       ) -> Draft | None:
    """"Programming Pearls. Jon Bentley.", "Visualize This. Nathan Yau.": a reading list's
    title of one sentence, then its authors closing the line,
    each surely a person, the title no one's name.  Against a surname first (`known`), the
    authors need a common given name or initials: "Beals. *Advanced Mathematical …*."."""
    s = base.s
    tag = _CLOSING_TAG_RE.search(s, start, end)
    if tag is not None:
        end = trim(s, start, tag.start())[1]
    ends = _sentence_ends(s, start, end)
    if len(ends) != 1 or s[ends[0]] != ".":
        return None
    a, b = trim(s, ends[0] + 1, end)
    year = _CLOSING_YEAR_RE.search(s, a, b)  # "Rapid Development. Steve McConnell (1996)"
    if year is not None:
        b = year.start()
    who = s[a:b].rstrip(".").strip()
    names = parse_name_list(who) if who else None
    person = known_given_name if known else surely_a_person
    if not names or not all(n.given and n.family and person(n) for n in names) \
            or any(a <= x < b for x, _ in base.emphasis):
        return None
    title = s[start:ends[0]]
    itself = parse_name_list(title)
    if len(title) < _SHORTEST_TITLE or not is_title_like(title) or _BY_OR_DASH_RE.search(title) \
            or (itself and (any(map(known_given_name, itself)) or (
                all(map(surely_a_person, itself)) and not any(map(known_given_name, names))))):
        return None  # "Karl Marx. Jon Elster." names two people; "Gen. Janis Karpinski": a rank
    draft = base.fork()
    if not draft.put("title", start, ends[0]):
        return None
    draft.put_names("author", names, a, a + len(who))
    if year is not None:
        draft.put_year(int(year["y"]), *year.span("y"))
    draft.form = "bibliography"
    return draft


_CLOSING_YEAR_RE = re.compile(r"\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\.?$")


def _imprint_alone(s: str, start: int, end: int) -> bool:
    """"Addison-Wesley, 2015.", "2009.": a year, perhaps after a publisher or a town, and
    nothing else."""
    a, b = trim(s, start, end)
    text = s[a:b].rstrip(". ")
    year = _IMPRINT_YEAR_END_RE.search(text)
    if year is None:
        return False
    rest = text[:year.start()].strip(" ,.")
    return not rest or is_publisher(rest) is not False or is_place(rest)


_TITLE_YEAR_RE = re.compile(r"\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\s*$")


# After a marked title, a sentence of the writer's own: a capitalised word and then
# lower-case words, with no stop or bracket between ("** Embryology as a lens on …").
_REMARK_AFTER_MARKED_RE = re.compile(r"[*_]*[ \t]+[A-Z][a-z]+(?:[ \t]+[a-z][\w'’-]*){2}")


def read_body(draft: Draft, start: int, end: int, *, article: bool) -> bool:
    """Title, then the sentences after it (roles, container, imprint, date)."""
    s = draft.s
    pos = _skip_space(s, start, end)
    if pos >= end:
        return False
    title_end, after = _title_extent(s, pos, end)
    if _CHAPTER_NUMBER_RE.fullmatch(s, pos, title_end) and _skip_space(s, after, end) < end:
        # "Grodal, T. (2009). 6. Sadness, melodrama, …. In _Embodied visions_ …": the
        # chapter's number before its title
        pos = _skip_space(s, after, end)
        title_end, after = _title_extent(s, pos, end)
    marked = max((y for x, y in draft.emphasis if x == pos and y <= end),
                 default=None) if draft.emphasis else None
    if marked is not None and marked > title_end:
        title_end = after = marked  # "*[Numerical Analysis, 2nd. ed.](…)*": italics bound it
    elif marked is not None and _REMARK_AFTER_MARKED_RE.match(s, marked, end):
        # "Sean B Carroll (2005) **Endless Forms Most Beautiful** Embryology as a lens on …":
        # the writer's remark runs on after the marked title, with no stop between
        return draft.put("title", pos, marked)
    elif marked is not None and is_imprint(s[marked:title_end].strip(" ,.`†*")):
        title_end = after = marked  # "**Plunder of the Commons** Pelican: London": no stop
    subtitle = _subtitle_before_container(draft, title_end, after, end)
    if subtitle is None and marked is None:
        subtitle = _subtitle_before_place(draft, title_end, after, end)
    if subtitle is not None:
        title_end, after = subtitle
    quoted = s[pos] in _OPEN_QUOTES
    if not quoted:
        title_end = read_title_clauses(draft, pos, title_end)  # ", trans. B. Fowkes"
        title_end = read_trailing_place(draft, pos, title_end)  # "…, Ithaca, N.Y."
        title_end, after = _before_bracket_notes(s, pos, title_end, after)
        edition = _TITLE_EDITION_RE.search(s, pos, title_end)
        if edition:  # "Numerical Analysis, 10th ed.": the edition, not the title
            draft.put("edition", edition.start("ed"), edition.end("ed"))
            title_end = edition.start()
        dated = _TITLE_YEAR_RE.search(s, pos, title_end) if draft.date is None else None
        if dated is not None and dated.start() > pos:
            # "Deutscher, Isaac. The Prophet Armed: Trotsky, 1879-1921 (1954)": the year
            # in brackets closing the title is the book's, not the title's
            draft.put_year(int(dated["y"]), dated.start("y"), dated.end("y"))
            title_end = dated.start()
    # a quotation that opens a title with a subtitle keeps both its marks
    if not draft.put("title", pos, title_end, keep_quotes=quoted and subtitle is not None):
        return False
    article = article or quoted
    pos = _read_after_title(draft, after, end)
    _read_sentences(draft, pos, end, first=True, article=article)
    return True


def _read_sentences(draft: Draft, start: int, end: int, *, first: bool, article: bool) -> None:
    """The sentences after the title (roles, container, imprint, date), up to a remark."""
    s = draft.s
    for seg_start, seg_end in _sentences(s, start, end):
        if not s[seg_start:seg_end].strip(" .,;:"):
            continue  # the stop after a title in italics that holds stops of its own
        if _is_remark(s, seg_start, seg_end) and not _YEAR_IN_RE.search(s, seg_end, end):
            # "… CRC Press. Programs and extra material are on GitHub": a remark (a sentence
            # with the imprint's year still to come is the entry's: "Software pioneers.
            # Springer, Berlin, Heidelberg, 2002.", a container in Google Scholar's case)
            break
        if "publisher" in draft.values and not _imprint_like(s, seg_start, seg_end):
            continue  # "… Prentice Hall. A Fortran 90 port is available": the publisher stays
        _read_segment(draft, seg_start, seg_end, first=first, article=article)
        first = False


_YEAR_IN_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _imprint_like(s: str, start: int, end: int) -> bool:
    """A date, "Original work published 1848", or "Place: Publisher": what may follow a
    publisher already read."""
    a, b = trim(s, start, end)
    text = s[a:b].strip("()")
    return ":" in text or DATE_RE.match(text) is not None or _ORIGINAL_RE.match(text) is not None


def _is_remark(s: str, start: int, end: int) -> bool:
    """A sentence about the work after its imprint, not part of the citation: "Programs
    online", "Free to read, in both a Fortran and a C++ edition", "A review is online"."""
    a, b = trim(s, start, end)
    text = s[a:b]
    words = text.split()
    if len(words) < 2 or ":" in text or _DIGIT_RE.search(text) or is_title_like(text):
        return False
    if any(p.match(text) for p in (_TRANSLATED_RE, _EDITED_RE, _IN_RE)) or text.lower(
            ).endswith("published") or is_publisher(text):
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in _SMALL_WORDS]
    return len(lower) >= 1 and words[0][:1].isupper()


def _before_bracket_notes(s: str, start: int, end: int, after: int) -> tuple[int, int]:
    """Move "(3rd ed.)", "[Film]" at the end of a title out of it."""
    while end > start and s[end - 1] in ")]":
        opener = "(" if s[end - 1] == ")" else "["
        open_at = s.rfind(opener, start, end - 1)
        if open_at <= start or not _is_note(s[open_at + 1:end - 1]):
            break
        end, after = open_at, open_at
        while end > start and s[end - 1] == " ":
            end -= 1
    return end, after


def _is_note(inner: str) -> bool:
    lowered = inner.strip().lower()
    return (lowered in _BRACKET_TYPES or lowered in _DESCRIPTIONS
            or lowered.startswith(("no.", "pp", "vol.", "vols."))
            or lowered.removeprefix("in ") in _LANGUAGES  # "(Spanish)": the copy's language
            or (lowered.endswith(("trans.", "ed.", "eds.")) and "," in lowered)
            or ("ed" in lowered and any(ch.isdigit() for ch in lowered)))


def _subtitle_before_container(draft: Draft, title_end: int, after: int,
                               end: int) -> tuple[int, int] | None:
    """Where a title that ends in a question (or a quotation and a colon) really ends,
    and where reading resumes.

    APA keeps the subtitle: "Who can resist a villain? Morality, …characters.
    _Poetics_, _74_", ""Sad movies don't always make me cry": The cognitive …
    tragedy. _Journal of Media Psychology_, _24_(1)".  The sentence after the
    question is the subtitle when the one after it is the container: in italics,
    or a periodical's volume, issue and pages.
    """
    s = draft.s
    last = s[title_end - 1] if title_end > 0 else ""
    stop = s.startswith(".", title_end)
    if not (last in "?!" or (last in _CLOSING_QUOTES and s.startswith(":", title_end)) or stop):
        return None
    sentences = _sentences(s, after, end)
    if len(sentences) < 2:
        return None
    sub_start, sub_end = trim(s, *sentences[0])
    next_start, next_end = trim(s, *sentences[1])
    if sub_start >= sub_end or not s[sub_start].isupper() or next_start >= next_end:
        return None
    in_italics = any(x == next_start for x, _ in draft.emphasis)
    if stop:
        # "The Ape That Lived to Tell the Tale. The Evolution of … _Frontiers in
        # Psychology_, _12_.": after a full stop, only a journal in italics with its volume
        # says the sentence between is the subtitle
        if not (in_italics and _VOLUME_AFTER_RE.search(s, next_start, next_end)):
            return None
    elif not (in_italics or _JOURNAL_HINT_RE.search(s, next_start, next_end)):
        return None
    return sub_end, sentences[0][1] + 1


def _subtitle_before_place(draft: Draft, title_end: int, after: int,
                           end: int) -> tuple[int, int] | None:
    """Where a title whose subtitle is a sentence of its own ends, when the town alone
    closes the entry: "Barfield, Owen. (1973). Poetic Diction. A Study in Meaning.
    Middletown."  The sentence before the town is no publisher, so it is the subtitle; so is
    a last sentence that opens with an article, as a reading list copies a cover:
    "Yuval Noah Harari. Homo Deus. A Brief History of Tomorrow." """
    s = draft.s
    sentences = _sentences(s, after, end)
    if not 1 <= len(sentences) <= 2 or s[title_end:title_end + 1] != ".":
        return None
    sub_start, sub_end = trim(s, *sentences[0])
    text = s[sub_start:sub_end]
    if (sub_start >= sub_end or not text[0].isupper() or len(text.split()) < 2
            or _DIGIT_RE.search(text) or any(x == sub_start for x, _ in draft.emphasis)
            or is_publisher(text) is not False
            or any(p.match(text) for p in (_TRANSLATED_RE, _EDITED_RE, _IN_RE))):
        return None
    if len(sentences) == 1:
        # (not after a date, where the sentence is where it ran: "(2002, March 1). Why Orwell
        # still matters. The Guardian.")
        if draft.date is not None or text.rstrip(".").lower() in PERIODICALS \
                or not (_ARTICLE_OPENING_RE.match(text) and is_title_like(text)):
            return None
    elif not is_place(s[slice(*trim(s, *sentences[1]))].rstrip(".")):
        return None
    return sub_end, sentences[0][1] + 1


def _read_after_title(draft: Draft, pos: int, end: int) -> int:
    """"(3rd ed.)", "(A. Goldhammer, Trans.)", "[Film]", "(No. 10.12)" right after a title."""
    s = draft.s
    while True:
        m = _AFTER_TITLE_RE.match(s, pos, end)
        if m is None:
            return pos
        inner = m.group("inner").strip()
        lowered = inner.lower()
        if lowered in _BRACKET_TYPES:
            draft.type = _BRACKET_TYPES[lowered]
        elif lowered.endswith(("trans.", "ed.", "eds.")) and "," in inner:
            offset = m.start("inner")
            # "(H. Zohn, Trans.; H. Arendt, Ed.)", "(G. Ferrari, Ed. & T. Griffith, Trans.)"
            cuts = [0, *(x for sep in _ROLE_PART_SPLIT_RE.finditer(inner)
                         for x in (sep.start(), sep.end())), len(inner)]
            for start, stop in zip(cuts[::2], cuts[1::2], strict=True):
                who, _, role = inner[start:stop].rpartition(",")
                names = parse_name_list(who)
                if names:
                    field = "translator" if role.strip().lower().startswith("trans") else "editor"
                    a = offset + start + len(who) - len(who.lstrip())
                    draft.put_names(field, names, a, offset + start + len(who))
        elif lowered.startswith("no."):
            draft.put("number", m.start("inner") + 3, m.end("inner"))
        elif lowered.removeprefix("in ") in _LANGUAGES:
            pass  # "**[Global Political Ecology](…)** (Spanish).": which copy, not the title
        elif "," in inner and _read_bracket_parts(draft, m.start("inner"), m.end("inner")):
            pass  # "(5th ed., Vol. 1)"
        elif "ed" in lowered and any(ch.isdigit() for ch in lowered):
            draft.put("edition", m.start("inner"), m.end("inner"))
        elif lowered.startswith("pp"):
            draft.put("page", m.start("inner") + 3, m.end("inner"))
        elif lowered.startswith("vol."):
            draft.put("volume", m.start("inner") + 4, m.end("inner"))
        else:
            return pos
        pos = m.end()


# APA's notes in one bracket, each a field of its own: "(5th ed., Vol. 1)", "(6th ed., pp.
# 169–192)", "(pp. 217–251)".
_BRACKET_PART_RE = re.compile(
    r"\s*(?:(?P<ed>(?:\d{1,2}(?:st|nd|rd|th)|rev\.?|revised)\s+ed(?:ition|n)?\.?)"
    r"|vols?\.\s*(?P<vol>[\dIVXLC]+(?:\s*[-–]\s*[\dIVXLC]+)?)"
    r"|pp?\.\s*(?P<pages>\d+(?:\s*[-–]+\s*\d+)?))\s*", re.IGNORECASE)
_TRAILING_BRACKET_RE = re.compile(r"\s*\((?P<inner>[^()]{1,60})\)\s*\.?\s*$")


def _read_bracket_parts(draft: Draft, start: int, end: int) -> bool:
    """Each comma-separated part of a bracket read as its field, when every part is one."""
    s = draft.s
    parts = []
    pos = start
    for stop in [*(i for i in range(start, end) if s[i] == ","), end]:
        m = _BRACKET_PART_RE.fullmatch(s, pos, stop)
        if m is None:
            return False
        parts.append(m)
        pos = stop + 1
    for m in parts:
        field, group = next((f, g) for f, g in (("edition", "ed"), ("volume", "vol"),
                                                ("page", "pages")) if m[g])
        draft.put(field, m.start(group), m.end(group))
    return True


_THESIS_WORDS = frozenset({"diss", "phd diss", "ph.d. diss", "ph.d diss", "dissertation",
                           "phd dissertation", "doctoral dissertation", "thesis", "phd thesis",
                           "ph.d. thesis", "ma thesis", "msc thesis", "master's thesis"})


def _read_segment(draft: Draft, start: int, end: int, *, first: bool, article: bool) -> None:
    s = draft.s
    a, b = trim(s, start, end)
    if a >= b:
        return
    edition = _LEADING_EDITION_RE.match(s, a, b)
    if edition:  # "2nd edition. Guilford Press.", "Repr., Catholic University of America Press"
        if edition.group("ed"):
            draft.put("edition", edition.start("ed"), edition.end("ed"))
        a = edition.end()
    text = s[a:b]
    for pattern, role in ((_TRANSLATED_RE, "translator"), (_EDITED_RE, "editor")):
        m = pattern.match(text)
        if m:
            rest = _take_names(draft, role, a + m.end(), b)
            if rest < b:
                _read_imprint_segment(draft, rest, b)
            return
    original = _ORIGINAL_RE.match(text)
    if original:
        draft.original_year = int(original.group("y"))
        return
    if text[:1] == "(" and text[1:-1].lower() in _DESCRIPTIONS:
        return  # "(lecture course)": what kind of work, no field of its own
    if text.rstrip(" .").lower() in _THESIS_WORDS:
        draft.type = "thesis"  # MLA's "Diss. Massachusetts Institute of Technology, 1998."
        return
    vol = _VOL_RE.match(text)
    if vol:
        draft.put("volume", a + vol.start("v"), a + vol.end("v"))
        return
    if (in_m := _IN_RE.match(text)) and "container-title" not in draft.values:
        _read_in(draft, a + in_m.end(), b)
        return
    if read_date(draft, a, b):
        return
    if first and (article or _JOURNAL_HINT_RE.search(text) or _periodical_segment(draft, a, b)) \
            and "container-title" not in draft.values:
        read_container(draft, a, b)
        return
    _read_imprint_segment(draft, a, b)


def _periodical_segment(draft: Draft, start: int, end: int) -> bool:
    """The sentence after the title names where it ran, not who published it: it opens in
    italics (APA sets the journal so, the article's title plain: "Title. _Frontiers in
    Psychology_, 12."), or it is a known newspaper or magazine ("*Title*. WIRED. URL: …")."""
    text = draft.s[start:end].strip(" .,")
    if any(a == start and a < b for a, b in draft.emphasis):
        return not is_publisher(text)  # "*Penguin*" is still a publisher
    url = draft.values.get("URL")
    if url is not None and "DOI" not in draft.values and end <= url[2] \
            and not draft.s[end:url[2]].strip(" .:<>"):
        # "*Title*. The Verge. URL: <…>": the site a page is on, right before its address,
        # as biblatex prints it (the address and its label are blanked out by now)
        return not is_publisher(text)
    return text.lower() in PERIODICALS


def _read_imprint_segment(draft: Draft, start: int, end: int) -> None:
    s = draft.s
    a, b = trim(s, start, end)
    if (pages := _PAGE_RANGE_RE.fullmatch(s, a, b)) and not DATE_RE.match(s[a:b]):
        # "… Philadelphia, PA: 2000. 123-167.": the pages alone
        draft.put("page", pages.start("p"), b)
        return
    kept = draft.date, draft.date_span
    span = _YEARS_PUBLISHED_RE.search(s, start, end) if "-" in s[a:b] or "–" in s[a:b] else None
    if span is not None:  # "Cambridge University Press, 1988-1993": the volumes' years
        read_date(draft, span.start("y"), span.end("y"))
        cut = span.start()
    else:
        pages = _PAGES_ONLY_RE.search(s, start, end)
        if pages:
            draft.put("page", pages.start("p"), pages.end("p"))
            end = pages.start()
        cut = cut_trailing_date(draft, start, end)
    if kept[0] is not None:
        draft.date, draft.date_span = kept  # the author-date year wins over a reprint's
    read_imprint(draft, start, cut)


def _read_in(draft: Draft, start: int, end: int) -> None:
    """"In H. Arendt (Ed.), Illuminations (pp. 217–251)" / "In The Cultural Front, 16–36"."""
    s = draft.s
    if draft.type == "book":
        draft.type = "chapter"
    mark = _EDITOR_MARK_RE.search(s, start, end)
    if mark:
        who = s[start:mark.start()]
        # after "(eds)" surnames alone are names: "In: Lianeri and Zajko (eds), …"
        names = parse_inverted_list(who) if "," in who else parse_name_list(
            who, allow_mononym=True)
        if names:
            draft.put_names("editor", names, start, mark.start())
        start = mark.end()
    notes = _TRAILING_BRACKET_RE.search(s, start, end)
    if notes and _read_bracket_parts(draft, notes.start("inner"), notes.end("inner")):
        end = notes.start()  # "Illuminations (pp. 217–251)", "… (6th ed., pp. 169–192)"
    else:
        bare = _PAGES_ONLY_RE.search(s, start, end)
        if bare:
            draft.put("page", bare.start("p"), bare.end("p"))
            end = bare.start()
    end = read_title_clauses(draft, start, end)  # "In Feminism and History, edited by …"
    numbers = _VOLUME_DOT_ISSUE_RE.search(s, start, end)
    if numbers:  # biblatex's "In: *Management Science* 64.3, pp. 1155-1170": a journal's
        draft.type = "article-journal"
        draft.put("volume", numbers.start("v"), numbers.end("v"))
        draft.put("issue", numbers.start("i"), numbers.end("i"))
        end = numbers.start()
    draft.put("container-title", start, end)


def _read_harvard_commas(draft: Draft, start: int, end: int) -> bool:
    """"Brown, A. 2009, The Rise and Fall of Communism, Bodley Head, London."."""
    s = draft.s
    a, b = trim(s, start, end)
    commas = [i for i in range(a, b) if s[i] == ","]
    if len(commas) >= 2:
        draft.put("publisher-place", commas[-1] + 1, b)
        draft.put("publisher", commas[-2] + 1, commas[-1])
        return draft.put("title", a, commas[-2])
    if commas:
        draft.put("publisher", commas[-1] + 1, b)
        return draft.put("title", a, commas[-1])
    return draft.put("title", a, b)


def _take_names(draft: Draft, role: str, start: int, end: int) -> int:
    """Names from `start` to the longest comma-bounded prefix that is a name list; after
    the explicit role surnames alone will do ("tr. Bargmann.", "tr. Willis & de Heer.")."""
    s = draft.s
    # the names given; "et al." leaves the rest unnamed, and may end the sentence ("Ed. John
    # Whitney Hall et al. Cambridge: …")
    others = _ET_AL_STOP_RE.search(s, start, end)
    if others is not None:
        end = others.start()
    for mononym in (False, True):
        cut = end
        while cut > start:
            names = parse_name_list(s[start:cut], allow_mononym=mononym)
            if names:
                draft.put_names(role, names, start, cut)
                return others.end() if others is not None and cut == end else cut
            cut = max(s.rfind(",", start, cut), s.rfind(" (", start, cut))  # "tr. M. Ryan (1987)"
    return start


def _title_extent(s: str, pos: int, end: int) -> tuple[int, int]:
    """Where the title ends, and where reading resumes after it."""
    close = _OPEN_QUOTES.get(s[pos])
    if close is not None:
        search = pos + 1
        while True:
            found = s.find(close, search, end)
            if found < 0:
                break
            if close == "'" and found + 1 < end and s[found + 1].isalpha():
                search = found + 1  # an apostrophe inside the title
                continue
            return found + 1, found + 1
    for boundary in _sentence_ends(s, pos, end):
        keep = s[boundary] in "?!"
        return (boundary + 1 if keep else boundary), boundary + 1
    imprint = _COMMA_IMPRINT_RE.search(s, pos, end)
    if imprint:
        return imprint.start(), imprint.start() + 1  # "Animal Farm, London: Secker & Warburg"
    return end, end


def _sentences(s: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for boundary in _sentence_ends(s, start, end):
        out.append((pos, boundary))
        pos = boundary + 1
    out.append((pos, end))
    return out


def _sentence_ends(s: str, start: int, end: int) -> list[int]:
    ends: list[int] = []
    depth, counted = 0, start
    for m in _BOUNDARY_RE.finditer(s, start, end):
        i = m.start()
        depth += s.count("(", counted, i) - s.count(")", counted, i)
        counted = i
        if depth > 0:
            continue  # "(Ed.)", "(3rd ed.)": inside brackets
        if s[i] == ".":
            j = i
            while j > start and (s[j - 1].isalpha() or s[j - 1] == "."):
                j -= 1
            word = s[j:i].lower()
            if (word in _ABBREVIATIONS and not _EDITION_END_RE.search(s, start, i + 1)) or (
                len(word) == 1 and s[i - 1].isupper() and not _ROMAN_AFTER_RE.search(s, start, i)
            ):
                continue  # "ed.", "H." — but "Volume I." and "2nd Ed." do end a sentence
        ends.append(i)
    return ends


def _skip_space(s: str, pos: int, end: int) -> int:
    while pos < end and s[pos] in " \t,.;:":
        pos += 1
    return pos


# "Toni Morrison (1931–2019), “Recitatif”", as anthologies and syllabi give an author:
# the years of a life (or of a living writer's birth, "Terrance Hayes (b. 1971)"), then a
# comma where APA's date has its full stop.
_LIFE_DATES_RE = re.compile(
    r"\s*(?:(?:c\.\s*)?(?P<born>1?\d{3}|20\d\d)\s*(?:--|[-–—])\s*(?:c\.\s*)?(?P<died>\d{2,4})"
    r"|(?:b\.|born)\s*(?P<birth>(?:1[6-9]|20)\d\d))\s*")


def _life_dates(s: str, m: re.Match[str]) -> bool:
    years = _LIFE_DATES_RE.fullmatch(m.group("date"))
    if years is None or s[m.end("date") + 1:m.end("date") + 2] != ",":
        return False
    # (born has three digits or four)
    return years["birth"] is not None or a_lifetime(int(years["born"]), int(years["died"]))


def _good_date(s: str, start: int, end: int) -> bool:
    text = s[start:end].strip()
    return text.lower() in ("n.d.", "n.d") or DATE_RE.match(text) is not None


def _author_names(s: str, start: int, end: int) -> tuple[list[Name] | None, int]:
    """Authors before an author-date date; keeps the dot of a final initial ("I.")."""
    text = s[start:end].rstrip()
    end = start + len(text)
    last = text.rsplit(None, 1)[-1] if text else ""
    if end < len(s) and s[end] == "." and is_initial(last.split(",")[-1] + "."):
        end += 1
        text += "."
    names = parse_inverted_list(text)
    if names is not None and any(map(_reading_order_family, names)):
        # "David Lewis, Wim Vandekerckhove (2011)": people in reading order, not one inverted
        names = parse_name_list(text) or names
    if names is None and "," not in text:
        names = parse_name_list(text)
    if names is None and text.endswith(".") and not is_initial(last.split(",")[-1]):
        names = parse_inverted_list(text[:-1])  # "Porter, Stanley. ed. (1997)."
        end -= names is not None
    return names, end


def _surnames_alone(s: str, start: int, end: int, rest: int,
                    stop: int) -> tuple[list[Name] | None, int]:
    """"Kahneman (2011) Thinking, Fast and Slow. Farrar…", "Einstein. (1954) Ideas and
    Opinions.": the surnames alone (up to three, joined by "and") before a date in
    brackets, as a reading list cites a work it names often ("Porter, Stanley" is one
    inverted name, not two).  Not when a person follows the date: "Heat (1995) Michael Mann"
    is a film and its director."""
    text = s[start:end].strip().rstrip(".")
    pieces = _SURNAME_LIST_SPLIT_RE.split(text)
    if len(pieces) == 2 and "," in pieces[0]:
        # "Press, Flannery, Teukolsky, and Vetterling (1992)": a series of three or more
        # one-word names closed by "and" holds surnames alone, as an inverted name never
        # does; so one of them may be an everyday word ("Press")
        pieces = [p.strip() for p in pieces[0].split(",")] + pieces[1:]
        if not (len(pieces) <= 6 and all(_ONE_NAME_RE.fullmatch(p) for p in pieces)
                and sum(not plausible_surname(p) for p in pieces) <= 1):
            return None, end
    elif not 0 < len(pieces) <= 3 or not all(plausible_surname(p) for p in pieces):
        return None, end
    people = leading_people(s[rest:stop].strip())
    if people is not None and all(known_given_name(person) for person in people[0]):
        return None, end
    return [Name(family=p) for p in pieces], start + len(text)


def _reading_order_family(name: Name) -> bool:
    """A "family name" that is a whole name in reading order ("Tom Wicker")."""
    family = name.family or ""
    first, _, rest = family.partition(" ")
    return bool(rest) and first in GIVEN_NAMES and family not in COMPOUND_SURNAMES


def _role_field(role: str) -> str:
    return _ROLE_FIELDS.get(role.strip(" .").lower(), "author")


