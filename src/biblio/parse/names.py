"""Person and organisation names as citations write them, split the CSL way.

Two orders occur: reading order in casual lines ("Isaac Deutscher", "W. E. B.
Du Bois", "Martin Luther King Jr.") and sorting order in formal styles
("Deutscher, I.", "Marx, Karl, and Friedrich Engels").  Each function returns
None when the text is not a list of names at all, which is how the line parser
decides where the authors end and the title begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..model import Name
from .lexicon import (
    ANONYMOUS,
    BIO_WORDS,
    CAPITAL_PARTICLES,
    CHINESE_SURNAMES,
    COMPOUND_SURNAMES,
    EVERYDAY_SURNAMES,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    JOB_WORDS,
    LOWER_CASE_NAMES,
    MONONYMS,
    NAME_SUFFIXES,
    NOT_PERSON_WORDS,
    ORGANISATION_WORDS,
    PARTICLES,
    SPANISH_FIRST_SURNAMES,
    TITLE_WORDS,
)
from .order import COMMON_WORD, everyday_word, frequencies

_INITIALS_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?\.-?){1,4}$")
_UNDOTTED_LAST_RE = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]$")
# (and as Portuguese, Spanish and German lists join names: "Jack Gido e James P. Clements")
_AND_RE = re.compile(r"\s*,?\s+(?:and|&)\s+|\s*&\s*|\s+(?:e|y|und)\s+(?=[A-ZÀ-Þ])")
_OTHER_AND = (" e ", " y ", " und ")
_PINYIN_RE = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|er|a|o|e|i|u)){1,3}$"
)
_DIGIT_RE = re.compile(r"\d")
_SURNAME_RE = re.compile(r"^(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
                         r"(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž]+)?$")
# Full names joined by bare commas are people only so many at a time, each surely a person
# (a common given name or an initial, or no everyday word in it).
_MAX_COMMA_PEOPLE = 4
_ET_AL = frozenset({"et al.", "et al", "and others", "et. al."})
# One author as Vancouver writes it: "Smith J", "Jones KL", "Fantham E.", "Le Guin UK".
_VANCOUVER_RE = re.compile(
    r"(?P<family>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+)?)\s+(?P<given>[A-Z]{1,3}|(?:[A-Z]\.){1,3})")
# "et al." after the last name without a comma: "S. Hall et al.", "Dennis Twitchett et al",
# and Chicago's words for it, "Andrew Gelman and others".
# (The space first, the character before it checked behind: a search skips to spaces.)
_ET_AL_TAIL_RE = re.compile(r"\s(?<=[\w.]\s)\s*(?:et\.?\s+al\.?|and\s+others)$")


def ends_with_et_al(text: str) -> bool:
    """"Cordella et al.,", "S. Hall and others": names cut short, before whatever follows them."""
    return _ET_AL_TAIL_RE.search(text.rstrip().rstrip(",")) is not None
MAX_NAME_TOKENS = 5


def is_initial(token: str) -> bool:
    """"H.", "H.G.", "Th." — an abbreviated given name."""
    return "." in token and _INITIALS_RE.match(token) is not None


def initials_only(given: str) -> bool:
    """"W. M.", "J.M.", "S" (its dot gone with the line's): a given name of initials alone."""
    return all(is_initial(t) or _UNDOTTED_LAST_RE.match(t) is not None
               or (len(t) == 1 and t.isupper()) for t in given.split())


def plausible_surname(word: str) -> bool:
    """"Brooks", "Toews", "O'Gorman", "King": a lone word a reader takes for a surname.

    Shape first (one capitalised word of letters, no title word); then it must not
    be everyday English ("Love", "Death"), unless it is a surname that also is one.
    """
    if _SURNAME_RE.match(word) is None or word.lower() in TITLE_WORDS \
            or _ABSTRACT_NOUN_RE.search(word):
        return False
    return word in EVERYDAY_SURNAMES or not everyday_word(word)


def surnames_alone(text: str) -> list[Name] | None:
    """"Peacock", "Levitt and Dubner": surnames with no given name, each one a reader takes
    for a surname and none a given name, as a booklist names writers after their titles."""
    words = [w for w in SURNAMES_JOIN_RE.split(text.strip()) if w]
    if not words or not all(plausible_surname(w) and w not in GIVEN_NAMES for w in words):
        return None
    return parse_name_list(text, allow_mononym=True)


# "… Vector Space - Mikolov et al.", "Lock, et al. - Statistics: …": only an author's
# surname stands before "et al."
_SURNAME_ET_AL_RE = re.compile(r"\s*(?P<who>[A-ZÀ-Þ][\w'’-]+),?\s+et\.?\s+al\.?\s*")


def surname_et_al(text: str) -> list[Name] | None:
    """"Mikolov et al.": a paper's first author by surname, the rest left unnamed."""
    m = _SURNAME_ET_AL_RE.fullmatch(text)
    return [Name(family=m["who"])] if m and plausible_surname(m["who"]) else None


# What parts surnames named alone: "Levitt and Dubner", "Jurafsky, Martin & Manning".
SURNAMES_JOIN_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")

# Endings of abstract nouns that no surname has: "Rationality", "Stoicism", "Mythology".
_ABSTRACT_NOUN_RE = re.compile(r"(?:ity|ism|ology|tion)$")


def _is_name_word(token: str) -> bool:
    first = token[0]
    if token.endswith(("'s", "’s")):
        return False  # a possessive: "Stalin's Rise"
    if first.isupper():
        return token.lower() not in TITLE_WORDS and _DIGIT_RE.search(token) is None
    # "deGrasse": lower-case start, capital inside
    return first.isalpha() and token[1:] != token[1:].lower()


def parse_person(text: str) -> Name | None:
    """A name in reading order: "Ursula K. Le Guin" → given "Ursula K.", family "Le Guin"."""
    name = _parse_person(text)
    return None if name is None else name.copy()


# A nickname in quotes between the given name and the family name.
_NICKNAME_RE = re.compile(
    r"(?<=\S)\s+[\"“][A-Z][\w.'’-]{0,20}(?:\s[A-Z][\w.'’-]{0,20})?[\"”](?=\s+\S)")


# The readers below are pure functions of short texts that recur (an author in many
# lines); each answer is kept and handed out as a copy, since callers change names.
@lru_cache(maxsize=8192)
def _parse_person(text: str) -> Name | None:
    if text[:1] >= "\u3040":  # (no name in the Latin alphabet starts this high)
        return _east_asian_name(text)
    if ('"' in text or "“" in text) and (nick := _NICKNAME_RE.search(text)) is not None:
        text = text[:nick.start()] + text[nick.end():]  # "Ernesto "Che" Guevara"
    if _VIETNAMESE_RE.search(text) and (vietnamese := _vietnamese_name(text)) is not None:
        return vietnamese
    tokens = text.split()
    if "." in text:
        # "D.H.Farmer": initials run into the surname
        tokens = [part for token in tokens for part in _GLUED_INITIALS_RE.split(token) if part]
    if not tokens or len(tokens) > MAX_NAME_TOKENS + 1:
        return None
    if tokens[0].islower() and " ".join(tokens) in LOWER_CASE_NAMES:
        return split_person(tokens)  # "bell hooks"
    suffix = None
    if len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
        suffix = tokens.pop()
    if len(tokens) > MAX_NAME_TOKENS:
        return None
    # "Robert A Johnson": a capital alone after a common given name is an initial without
    # its dot, not the article
    bare = {i for i in range(1, len(tokens) - 1)
            if len(tokens[i]) == 1 and tokens[i].isupper() and tokens[0] in GIVEN_NAMES}
    if not NOT_PERSON_WORDS.isdisjoint(t.lower() for i, t in enumerate(tokens) if i not in bare):
        return None
    if len(tokens) == 2 and tokens[0] in PARTICLES and tokens[0].islower() \
            and _is_name_word(tokens[1]):
        # "de Heer", "van Hamme": a surname with its particle, no given name (a mononym
        # to the list readers, so it passes only where a lone surname may)
        return Name(family=tokens[1], non_dropping_particle=tokens[0], suffix=suffix)
    if len(tokens) == 2 and tokens[0] in _SURNAME_OPENERS and _is_name_word(tokens[1]):
        # "Le Guin", "De Niro": a surname alone, its capital particle kept in it as
        # "Ursula K. Le Guin" keeps it (not a given name "Le")
        return Name(family=" ".join(tokens), suffix=suffix)
    for i, token in enumerate(tokens):
        if is_initial(token) or i in bare:
            if i == len(tokens) - 1:
                return None  # a name ends with its family name
            continue
        lowered = token.lower()
        if lowered in PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if token.endswith(":"):
            return None  # "Erving Goffman: Interaction Ritual": the name ended at the colon
        if not _is_name_word(token) and not (i == len(tokens) - 1 and _surname_position(tokens)) \
                and not (i == 0 and token in GIVEN_NAMES and len(tokens) > 1):
            return None  # (a given name opens a name even when it is a title word: "Art")
    return split_person(tokens, suffix)


# A name in Han characters or kana, family name first: "刘慈欣" (one character, or a
# compound surname, before the given name, as Chinese names are written without a space)
# or "村上 春樹" (a space between, as Japanese bibliographies set them).  A Japanese name
# run together is split as a Chinese one would be: its surname's length cannot be told.
_EAST_ASIAN_NAME_RE = re.compile(
    r"(?P<family>[\u3040-\u30ff\u4e00-\u9fff]{1,4}) ?(?P<given>[\u3040-\u30ff\u4e00-\u9fff]{1,4})")
_COMPOUND_SURNAMES = frozenset({
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "东方", "東方", "皇甫",
    "尉迟", "尉遲", "公孙", "公孫", "令狐", "慕容", "长孙", "長孫", "夏侯", "轩辕", "軒轅",
    "宇文", "澹台"})


# Japanese surnames of two characters, as Chinese lists write Japanese writers run together:
# "村上春树" is 村上 / 春树, "东野圭吾" 东野 / 圭吾.
_JAPANESE_SURNAMES = frozenset({
    "村上", "东野", "東野", "渡边", "渡辺", "宫崎", "宮崎", "太宰", "川端", "夏目", "芥川", "三岛",
    "三島", "大江", "井上", "山田", "田中", "铃木", "鈴木", "佐藤", "高桥", "高橋", "伊藤", "中村",
    "小林", "加藤", "吉田", "山本", "松本", "木村", "清水", "山口", "池田", "桥本", "橋本", "石田",
    "小川", "须藤", "須藤", "黑柳", "是枝", "北野", "宫部", "宮部", "伊坂", "横山", "坂口", "青山",
    "中岛", "中島", "吉本", "西村", "冈田", "岡田", "藤田", "森田", "原田", "松下", "稻盛", "稲盛",
    "大前", "岸见", "岸見", "近藤", "山下", "野口", "福泽", "福沢", "新海", "押井", "荒木", "鸟山",
    "鳥山", "尾田", "手冢", "手塚", "宫泽", "宮沢", "京极", "京極", "绫辻", "綾辻", "岛田", "島田",
    "有川", "角田", "川上", "星野", "谷崎", "永井", "安部", "远藤", "遠藤", "樋口", "江國",
    "江国", "吉川", "冲田", "沖田", "秋元", "森见", "森見", "重松", "贵志", "貴志"})
_TWO_CHARACTER_SURNAMES = _COMPOUND_SURNAMES | _JAPANESE_SURNAMES
# The characters Chinese writes foreign names with ("海明威" Hemingway, "卡夫卡" Kafka), and
# the common Chinese surnames: a name all of the first whose first is none of the second is
# a foreign writer's surname, not a surname and a given name.
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布达戴丹道德登迪蒂丁杜顿多厄恩尔法凡菲费芬"
    "丰弗伏夫福盖甘冈戈哥歌格葛古瓜哈海汉豪荷赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科可克肯库夸"
    "拉莱兰朗劳勒雷蕾里理利莉连列林琳伦卢鲁路罗洛马玛迈麦曼梅门蒙米密明缪摩莫默姆穆纳娜奈尼"
    "涅宁纽诺欧帕潘佩彭皮平珀普齐奇乔切钦琼丘萨塞桑瑟森沙莎舍施什史叔斯松索塔泰坦汤唐特提廷托"
    "图瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹茨佐")
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤")


def _transliterated(name: str) -> bool:
    return len(name) >= 2 and name[0] not in _COMMON_SURNAMES \
        and all(ch in _TRANSLITERATION for ch in name)


# A Western name written in Han characters or kana, given name first, its parts joined by
# a middle dot: "尼尔·波兹曼" (Neil Postman), "ジョージ・オーウェル".
_TRANSLITERATED_NAME_RE = re.compile(
    r"(?P<given>[\u3040-\u30ff\u4e00-\u9fff]{1,8}(?:[·・•][\u3040-\u30ff\u4e00-\u9fff]{1,8}){0,2})"
    r"[·・•](?P<family>[\u3040-\u30ff\u4e00-\u9fff]{1,8})")


# Labels of a book's fields in Chinese, two characters like a name but no one's: "描述:"
# (description), "简介" (summary), "备注" (note), "作者" (author) …
_HAN_LABELS = frozenset({
    "描述", "简介", "簡介", "介绍", "介紹", "备注", "備註", "作者", "译者", "譯者", "评价", "評價",
    "推荐", "推薦", "说明", "說明", "摘要", "书评", "書評", "短评", "笔记", "筆記", "评分", "评语",
    "链接", "鏈接", "地址", "书名", "書名", "原文", "目录", "目錄", "标签", "標籤", "内容", "內容"})


def _vietnamese_name(text: str) -> Name | None:
    """"Nguyễn Trương Quý": a Vietnamese name, the family name first, as it is written."""
    tokens = text.split()
    if not 2 <= len(tokens) <= _VIETNAMESE_TOKENS or not all(t[:1].isupper() for t in tokens):
        return None
    return Name(family=tokens[0], given=" ".join(tokens[1:]))


# Letters only Vietnamese writes (ă, đ, ơ, ư, and the vowels with a hook or a dot below).
_VIETNAMESE_RE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_VIETNAMESE_TOKENS = 4


def _east_asian_name(text: str) -> Name | None:
    if text.strip() in _HAN_LABELS:
        return None
    if (western := _TRANSLITERATED_NAME_RE.fullmatch(text.strip())) is not None:
        return Name(family=western["family"], given=western["given"])
    m = _EAST_ASIAN_NAME_RE.fullmatch(text.strip())
    if m is None or len(m["family"] + m["given"]) > 5:
        return None
    if " " not in text.strip():
        name = m["family"] + m["given"]
        if _transliterated(name):
            return Name(family=name)  # "海明威" (Hemingway), "弗洛伊德": one surname
        cut = 2 if name[:2] in _TWO_CHARACTER_SURNAMES and len(name) > 2 else 1
        return Name(family=name[:cut], given=name[cut:])
    return Name(family=m["family"], given=m["given"])


_GLUED_INITIALS_RE = re.compile(r"^((?:[A-Z]\.){1,3})(?=[A-Z][a-z])")
# Capital particles that open surnames and no given names ("Al Gore", "Van Jones" are given).
_SURNAME_OPENERS = frozenset({"Le", "De", "Du", "La", "Von", "Des", "Da", "Di"})


def surname_core(family: str) -> str:
    """"Du Bois" → "Bois": the word that says whether a surname is plausible."""
    opener, _, rest = family.partition(" ")
    return rest if rest and opener in _SURNAME_OPENERS else family


def _surname_position(tokens: list[str]) -> bool:
    """"P. C. Cast", "Thomas More": after initials or a common given name, any
    capitalised word is a surname, even one that usually fills titles."""
    last = tokens[-1]
    if len(tokens) < 2 or not last[0].isupper() or _DIGIT_RE.search(last) is not None:
        return False
    return tokens[0] in GIVEN_NAMES or all(is_initial(t) for t in tokens[:-1])


def pinyin_word(word: str) -> bool:
    """"Zifan", "Kaixuan": one to three pinyin syllables, as Chinese given names are written."""
    return _PINYIN_RE.match(word.lower()) is not None


def split_person(tokens: list[str], suffix: str | None = None) -> Name:
    """Split reading-order tokens already known to form a name."""
    while len(tokens) > 2 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]  # "Dr. Oliver Sacks", "Sir Arthur Conan Doyle"
    if len(tokens) == 1:
        return Name(family=tokens[0], suffix=suffix)
    if tokens[0] in CHINESE_SURNAMES and len(tokens) <= 3 and all(
        pinyin_word(t) for t in tokens[1:]
    ) and not (len(tokens) == 2 and tokens[1] in CHINESE_SURNAMES):
        # (two surnames, "Li Deng", "Yang Liu": a given name first, as authors in English
        # write theirs; "Mao Zedong" keeps the surname first)
        return Name(family=tokens[0], given=" ".join(tokens[1:]), suffix=suffix)
    if tokens[0] in ("Ibn", "ibn", "al") and len(tokens) == 2:  # but "Al Gore", "Al Franken"
        return Name(family=tokens[1], non_dropping_particle=tokens[0], suffix=suffix)
    for i in range(1, len(tokens) - 1):
        if tokens[i] in PARTICLES:
            j = i
            if i > 1 and tokens[i - 1] in _SURNAME_OPENERS:
                i -= 1  # "Walter De la Mare": the capital particle opens the run
            while j < len(tokens) - 1 and tokens[j] in PARTICLES:
                j += 1
            return Name(
                given=" ".join(tokens[:i]),
                non_dropping_particle=" ".join(tokens[i:j]),
                family=" ".join(tokens[j:]),
                suffix=suffix,
            )
    cut = len(tokens) - 1
    if len(tokens) >= 4 and tokens[-2] in ("Der", "Den") and tokens[-3] in ("Van", "Von"):
        cut = len(tokens) - 3  # "Bessel Van Der Kolk", as "Bessel van der Kolk" splits
    elif len(tokens) >= 3 and (
        tokens[-2] in CAPITAL_PARTICLES or tokens[-2] in SPANISH_FIRST_SURNAMES
        or f"{tokens[-2]} {tokens[-1]}" in COMPOUND_SURNAMES
    ):
        cut = len(tokens) - 2
    return Name(given=" ".join(tokens[:cut]), family=" ".join(tokens[cut:]), suffix=suffix)


def person_name(text: str) -> Name:
    """One person's name in either order, as catalogues and feeds print it.

    The text is known to be a name (an API's author field, a feed's host), so
    nothing is refused: "Ursula K. Le Guin", "Le Guin, Ursula K.", "Martin
    Luther King Jr." and "King, Martin Luther, Jr." split the way the line
    parser splits them, and what cannot be split is kept whole as a literal.
    """
    text = " ".join(text.split()).strip(" ,;")
    org = parse_organisation(text)
    if org is not None:
        return org
    pieces = [p.strip() for p in text.split(",")]
    suffix = pieces.pop() if len(pieces) > 1 and pieces[-1] in NAME_SUFFIXES else None
    if len(pieces) == 2 and all(pieces):
        name = _inverted(pieces[0], pieces[1])
    elif len(pieces) == 1 and pieces[0]:
        tokens = pieces[0].split()
        if len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
            suffix = suffix or tokens.pop()
        name = split_person(tokens)
    else:
        return Name(literal=text)
    name.suffix = suffix
    return name


def is_mononym(name: Name) -> bool:
    """An author known by one name ("Homer", "Voltaire"): a name without a given name."""
    return name.given is None and name.family in MONONYMS


def known_given_name(name: Name) -> bool:
    """The name starts with a common given name or an initial: a person for sure."""
    if not name.given:
        return False
    tokens = name.given.split()
    first = tokens[0]
    if _middle_initialled(tokens):
        return True
    # (a capital alone is an initial written without its dot: "F Thomson Leighton"; not
    # the words "A", "I" and "O": "Numbers, A Novel", "O Pioneers!", "O Poder do Hábito")
    return first in GIVEN_NAMES or is_initial(first) or (
        len(first) == 1 and first.isupper() and first not in "AIO" and name.given != first)


def _middle_initialled(tokens: list[str]) -> bool:
    """"Sam J.", "Koji A.": a given name and a middle initial, which people write of
    themselves but titles do not ("Book I.", "Plan B." are no initials: a numeral, a
    word of everyday English)."""
    return len(tokens) == 2 and is_initial(tokens[1]) and len(tokens[1]) == 2 \
        and tokens[1][0] not in "IVX" and _is_structured_name_word(tokens[0]) \
        and len(tokens[0]) > 2 and not everyday_word(tokens[0])


def known_person(text: str) -> bool:
    """One person by a given name the census knows ("Steven Spielberg", "Stan Gordon"), not
    "Monument Maker": a title that is a person's name."""
    person = parse_person(text.strip())
    return person is not None and known_given_name(person)


def known_people(text: str) -> bool:
    """People, each by a given name the census knows ("Frank Herbert", "Kai Bird and Martin
    J. Sherwin"), not "Grim Tuesday"."""
    names = parse_name_list(text)
    return bool(names) and all(map(known_given_name, names or ()))


def surely_a_person(name: Name) -> bool:
    """A common given name or an initial, or a given name and a surname that are no
    everyday words ("Katherena Vermette", not "Blue Hour"); never a job before the name
    ("Crime Writer Don Winslow", "Senator Tim Kaine": the name is the last words)."""
    if name.given and not _JOB_TITLES.isdisjoint(name.given.lower().split()):
        return False
    if known_given_name(name):
        return True
    if not name.given and name.family and len(name.family) >= 3 and _transliterated(name.family):
        return True  # "海明威", "舍费尔": a foreign writer's surname as Chinese writes it
    if not (name.given and name.family):
        return False
    return not everyday_word(name.given.split()[0]) and not everyday_word(name.family)


# Words of a job or an office that may stand before a person's name.
# (not an honorific: "Professor Kaldellis" is a name as written)
_JOB_TITLES = (JOB_WORDS | BIO_WORDS | frozenset({
    "senator", "governor", "congressman", "congresswoman", "mayor", "correspondent",
    "secretary", "ambassador", "commissioner", "anchor"})) - {h.lower() for h in HONORIFICS}


def parse_organisation(text: str) -> Name | None:
    """"World Bank", "The Combahee River Collective": a literal name, never split."""
    return Name(literal=text.strip()) if _is_organisation(text) else None


@lru_cache(maxsize=8192)
def _is_organisation(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or not words[0][0].isupper() or "," in text \
            or ": " in text:  # ("Desi Arnaz: The Man Who Invented Television": a subtitle)
        return False
    if not any(w.lower().strip(",.") in ORGANISATION_WORDS for w in words):
        return False
    if words[0] in GIVEN_NAMES and all(is_initial(w) or (len(w) == 1 and w.isupper())
                                       for w in words[1:-1]):
        return False  # "Katherine Center", "Jane Union", "Pamela F. Service": a person
    if words[-1].lower() in ("press", "books", "publishing", "publishers"):
        return False  # a publisher, not an author
    for w in words:
        if not (w[0].isupper() or w in ("of", "on", "for", "and", "the", "in", "at", "&", "de")):
            return False
    return True


_LIST_SEPARATOR_RE = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def people_list(text: str) -> list[Name] | None:
    """People named in full, commas between them: "Ronald Graham, Donald Knuth, Oren
    Patashnik", as a list gives a title's authors after it.

    Unlike `parse_name_list`, bare commas may join the names, so every piece must be
    surely a person ("Verso, London" is not two authors).
    """
    text = text.strip(" .,:;–—-")
    names = parse_name_list(text) or _each_a_person(text, surely_a_person)
    if not names or not all(surely_a_person(name) for name in names):
        return None
    return names


def _each_a_person(text: str, sure: Callable[[Name], bool]) -> list[Name] | None:
    """Two pieces or more between bare commas (or "and"), each one a person `sure` accepts,
    or None."""
    pieces = _LIST_SEPARATOR_RE.split(text)
    if len(pieces) < 2:
        return None
    names = [name for name in map(parse_person, pieces) if name is not None and sure(name)]
    return names if len(names) == len(pieces) else None


# The marks a paper's author list sets after names: equal contribution, corresponding author.
_AUTHOR_MARKS_RE = re.compile(r"(?<=\w)[*#†‡§✉]+")
_AUTHOR_LINE_AT_LEAST = 3


def author_line(text: str) -> list[Name] | None:
    """Three people or more and nothing else, as a paper's authors stand on the line under
    its title ("Sichen Guo*, Wenjie Li*, Yuanyang Liu, Guangwei Gao#"): bare commas may
    join any number of them, each with a given name, most of them surely named."""
    text = _AUTHOR_MARKS_RE.sub("", text).strip().rstrip(".")
    # (bare commas: each one a person, "Run Less" is none)
    names = parse_name_list(text) or _each_a_person(
        text, lambda name: surely_a_person(name) or surely_named(name))
    if names is None or len(names) < _AUTHOR_LINE_AT_LEAST \
            or not all(n.given and n.family and not n.literal for n in names):
        return None
    return names if 2 * sum(map(surely_named, names)) >= len(names) else None


def surely_named(name: Name) -> bool:
    """A common given name, initials alone ("HV Poor"), or a Chinese surname after a given
    name in pinyin ("Zifan Xie"), as publication lists write their authors."""
    return known_given_name(name) or initials_only(name.given or "") or (
        name.family in CHINESE_SURNAMES and pinyin_word(name.given or ""))


_SENTENCE_DOT_RE = re.compile(r"(?<=[^\s.]{2})\.(?=\s)")


def leading_people(text: str) -> tuple[list[Name], int] | None:
    """The `people_list` that opens `text`, and where it ends: the people run to the
    end or to the end of their sentence ("James Aspnes. [ebook](…). Yale University."),
    never to a dot that ends an initial."""
    for end in [m.start() for m in _SENTENCE_DOT_RE.finditer(text, 1)] + [len(text)]:
        names = people_list(text[:end])
        if names:
            return names, end
    return None


def parse_name_list(text: str, *, allow_mononym: bool = False,
                    allow_surname: bool = False) -> list[Name] | None:
    """Names in reading order: "A", "A and B", "A & B", "A, B and C", "A, B, and C".

    With `allow_surname`, a full name and a bare surname make a pair too ("Leo
    Tolstoy & Maude"), as show notes name a translator or a co-author.

    Two names joined by a bare comma are refused: "Verso, London" and
    "Benjamin Moser, New Directions" are not author pairs.
    """
    names = _parse_name_list(text, allow_mononym, allow_surname)
    return None if names is None else [name.copy() for name in names]


@lru_cache(maxsize=8192)
def _parse_name_list(text: str, allow_mononym: bool,
                     allow_surname: bool) -> tuple[Name, ...] | None:
    text = _ET_AL_TAIL_RE.sub("", text.strip().rstrip(","))  # "S. Hall et al. (eds)"
    if not text or len(text) > 300:
        return None
    org = parse_organisation(text)
    if org is not None:
        return (org,)
    for mark in "/;":  # "Neil Gaiman/Terry Pratchett", "Neil Gaiman; Terry Pratchett"
        if mark in text:
            # (a name in a script without capitals is kept whole beside its transliteration:
            # "Kahlil Gibran/جبران خليل جبران")
            people = [_literal_name(piece.strip()) or parse_person(piece.strip())
                      for piece in text.split(mark)]
            if all(p is not None and (p.literal or is_mononym(p) or (
                    p.given and surely_a_person(p))) for p in people) \
                    and not all(p is not None and p.literal for p in people):  # "Virgil/…"
                return tuple(p for p in people if p is not None)
            if mark == ";":
                return None  # a name holds no semicolon
    parts = _AND_RE.split(text) if "&" in text or "and" in text or any(
        w in text for w in _OTHER_AND) else [text]
    last = parts.pop()
    if parts and "," in last and last.rpartition(",")[2].strip() not in NAME_SUFFIXES:
        return None  # "A and B, Publisher": the list ended at the "and"
    pieces = [p for part in [*parts, last] for p in part.split(",")]
    if len(pieces) == 2 and len(parts) == 1 and pieces[0].strip() in GIVEN_NAMES \
            and (second := parse_person(pieces[1].strip())) is not None \
            and second.given and second.family:
        # "Will and Ariel Durant", "James and Deborah Howe": two given names, one surname
        return (Name(given=pieces[0].strip(), family=second.family), second)
    names: list[Name] = []
    lone: list[Name] = []  # one-word surnames let in only beside a full name
    for raw in pieces:
        piece = raw.strip()
        if not piece:
            return None
        if piece in NAME_SUFFIXES and names and names[-1].suffix is None:
            names[-1].suffix = piece
            continue
        if piece.lower() in _ET_AL:
            continue
        name = parse_person(piece)
        if name is None:
            name = parse_organisation(piece)
        if name is None:
            return None
        if name.given is None and name.literal is None and not (
            (allow_mononym or name.family in MONONYMS or _transliterated(name.family or ""))
            and (len(pieces) == 1 or parts)
        ):
            if not (allow_surname and len(parts) == 1 and len(pieces) == 2
                    and plausible_surname(piece)):
                return None  # one-word names only alone or joined by "and": "Marx & Engels"
            lone.append(name)
        names.append(name)
    if not parts and len(names) > 1 and not (
            len(names) <= _MAX_COMMA_PEOPLE and all(map(surely_a_person, names))):
        return None  # "Verso, London"; but "Andrew Hunt, David Thomas" are two people
    if lone and not any(n.given for n in names):
        return None  # "Leo Tolstoy & Maude": a surname beside a full name, not alone
    if len(names) == 2 and names[0].given is None and names[0].family in GIVEN_NAMES \
            and names[1].given and names[1].family and not lone:
        # "James Jr. and Deborah Howe": the first given name kept its suffix
        names[0] = Name(given=names[0].family, family=names[1].family, suffix=names[0].suffix)
    return tuple(names) or None


_EPITHET_RE = re.compile(r"[A-Z][a-z]+ of [A-Z][a-z]+")  # "Julian of Norwich"


def _literal_name(text: str) -> Name | None:
    """A name written in a script without capitals (Arabic, Chinese…), or by a place
    ("Augustine of Hippo"), as one literal."""
    if _EPITHET_RE.fullmatch(text):
        return Name(literal=text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or any(c.isupper() or c.islower() for c in letters):
        return None
    return Name(literal=text)


def parse_inverted_list(text: str) -> list[Name] | None:
    """Names in sorting order, as APA, Chicago, MLA and Harvard write authors.

    "Deutscher, I." · "Marx, K., & Engels, F." · "Hall, S. and Jacques, M." ·
    "Marx, Karl, and Friedrich Engels" (only the first is inverted) ·
    "Sewell, William H., Jr." · "World Health Organization".
    """
    # "Agyeman, J. et al.", "Hall, S. et al. (eds)"
    text = _ET_AL_TAIL_RE.sub("", text.strip().rstrip(","))
    if not text or len(text) > 400:
        return None
    vancouver = _vancouver_list(text)
    if vancouver is not None:
        return vancouver
    people = parse_name_list(text) if "," in text else None
    if people and len(people) > 1 and (all(map(known_given_name, people))
                                       or _names_in_reading_order(text)):
        return people  # "Scott Chacon, Ben Straub": two people in reading order, not one
    if "," not in text:
        org = parse_organisation(text.rstrip("."))
        return [org] if org is not None else None
    pieces = [p.strip() for p in text.split(",")]
    names: list[Name] = []
    i = 0
    while i < len(pieces):
        piece = _strip_connector(pieces[i])
        if not piece:
            return None
        if piece.lower() in _ET_AL:
            i += 1
            continue
        if names and piece in NAME_SUFFIXES:
            names[-1].suffix = piece
            i += 1
            continue
        if names and is_initial(piece) and names[-1].given and not is_initial(
                names[-1].given.split()[-1]) and len(names) == 1 and i == 2:
            names[-1].given = f"{names[-1].given} {piece}"  # "Burden, Richard, L., …"
            i += 1
            continue
        if names and len(piece.split()) >= 2 and (i + 1 >= len(pieces) or not all(
                is_initial(t) for t in _strip_connector(pieces[i + 1]).split())):
            # "Bánhelyi, Balázs, Tibor Csendes, Balázs Lévai, …": after the first name,
            # the others in reading order (Chicago, MLA)
            person = parse_person(piece)
            if person is not None and person.given is not None:
                names.append(person)
                i += 1
                continue
        if not names and i + 2 < len(pieces) and pieces[i + 1] in NAME_SUFFIXES \
                and _is_family(piece) and _is_given(pieces[i + 2]):
            name = _inverted(piece, pieces[i + 2].split(" and ")[0].strip())  # "Dennis, Jr., J.E."
            name.suffix = pieces[i + 1]
            names.append(name)
            i += 3
            continue
        if i + 1 < len(pieces) and _is_family(piece) and _is_given(pieces[i + 1]) \
                and not _title_after_capitals(piece, pieces[i + 1]):
            given = pieces[i + 1]
            rest_given, _, tail = given.partition(" and ")
            if not tail:
                rest_given, _, tail = given.partition(" & ")
            names.append(_inverted(piece, rest_given.strip()))
            if tail:
                pieces[i + 1] = tail
                i += 1
            else:
                i += 2
            continue
        if names:
            person = parse_person(piece)
            if person is None or person.given is None:
                return None
            names.append(person)
            i += 1
            continue
        return None
    return names or None


def vancouver_names(text: str) -> list[Name] | None:
    """The authors of a line the Vancouver reader has recognised by its whole shape,
    where "Florence AT" is a surname too."""
    return _vancouver_list(_ET_AL_TAIL_RE.sub("", text.strip()), sure=True)


def _names_in_reading_order(text: str) -> bool:
    """"Nils Baratella, Ansgar Lorenz, Stefania Maffeis, and Juliane Eva Reichert": three or
    more pieces of two words or more, none ending with an initial, are people in reading
    order (an inverted list has a one-word surname or initials in every other piece)."""
    pieces = [_strip_connector(p.strip()) for p in text.split(",")]
    return len(pieces) >= 3 and all(
        len(p.split()) >= 2 and not is_initial(p.split()[-1]) for p in pieces)


def _vancouver_list(text: str, *, sure: bool = False) -> list[Name] | None:
    """"Smith J, Jones KL", "Fantham E., et al.": each surname with its initials after it
    and no comma between, as medicine and the sciences write authors.  Every piece must
    have the shape, so "Wallace, Robert W." (APA with a middle initial) stays APA."""
    names: list[Name] = []
    pieces = text.split(",")
    for raw in pieces:
        piece = _strip_connector(raw.strip())
        if piece.lower() in _ET_AL and names:
            continue
        m = _VANCOUVER_RE.fullmatch(piece)
        if m is None or (not sure and m.group("family").split()[0] in GIVEN_NAMES):
            return None  # "John A.": a given name and an initial, in reading order
        if "." in m.group("given") and len(pieces) == 1:
            return None  # "Lars T.": alone, as likely a given name and a middle initial
        given = m.group("given")  # "PF" → "P. F.", as CSL processors initialise it
        names.append(Name(family=m.group("family"),
                          given=given if "." in given else " ".join(f"{i}." for i in given)))
    return names or None


def _strip_connector(piece: str) -> str:
    for connector in ("and ", "& "):
        if piece.startswith(connector):
            return piece[len(connector):].strip()
    return piece


def _is_family(text: str) -> bool:
    """A surname in sorting position; any capitalised word will do ("Read", "Power")."""
    tokens = text.split()
    if not tokens or len(tokens) > 4:
        return False
    for i, token in enumerate(tokens):
        if token in PARTICLES or token in CAPITAL_PARTICLES:
            if i == len(tokens) - 1:
                return False
            continue
        if not _is_structured_name_word(token) or is_initial(token) \
                or token.lower() in NOT_PERSON_WORDS:
            return False  # ("Fiction, Nature, Suspense": a page's genre tags)
    return True


def _is_structured_name_word(token: str) -> bool:
    return (token[0].isupper() and token.lower() not in FUNCTION_WORDS and "." not in token
            and not any(c.isdigit() for c in token) and not token.endswith(("'s", "’s")))


def _is_given(text: str) -> bool:
    text = text.split(" and ")[0].split(" & ")[0]
    tokens = text.split()
    if not tokens or len(tokens) > 4:
        return False
    # a capital alone is an initial written without its dot ("Cobban, A B"), as is the last
    # of run-together initials when the line's full stop went with it ("Wonham, W.M")
    return all(is_initial(t) or _is_structured_name_word(t) or t in PARTICLES
               or initials_only(t) for t in tokens)


def parse_inverted_person(family: str, given: str) -> Name | None:
    """"Carr", "E.H." → one name, when the pieces look like a surname and given names."""
    family, given = family.strip(), given.strip()
    if len(family.split()) > 2 or len(given.split()) > 3:
        return None
    if not (_is_family(family) and _is_given(given)) or " and " in given or "&" in given:
        return None
    if _title_after_capitals(family, given):
        return None
    return _inverted(family, given)


def _title_after_capitals(family: str, given: str) -> bool:
    """"APPIAN, Roman History, Loeb Classical Library.": a surname in capitals, as old
    bibliographies set it, is followed by initials or a common given name ("DURANT, Will,
    …"); other words after it are the title."""
    return family.isupper() and len(family) > 2 and not any(map(is_initial, given.split())) \
        and given.split()[0] not in GIVEN_NAMES


def _inverted(family: str, given: str) -> Name:
    tokens = family.split()
    # "Caviness Jr, V. S.": APA's suffix after the surname, before the comma
    suffix = tokens.pop() if len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES else None
    particles: list[str] = []
    while len(tokens) > 1 and tokens[0] in PARTICLES:
        particles.append(tokens.pop(0))
    # "Courtois, Sébastien de", "Tocqueville, Alexis de": the particle after the given names
    given_tokens = given.split()
    dropping: list[str] = []
    while len(given_tokens) > 1 and given_tokens[-1] in PARTICLES and given_tokens[-1].islower():
        dropping.insert(0, given_tokens.pop())
    if given_tokens and _UNDOTTED_LAST_RE.match(given_tokens[-1]):
        given_tokens[-1] += "."  # "Wonham, W.M": the dot the line's full stop took with it
    return Name(
        family=" ".join(tokens),
        given=" ".join(given_tokens) or None,
        non_dropping_particle=" ".join(particles) or None,
        dropping_particle=" ".join(dropping) or None,
        suffix=suffix,
    )


# A role in brackets after a name, as shops and Goodreads list contributors: "(Editor)",
# "(Author)", "(Editor, Translator)", "(eds.)".  Roles CSL has no variable for map to "".
_ROLE_WORDS: dict[str, str] = {
    "author": "author", "ed": "editor", "eds": "editor", "editor": "editor",
    "editors": "editor", "trans": "translator", "tr": "translator", "translator": "translator",
    "translators": "translator", "illustrator": "", "contributor": "", "foreword": "",
    "introduction": "", "afterword": "", "narrator": "", "reader": "", "compiler": "editor",
    "writer": "author", "artist": "", "photographer": "", "preface": "",
}
_ROLE_BRACKET_RE = re.compile(r"\s*\((?P<roles>[A-Za-z., ]{2,40})\)\s*$")
_ROLE_SPLIT_RE = re.compile(r",|\band\b|&")  # compiled once: every bracket is asked
# between people, outside brackets: "A (Writer) and B (Artist)", "A, B (Translator)"
_PEOPLE_SPLIT_RE = re.compile(r"([,;](?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\)))")


def role_fields(text: str) -> tuple[str, ...] | None:
    """"Editor, Translator" → ("editor", "translator"); None unless every word is a role."""
    words = [w.strip(" .").lower() for w in _ROLE_SPLIT_RE.split(text) if w.strip(" .")]
    if not words or any(w not in _ROLE_WORDS for w in words):
        return None
    return tuple(dict.fromkeys(_ROLE_WORDS[w] for w in words))


def role_marked_people(text: str, last: tuple[str, ...] = ()
                       ) -> list[tuple[tuple[str, ...], Name, int, int]] | None:
    """"Cixin Liu (Author), Ken Liu (Translator)", "Chen Qiufan, Ken Liu" with `last` the
    role of the last name (its bracket already read): each person with their roles and
    where the name stands in `text`.  A name without a bracket is an author; None unless
    some name carries a role other than author."""
    out: list[tuple[tuple[str, ...], Name, int, int]] = []
    pos = 0
    pieces = _PEOPLE_SPLIT_RE.split(text)
    for i in range(0, len(pieces), 2):
        piece = pieces[i]
        start = pos + len(piece) - len(piece.lstrip())
        pos += len(piece) + (len(pieces[i + 1]) if i + 1 < len(pieces) else 0)
        mark = _ROLE_BRACKET_RE.search(piece)
        roles = role_fields(mark.group("roles")) if mark else None
        if mark and roles is None:
            return None
        who = piece[:mark.start()] if mark else piece
        if who.strip() in ANONYMOUS:
            continue  # "Beowulf by Anonymous, Seamus Heaney (Translator)": no author
        person = parse_person(who.strip())
        if person is None or (person.given is None and not is_mononym(person)):
            return None  # "Homer, Emily Wilson (Translator)" names Homer alone
        if roles is None:
            roles = last if i + 2 >= len(pieces) and last else ("author",)
        out.append((roles, person, start, start + len(who.strip())))
    if not any(r != ("author",) for r, *_ in out):
        return None
    return out


# "Scopatz and Huff", "Press, Teukolsky, Vetterling and Flannery": co-authors by surname.
_SURNAME_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]*(?:['’-][A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)?[a-zß-ÿ]*")
_SURNAME_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")


def surname_list(text: str) -> list[Name] | None:
    """Two or more bare surnames joined as co-authors are ("Sholl and Steckel", "Hunt and
    Thomas"), but no title's pair of nouns ("Crime and Punishment": at most one everyday
    word that is no surname, and only among three or more), no pair of given names
    ("Romeo and Juliet") and not everyday surnames alone ("Black and White")."""
    if " and " not in text and "&" not in text and "," not in text:
        return None  # (most stretches: one name or none)
    words = _SURNAME_LIST_SPLIT_RE.split(text.strip())
    if not 2 <= len(words) <= 6 or not all(_SURNAME_WORD_RE.fullmatch(w) for w in words) \
            or all(w in EVERYDAY_SURNAMES for w in words):
        return None
    given = sum(1 for w in words if w in GIVEN_NAMES and w not in EVERYDAY_SURNAMES)
    common = sum(1 for w in words if w not in EVERYDAY_SURNAMES and w not in GIVEN_NAMES
                 and (max(frequencies(w), default=0.0) >= COMMON_WORD
                      or w.lower() in TITLE_WORDS))
    if 2 * given > len(words) or common > (len(words) > 2):
        return None
    return [Name(family=w) for w in words]


def paren_surnames(text: str) -> list[Name] | None:
    """"(Kahneman, 2011)", "(Abelson and Sussman, 1985)": an author-date bracket's
    surnames, where an unknown single word is a surname unless it is an everyday word
    ("Spring", "Fortune") or a given name; the caller has ruled out known imprints.
    "(Kim et al., 2013)", "(Booch, Rossi, et al., 2020)" keep the names given."""
    text = text.strip()
    et_al = _PAREN_ET_AL_RE.search(text)
    if et_al:
        text = text[:et_al.start()]
        words = _SURNAME_LIST_SPLIT_RE.split(text)
        if 1 <= len(words) <= 3 and all(map(_SURNAME_WORD_RE.fullmatch, words)):
            return [Name(family=w) for w in words]  # "et al." tells authors, whatever the words
        return None
    if " " not in text:
        if not _SURNAME_WORD_RE.fullmatch(text) or (
                text not in EVERYDAY_SURNAMES and (
                    text in GIVEN_NAMES or max(frequencies(text), default=0.0) >= COMMON_WORD)):
            return None
        return [Name(family=text)]
    pair = _SURNAME_LIST_SPLIT_RE.split(text)
    if len(pair) == 2 and pair[0] == pair[1] and _SURNAME_WORD_RE.fullmatch(pair[0]):
        return [Name(family=pair[0]), Name(family=pair[1])]  # "(Heath & Heath, 2010)": kin
    return surname_list(text)


_PAREN_ET_AL_RE = re.compile(r",?\s+et\.?\s+al\.?$")
