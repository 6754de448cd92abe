"""Reading lists run together: "Title by A Title2 by B Title3 by C".

Podcast directories flatten show notes, so a list under "Books mentioned in
this week's episode:" reaches us as one run of text with nothing between the
items but the words themselves: "Body of Evidence by Patricia Cornwell All
That Remains by Patricia Cornwell …".  Between two " by " the words are the
author of one work, then the title of the next; this module finds where the
name ends.  A bracket after a name ("Amy Sarig King (A.S. King)") or a comma
bounds it; otherwise a name the chain gives elsewhere (the last author, or one
bounded as above), a title that opens with an article or a question word
("… Jane Yolen To Kill a Mockingbird"), and last a name of two words decide.
"""

from __future__ import annotations

import re

from ..parse.lexicon import SUFFIXES
from ..parse.names import is_initial, parse_name_list, parse_person

_BY = re.compile(r"\s+[Bb]y\s+")
# Words that open a title rather than close a name: "… Ezra Jack Keats Where the Wild …".
_OPENERS = frozenset({
    "The", "A", "An", "To", "How", "Why", "What", "When", "Where", "Who", "If", "In", "On", "Of",
    "My", "Your", "Our", "His", "Her", "This", "That", "These", "Is", "Are", "Do", "I", "We",
    "You", "It", "From", "For", "With", "Into", "Beyond", "After", "Before", "Between",
})
_LONGEST_NAME = 4
# Words that offer the next work instead of the last: "… by Jonathan Spence and/or …".
_CHOICE = frozenset({"and/or", "or"})
# What joins one item to the next, bold perhaps: ", and", "and/or", "**OR**".
_JOINING = re.compile(r"^\s*(?:,\s*)?(?:[*_]*(?:and/or|and|or)[*_]*\s+)?", re.IGNORECASE)


def split_chain(text: str) -> list[str]:
    """The items of a run-on list, each "Title by Author"; [text] when it is not one."""
    outside = _outside_quotes(text)
    bys = [m for m in _BY.finditer(text) if m.start() > 0 and outside[m.start()]]
    if len(bys) < 2:
        return [text]
    # A "by" inside a title ("Stand by Me by Stephen King") leaves less than a name and a
    # title before the next one: it is no separator.
    kept = []
    for i, m in enumerate(bys):
        stop = bys[i + 1].start() if i + 1 < len(bys) else len(text)
        if i + 1 < len(bys) and len(text[m.end():stop].split()) < 2:
            continue
        kept.append(m)
    if len(kept) < 2:
        return [text]
    segments = [text[m.end():(kept[i + 1].start() if i + 1 < len(kept) else len(text))]
                for i, m in enumerate(kept)]
    last = _last_name(segments[-1])
    known = {last} if last else set()
    cuts: list[int | None] = [_bounded_cut(seg) for seg in segments[:-1]]
    # A name the chain gives surely (bounded, or before an opening word) settles the
    # segments where the same name stands before a title that opens plainly.
    for sure in (True, False):
        for i, seg in enumerate(segments[:-1]):
            if cuts[i] is None:
                cuts[i] = _name_cut(seg, known, sure)
            if cuts[i] is not None:
                known.add(" ".join(seg[:cuts[i]].split()).rstrip(","))
    names: list[str] = []
    titles = [text[:kept[0].start()]]
    for seg, cut in zip(segments[:-1], cuts, strict=True):
        if cut is None:
            return [text]  # no boundary found: leave the run whole
        names.append(seg[:cut])
        titles.append(seg[cut:])
    names.append(last or segments[-1])
    items = []
    for title, name in zip(titles, names, strict=True):
        title = _JOINING.sub("", title).strip(" ,;")
        name = name.strip(" ,;")
        if not title or not name:
            return [text]
        items.append(f"{title} by {name}")
    return items


def _outside_quotes(text: str) -> list[bool]:
    """For each character, whether it stands outside quotes and brackets: a "by" inside
    ""Pioneered by Enron, Into …" (Fortune)" belongs to the title."""
    out = []
    depth = 0
    quoted = False
    for char in text:
        if char in "\"“”":
            quoted = not quoted if char == '"' else char == "“"
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        out.append(depth == 0 and not quoted)
    return out


def _bounded_cut(segment: str) -> int | None:
    """Where a bracket or a comma ends the name: "Amy Sarig King (A.S. King) Me and …",
    "David Schwartz, How to Make Millions …"."""
    close = segment.find(")")
    if close > 0 and "(" in segment[:close]:
        head = segment[:segment.find("(")]
        if parse_name_list(head.strip(), allow_mononym=True) and segment[close + 1:].strip():
            return close + 1
    comma = segment.find(",")
    if comma > 0 and parse_name_list(segment[:comma].strip(), allow_mononym=True) \
            and segment[comma + 1:].strip():
        return comma + 1
    return None


def _name_cut(segment: str, known: set[str], sure: bool) -> int | None:
    """Where the author's name ends in "Patricia Cornwell All That Remains".

    Sure cuts only: a name already known, or a name before a word that opens
    titles.  Otherwise also a name of two words, and last "A B and Title".
    """
    words = list(re.finditer(r"\S+", segment))
    if len(words) < 2:
        return None
    people: list[int] = []
    plain: list[int] = []
    joined: list[int] = []
    for k in range(1, min(_LONGEST_NAME, len(words) - 1) + 1):
        name = segment[:words[k - 1].end()].strip()
        follow = words[k].group()
        if name in known:
            return words[k - 1].end()
        last = words[k - 1].group()
        if (is_initial(last) and last not in SUFFIXES) or follow in SUFFIXES:
            continue  # "J. Ryan", "Kurt Vonnegut | Jr.": the name goes on
        if follow.strip("*_").lower() in _CHOICE and parse_person(name) is not None:
            return words[k - 1].end()  # "Jonathan Spence and/or Daughters of …": a choice
        if follow == "and" and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            joined.append(k)  # "Gord Downie and Birdie"
            continue
        if not (follow[:1].isupper() or follow[:1].isdigit()):
            continue
        opens = follow in _OPENERS
        person = parse_person(name)
        if person is not None and person.given:
            (people if opens else plain).append(k)
        elif opens and k >= 2:
            plain.append(-k)  # "The Oatmeal The Belgariad": no person, but a title opens
    if people:
        return words[people[0] - 1].end()
    if sure:
        return None
    if 2 in plain:
        return words[1].end()
    fallback = [-k for k in plain if k < 0] + joined
    return words[fallback[0] - 1].end() if fallback else None


def _last_name(segment: str) -> str | None:
    """The author at the end of the run, without what follows it ("… Betts Learn more …")."""
    words = segment.split()
    taken: list[str] = []
    for word in words:
        if word[:1].isupper() or is_initial(word) or word in ("de", "van", "von", "le", "la"):
            taken.append(word)
            if word.endswith((".", "!", "?")) and not is_initial(word) and len(word) > 3:
                taken[-1] = word.rstrip(".!?")
                break
            continue
        if len(taken) > 2 and word[:1].islower() and word.isalpha():
            taken.pop()  # "… Reginald Dwayne Betts Learn more about": a sentence begins
        break
    name = " ".join(taken)
    return name if name and parse_name_list(name, allow_mononym=True) else None
