"""Word lists the parser's decisions rest on, kept apart from the logic.

Every list is closed on purpose, and all but the given names are small: the
parser decides from the shape of a line first and consults these to break ties
(is "Verso" a publisher or a one-word title? is "de" part of a surname?).
"""

from __future__ import annotations

import re
from importlib import resources


def _data_lines(name: str) -> list[str]:
    """The lines of a word list shipped in `biblio/data`, without its comment head."""
    text = (resources.files("biblio") / "data" / name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# Lower-case surname particles, kept as CSL non-dropping particles ("de Beauvoir").
PARTICLES: frozenset[str] = frozenset(
    {
        "de", "di", "da", "do", "dos", "das", "du", "des", "del", "della", "dalla", "la", "le",
        "van", "von", "der", "den", "ter", "ten", "zu", "zum", "zur", "vom", "af", "av",
        "bin", "ibn", "al", "el", "wa", "y", "st.", "e",
    }
)
# Capitalised particles that open a compound surname ("Du Bois", "Le Guin").
CAPITAL_PARTICLES: frozenset[str] = frozenset(
    {"De", "Di", "Da", "Du", "Des", "Del", "Della", "La", "Le", "Van", "Von", "Ibn", "Al", "El",
     "St.", "Mac", "Ten", "Ter"}
)
# Titles before a name that catalogues drop ("Prof. Neil deGrasse Tyson" is Tyson, Neil deGrasse).
HONORIFICS: frozenset[str] = frozenset(
    {"Dr.", "Dr", "Drs.", "Prof.", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord", "Rev.",
     "Rev", "Reverend", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Mx.",
     # ranks a blurb gives its author ("by Gen. Stanley McChrystal", "by Admiral H. McRaven")
     "Captain", "Capt.", "Colonel", "Col.", "General", "Gen.", "Admiral", "Adm.",
     "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Commander", "Cmdr.", "Rabbi", "Bishop"}
)
SUFFIXES: frozenset[str] = frozenset(
    {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "Jnr", "Snr", "Jun.", "Sen."}
)
# What the name readers also take as a suffix: degrees after the name, as blurbs and podcast
# notes credit authors ("Matthew Walker, PhD").  (The labeller's features keep `SUFFIXES`.)
NAME_SUFFIXES: frozenset[str] = SUFFIXES | frozenset(
    {"PhD", "Ph.D.", "Ph.D", "MD", "M.D.", "M.D", "DPhil", "MBA", "Esq.", "Esq"}
)
# First halves of Spanish compound surnames ("García Márquez", "Vargas Llosa").
SPANISH_FIRST_SURNAMES: frozenset[str] = frozenset(
    {
        "García", "Garcia", "Vargas", "López", "Fernández", "González", "Rodríguez", "Martínez",
        "Sánchez", "Pérez", "Gómez", "Díaz", "Hernández", "Jiménez", "Ruiz", "Moreno", "Muñoz",
        "Álvarez", "Romero", "Torres", "Ramírez", "Ortega", "Castro", "Ramos", "Gutiérrez",
    }
)
# Two-word surnames written without a hyphen, where shape alone would split
# "Caroline Criado Perez" at the last word (most "A B C" names are given, middle,
# family: "Tomás Eloy Martínez").
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    {
        "Criado Perez", "Criado Pérez", "Sebag Montefiore", "Bonham Carter", "Lloyd George",
        "Lloyd Webber", "Vaughan Williams", "Lane Fox", "Scott Thomas", "Duncan Smith",
        "Garrett Anderson", "Day Lewis", "Nowell Smith",
        # authors whose two-word surnames book pages and podcasts give in full
        "Conan Doyle", "Hirsi Ali", "Wynne Jones", "Radden Keefe", "Long Soldier", "Nhat Hanh",
        "Cowley Heller", "Fisher Fishkin", "Azumah Nelson", "Jull Costa",
    }
)
# Authors who write their names in lower case; no shape rule can tell them from prose.
LOWER_CASE_NAMES: frozenset[str] = frozenset(
    {"bell hooks", "danah boyd", "adrienne maree brown", "e. e. cummings", "e.e. cummings"}
)
# Common Chinese surnames; a name starting with one and continuing in pinyin is
# written family-first ("Mao Zedong", "Yang Jisheng").
CHINESE_SURNAMES: frozenset[str] = frozenset(
    {
        "Mao", "Yang", "Lu", "Deng", "Zhou", "Li", "Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao",
        "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song",
        "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Xi",
        "Jiang", "Mo", "Lao", "Ba", "Qian", "Yan", "Shen", "Peng", "Pan", "Du", "Wei", "Jin",
        "Qiu", "Cai", "Su", "Ye", "Fang", "Kong", "Zeng", "Xue", "Bai", "Yao", "Tian", "Jia",
        "Xia", "Tan", "Lan", "Shi", "Wen", "Fu", "Ren", "Lei", "Hou", "Meng", "Qin", "Dai",
        "Yin", "Duan", "Gu", "Zou", "Shao", "Qi", "Xiong", "Lyu", "Cui", "Tao", "Ding",
        "Zhong", "Niu", "Hong", "Ji", "Liao", "Gong", "Hua", "Ning", "Miao", "Xiang", "Qiao",
        "Nie", "Geng", "Zhan", "Qu", "Zhuang", "Quan", "Ou", "Bao", "Pei", "Sheng",
    }
)
# Words that are never a name, even in a structured author list.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "with", "from", "at", "into",
        "is", "are", "was", "were", "be", "this", "that", "by", "as", "not", "no", "our", "your",
        "my", "we", "you", "i", "it", "its", "his", "her", "their",
    }
)
# Words that never occur in a person's name but often open or fill a title,
# or label a show-note line.
TITLE_WORDS: frozenset[str] = FUNCTION_WORDS | frozenset(
    {
        "or", "these", "those", "after", "before", "against", "between", "under", "over",
        "about", "how", "why", "what", "when", "who", "where", "part", "volume", "vol.",
        "episode", "season", "chapter", "book", "week", "introduction", "notes", "reading",
        "list", "show", "support", "subscribe", "follow", "join", "listen", "buy", "get", "read",
        "watch", "thanks", "thank", "welcome", "hosts", "host", "guests", "guest", "music", "art",
        "logo", "producer", "editor", "presented", "written", "produced", "hosted", "edited",
        "directed", "cast", "crew", "information", "frequency", "published", "rating",
        "explicit", "category", "language", "genre", "tags", "transcript", "photo", "image",
        "cover", "theme", "sound", "design", "research", "merch", "newsletter", "website",
        "email", "twitter", "instagram", "patreon", "youtube", "tickets", "live", "next",
        "previously", "coming", "up", "out", "now", "all", "more", "some", "every", "one", "two",
        "three", "history", "story", "if", "but", "so", "than", "then", "do", "does", "did",
        "can", "will", "has", "have", "had", "very", "which", "doctor", "mister", "captain",
        "saint",
    }
)
# Lead-ins before a citation: "Also recommended: …", "See also: …".
LEAD_INS: frozenset[str] = frozenset(
    {
        "also recommended", "recommended", "highly recommended", "see also", "see",
        "further reading", "recommended reading", "reading", "source", "sources", "reference",
        "references", "ref", "mentioned", "also mentioned", "read", "cited", "quoted",
        "quote from", "quoted from", "bonus", "plus", "and", "also", "next episode",
        "next time", "next week", "next month", "coming up", "up next", "this week", "book",
        "our book", "book of the month", "this month",
        # a syllabus's labels: "Required text: Physical Biology of the Cell (2nd ed) by …"
        "required text", "required texts", "required reading", "required readings",
        "required book", "required books", "textbook", "textbooks", "course text",
        "course texts", "recommended text", "recommended texts", "optional text",
        "optional reading", "optional readings", "supplementary reading", "main text",
    }
)
# Editions in words, as a title's page may spell them ("Third Edition").
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth")
# Words that end any reading of a phrase as a person's name.
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "press", "books", "university", "publishing", "publishers", "pictures", "films",
        "studios", "review", "journal", "magazine", "times", "news", "post", "herald", "gazette",
        "podcast", "radio", "tv", "classics", "editions", "quarterly", "bulletin", "fiction",
        "nonfiction", "non-fiction",
        # a speaker's own words, never a name: "Hi, I'm Irwin."
        "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we're", "we’re",
        "you're", "you’re", "it's", "it’s", "he's", "he’s", "she's", "she’s", "that's",
        "that’s",
    }
) | frozenset(ORDINALS)  # "Tenth Grade, First Term" is no byline (a cardinal may be a
# surname: Doug Seven)
# Words marking an organisation rather than a person.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "organization", "organisation", "institute", "institution", "bank", "fund", "council",
        "committee", "association", "society", "union", "party", "university", "foundation",
        "agency", "commission", "panel", "group", "trust", "office", "department", "ministry",
        "international", "collective", "network", "centre", "center", "project", "board",
        "bureau", "league", "federation", "congress", "parliament", "government", "forum",
        "oxfam", "unesco", "unicef", "nato", "oecd", "imf", "un", "who", "data", "archive",
        "museum", "library", "corporation", "inc.", "ltd", "ltd.", "llc", "co.", "company",
        "service", "services", "collaboration", "consortium", "academy", "laboratory",
        "administration", "editors", "staff", "circle",
    }
)
# Words that make a phrase a publisher's name.
PUBLISHER_WORDS: frozenset[str] = frozenset(
    {
        "press", "books", "publishing", "publishers", "publisher", "publications", "verlag",
        "editions", "éditions", "edizioni", "editorial", "classics", "house", "media", "pictures",
        "films", "studios", "productions", "&", "sons", "co.", "ltd", "inc.", "llc", "library",
        "bookshop", "imprint", "review", "university", "paperbacks", "group",
    }
)
# The last word of a publisher's name, where no other kind of name ends so: "The Scarecrow
# Press", "Wiley Publishing", "Klett Verlag".
PUBLISHER_ENDINGS: frozenset[str] = frozenset({"press", "publishers", "publishing", "verlag"})
# Publishers whose name carries none of PUBLISHER_WORDS.
PUBLISHERS: frozenset[str] = frozenset(
    {
        "verso", "penguin", "vintage", "picador", "faber", "faber and faber", "faber & faber",
        "routledge", "macmillan", "palgrave", "palgrave macmillan", "bloomsbury", "hutchinson",
        "harper", "harpercollins", "harper collins", "knopf", "alfred a. knopf", "norton",
        "w. w. norton", "w.w. norton", "w. w. norton & company", "scribner", "ecco", "crown",
        "viking", "allen lane", "bodley head", "the bodley head", "jonathan cape", "chatto",
        "chatto & windus", "granta", "canongate", "fourth estate", "harvill", "harvill secker",
        "hogarth", "virago", "abacus", "little, brown", "hachette", "simon & schuster",
        "random house", "penguin random house", "simon and schuster", "doubleday", "anchor",
        "basic", "belknap", "blackwell", "wiley", "polity",
        "sage", "brill", "springer", "elsevier", "haymarket", "pluto", "zed", "zero", "repeater",
        "reaktion", "melville house", "publicaffairs", "metropolitan", "farrar, straus and giroux",
        "farrar, straus & giroux", "fsg", "houghton mifflin", "houghton mifflin harcourt",
        "harcourt", "new directions", "nyrb", "nyrb classics", "europa", "fitzcarraldo",
        "portobello", "gollancz", "victor gollancz", "john murray", "weidenfeld & nicolson",
        "weidenfeld and nicolson", "hackett", "longman", "heinemann", "secker & warburg",
        "secker and warburg", "cape", "pan", "corgi", "everyman", "oup", "cup", "mit", "goskino",
        "bantam", "dell", "tor", "orbit", "del rey", "riverhead", "grove", "grove press",
        "spiegel & grau", "lawrence and wishart", "lawrence & wishart", "merlin", "bookmarks",
        # imprints a bracket names alone, "(Pantheon, 1993)", which would otherwise read as
        # an author's surname, "(Dawkins, 1976)"
        "pantheon", "minotaur", "tauris", "i.b. tauris", "i. b. tauris", "dutton", "putnam",
        "ballantine", "berkley", "baen", "mariner", "atria", "graywolf", "hodder",
        "hodder & stoughton", "quercus", "sceptre", "ebury", "fontana", "signet", "dover",
        "tuttle", "shambhala", "scholastic", "puffin", "avon", "harlequin", "kensington",
        "sourcebooks", "workman", "algonquin", "beacon", "counterpoint", "catapult", "oneworld",
        "hamish hamilton", "michael joseph", "transworld", "piatkus", "carcanet", "bloodaxe",
        "akashic", "weidenfeld", "seuil", "gallimard", "suhrkamp", "einaudi",
        "o'reilly", "o’reilly", "manning", "apress", "packt", "addison-wesley", "prentice hall",
        "prentice-hall", "mcgraw-hill", "mcgraw hill", "no starch", "wrox", "sams", "peachpit",
    }
)
# Broadcasters and streaming services: "(HBO, 2019)" is a TV programme, not a book.
NETWORKS: frozenset[str] = frozenset(
    {
        "hbo", "bbc", "bbc one", "bbc two", "bbc three", "bbc four", "bbc radio 3", "bbc radio 4",
        "bbc radio 5 live", "bbc world service", "itv", "channel 4", "channel 5", "sky",
        "sky atlantic", "sky 1", "sky one", "netflix", "amazon", "amazon prime", "prime video",
        "apple tv+", "hulu", "pbs", "amc", "fx", "showtime", "cnn", "nbc", "cbs", "abc", "fox",
        "arte", "zdf", "ard", "rte", "cbc", "disney+", "paramount+", "npr", "radio 4",
    }
)
NEWSPAPERS: frozenset[str] = frozenset(
    {
        "the guardian", "guardian", "the observer", "observer", "the times", "times",
        "the sunday times", "the new york times", "new york times", "nytimes", "financial times",
        "the financial times", "ft", "the washington post", "washington post", "the telegraph",
        "the daily telegraph", "daily telegraph", "the independent", "independent", "bbc news",
        "the wall street journal", "wall street journal", "le monde", "the irish times",
        "los angeles times", "the los angeles times", "the boston globe", "evening standard",
        "the scotsman", "the herald", "daily mail", "the daily mail", "the mirror", "the sun",
        "die zeit", "der spiegel", "el país", "usa today", "the moscow times", "pravda",
        "the hindu", "the age", "the australian", "haaretz", "al jazeera", "reuters",
        # news sites and more papers, as articles cite them (one common word alone, as
        # "Insider" or "The Hill", could as well be a book's title, and is left out)
        "chicago tribune", "the chicago tribune", "san francisco chronicle",
        "the san francisco chronicle", "the seattle times", "the philadelphia inquirer",
        "the baltimore sun", "the toronto star", "the globe and mail", "national post",
        "the sydney morning herald", "new york post", "the new york post",
        "the dallas morning news",
        "the houston chronicle", "the miami herald", "the denver post", "the times of india",
        "the straits times", "south china morning post", "the japan times", "the jerusalem post",
        "the christian science monitor", "christian science monitor", "the sunday telegraph",
        "the mail on sunday", "the associated press", "associated press", "ap news", "axios",
        "politico", "huffpost", "the huffington post", "huffington post", "buzzfeed news",
        "business insider", "the daily beast", "daily beast", "the intercept", "propublica",
        "the verge", "ars technica", "techcrunch", "the conversation", "bloomberg news",
    }
)
MAGAZINES: frozenset[str] = frozenset(
    {
        "the atlantic", "atlantic", "the new yorker", "new yorker", "the economist", "economist",
        "harper's", "harper's magazine", "new statesman", "the new statesman", "the spectator",
        "spectator", "time", "newsweek", "london review of books", "the london review of books",
        "lrb", "the new york review of books", "new york review of books", "jacobin",
        "the nation", "the new republic", "prospect", "vanity fair", "rolling stone", "wired",
        "the paris review", "granta", "foreign affairs", "foreign policy", "dissent", "horizon",
        "new writing", "tribune", "the baffler", "n+1", "aeon", "vox", "slate", "the point",
        "national geographic", "scientific american", "new scientist", "the critic",
        "unherd", "the new york times magazine", "esquire", "vogue", "the listener",
        # more magazines and reviews, by the names articles cite them by
        "forbes", "bloomberg businessweek", "businessweek", "fast company",
        "harvard business review", "mit technology review", "the new york times book review",
        "new york times book review", "mother jones", "the american conservative",
        "national review", "the walrus", "maclean's", "smithsonian", "smithsonian magazine",
        "atlas obscura", "nautilus", "quanta magazine", "psychology today", "popular science",
        "popular mechanics", "discover magazine", "the american scholar", "lapham's quarterly",
        "the new atlantis", "first things", "christianity today", "the christian century",
        "the marginalian", "literary hub", "lithub", "kirkus reviews", "publishers weekly",
        "library journal", "the bookseller", "times literary supplement",
        "the times literary supplement", "poetry magazine", "mcsweeney's", "electric literature",
        "the millions", "the rumpus", "bookforum", "boston review",
        "the los angeles review of books", "los angeles review of books", "the kenyon review",
        "the sewanee review", "the hudson review", "ploughshares", "the threepenny review",
        "the village voice", "the hollywood reporter", "hollywood reporter", "indiewire",
        "sight and sound", "sight & sound", "film comment", "entertainment weekly", "pitchfork",
        "the ringer", "fivethirtyeight", "cosmopolitan", "teen vogue", "new york magazine",
        "vulture", "in these times", "the american prospect", "washington monthly",
        "the atlantic monthly", "the new criterion", "commonweal", "politico magazine",
        "noema", "noema magazine", "monocle", "the new european",
        "new humanist", "philosophy now", "history today", "bbc history magazine",
        "salon", "gizmodo", "engadget", "mashable", "quartz", "medium", "substack",
    }
)
# Periodicals by name: an article ran in one, nobody wrote it.
PERIODICALS: frozenset[str] = NEWSPAPERS | MAGAZINES
# Credits and labels that open show-note lines which are never citations.
CREDIT_LABELS: frozenset[str] = frozenset(
    {
        "producer", "producers", "executive producer", "executive producers", "series producer",
        "assistant producer", "music", "theme music", "theme", "art", "artwork", "logo", "cover",
        "cover art", "photo", "photos", "image", "image credit", "images", "episode image",
        "illustration", "host", "hosts", "guest", "guests", "cast", "crew", "editor",
        "group editor", "editors", "sound", "sound design", "engineer", "sound engineer", "mixing",
        "research", "researcher", "transcript", "twitter", "x", "instagram", "facebook", "tiktok",
        "email", "e-mail", "website", "web", "merch", "shop", "newsletter", "published", "released",
        "date", "duration", "length", "runtime", "rating", "frequency", "category", "categories",
        "language", "genre", "tags", "keywords", "chapters", "timestamps", "support the show",
        "support", "sponsor", "sponsors", "sponsored by", "partners", "assessment", "seminar",
        "lecture", "office hours", "credits", "contact", "follow", "subscribe", "listen",
        "watch", "get in touch", "get the book", "buy the book", "patreon", "youtube",
        "presenter", "presenters", "narrator", "director", "writer", "writers", "written by",
        "produced by", "music by", "art by", "logo by", "edited by", "hosted by", "presented by",
        "recorded", "location", "venue", "tickets", "note", "notes", "disclaimer",
    }
)
# Labels of one field of an entry written over several lines ("**Autor:** Eric Meyer",
# "- **Publisher:** IT Revolution Press (2023)"): the line gives the entry above a value and
# names no work of its own.
FIELD_LABELS: frozenset[str] = frozenset(
    {
        "author", "authors", "autor", "autores", "autora", "autoras", "autorin", "autoren",
        "auteur", "auteurs", "autrice", "autore", "autori", "verfasser", "publisher",
        "publishers", "editora", "verlag", "maison d'édition", "éditeur",
        "editeur", "casa editrice", "wydawnictwo", "uitgever", "förlag", "yayınevi",
    }
)
# The last word of a label that credits people ("Exec Producers:", "Sound Engineer:").
CREDIT_ROLES: frozenset[str] = frozenset(
    {
        "producer", "producers", "editor", "editors", "host", "hosts", "guest", "guests",
        "engineer", "engineers", "researcher", "researchers", "presenter", "presenters",
        "narrator", "narrators", "writer", "writers", "director", "directors", "credits",
        "cast", "crew", "music", "art", "artwork", "design", "designer", "photography",
        "illustration", "mixing", "mastering", "assistant", "manager", "coordinator", "image",
        "photo", "picture", "photograph", "cover",
    }
)
# Words that open a description of a person, not a title ("Professor of History at …").
BIO_WORDS: frozenset[str] = frozenset(
    {
        "professor", "lecturer", "historian", "journalist", "author", "writer", "editor",
        "fellow", "reader", "senior", "associate", "assistant", "emeritus", "honorary", "head",
        "chair", "director", "founder", "co-founder", "host", "presenter", "producer",
        "correspondent", "columnist", "curator", "researcher", "dr", "dr.", "visiting",
        "former", "chief", "deputy", "president", "ceo", "mp", "minister",
    }
)
# The jobs of a library's or a school's staff, who sign the picks they recommend ("Laura
# Jean, Reader's Advisory Librarian").
STAFF_JOBS: frozenset[str] = frozenset({
    "librarian", "coordinator", "manager", "specialist", "supervisor", "administrator",
    "technician", "intern", "clerk",
})
# Jobs that follow a guest's name in a credit line ("Marcela Gaviria, Documentary
# Filmmaker"); none that opens or closes titles often ("Doctor Faustus", "Executive Orders").
JOB_WORDS: frozenset[str] = frozenset(
    {
        "filmmaker", "documentarian", "attorney", "lawyer", "president", "ceo", "cfo", "coo",
        "founder", "co-founder", "cofounder", "professor", "journalist", "reporter",
        "correspondent", "columnist", "commentator", "novelist", "poet", "playwright",
        "screenwriter", "historian", "economist", "scientist", "neuroscientist", "psychologist",
        "psychiatrist", "physician", "researcher", "analyst", "strategist", "consultant",
        "entrepreneur", "investor", "activist", "photographer", "illustrator", "designer",
        "engineer", "comedian", "actor", "actress", "musician", "composer", "producer",
        "senator", "congressman", "congresswoman", "governor", "mayor", "ambassador",
        "chef", "curator", "lecturer", "podcaster", "broadcaster", "editor-in-chief",
        # a school's contributor ("Online Learning Tips, Student Contributor"), and a
        # library's staff under their picks (STAFF_JOBS)
        "contributor", *STAFF_JOBS,
    }
)
# Genres and subjects a reading list files its books under ("- Economics", "- Science
# Fiction", "Non-fiction"), in lower case: a shelf's name, not a work's.
GENRES: frozenset[str] = frozenset(
    {
        "fiction", "nonfiction", "non-fiction", "science fiction", "sci-fi", "sf", "fantasy",
        "mystery", "mysteries", "thriller", "thrillers", "crime", "romance", "horror",
        "poetry", "poems", "drama", "plays", "classics", "literature", "literary fiction",
        "essays", "short stories", "biography", "biographies", "autobiography", "memoir",
        "memoirs", "history", "philosophy", "religion", "spirituality", "theology",
        "economics", "business", "finance", "politics", "political science", "science",
        "popular science", "mathematics", "math", "physics", "chemistry", "biology",
        "psychology", "sociology", "anthropology", "linguistics", "language", "languages",
        "self-help", "self help", "personal development", "productivity", "humor", "humour",
        "comedy", "art", "music", "travel", "cooking", "food", "health", "sports", "education",
        "law", "technology", "programming", "computer science", "software",
        "software engineering", "design", "system design", "management", "leadership",
        "parenting", "young adult", "ya", "children's", "kids", "graphic novels", "comics", "manga",
        "true crime", "nature", "environment", "medicine", "writing", "other", "misc",
        "miscellaneous", "general", "reference", "textbooks", "novels", "non fiction",
    }
)
# Verbs and nouns of credit lines ("Written and presented by ...", "Music by ...").
CREDIT_WORDS: frozenset[str] = frozenset(
    {
        "written", "presented", "produced", "hosted", "edited", "directed", "mixed", "mastered",
        "narrated", "read", "performed", "recorded", "engineered", "composed", "designed",
        "illustrated", "transcribed", "research", "researched", "fact-checking", "fact-checked",
        "music", "art", "artwork", "logo", "photo", "photography", "cover", "sound", "design",
        "theme", "tune", "production", "additional", "reporting", "audio", "editing", "and", "&",
        "our", "is", "episode", "image", "illustration", "by", "co-written", "written,",
        "graphics", "animation", "original", "score", "voice", "voices", "casting", "mixing",
        # who chose a library's or a list's picks ("Recommended by Teri", "Compiled by Bob
        # Frost, 2010"; not "chosen": "Chosen by God" is a book)
        "recommended", "compiled", "curated", "picked",
    }
)
# Phrases of sponsor reads and calls to action (matched in the lower-cased
# line): a line with one of them is boilerplate, never a citation.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "patreon", "subscribe", "sponsor", "promo code", "use code", "% off", "free trial",
    "follow us", "rate and review", "leave us a review", "wherever you get your podcasts",
    "acast.com", "megaphone.fm", "ad choices", "adchoices", "privacy and opt-out",
    "privacy & opt-out", "all rights reserved", "copyright ©", "brought to you by",
    "affiliate link", "listen on ", "listen now", "listen ad-free", "sign up", "click here",
    "share it", "share this", "join us", "become a member", "become a patron",
    "become a supporter", "tickets for", "tickets are", "on sale now", "thanks for listening",
    "thank you to", "thank you for", "email us", "get in touch", "we're hiring",
    "we’re hiring", "advertise on", "advertise with", "show more", "show less",
    "go back to the main", "back to top",
)

# Computing's conferences by their acronyms, as reading groups cite a paper's venue:
# "(ICLR 2021)", "(MobiCom 2022)" (lower case, as the lexicon compares them).
CONFERENCES: frozenset[str] = frozenset({
    "aaai", "acl", "aistats", "asplos", "cav", "ccs", "chi", "cikm", "colt", "coling", "conll",
    "corl", "cscw", "cvpr", "dac", "eacl", "eccv", "emnlp", "eurosys", "fse", "hpca", "iccv",
    "icdcs", "icde", "icdm", "iclr", "icml", "icra", "icse", "ijcai", "infocom", "iotdi",
    "ipsn", "iros", "isca", "kdd", "lics", "micro", "mobicom", "mobisys", "naacl", "ndss",
    "neurips", "nips", "nsdi", "oopsla", "osdi", "pldi", "podc", "pods", "popl", "recsys",
    "sensys", "sigcomm", "sigir", "siggraph", "sigmod", "soda", "sosp", "stoc", "focs", "uai",
    "uist", "vldb", "wsdm", "www", "interspeech", "icassp", "miccai", "ubicomp"})


# Where a podcast is heard or followed: a line that names one alone is a link to it, never a
# work ("- Apple Podcasts", "- Stitcher", "Instagram").
PLATFORMS: frozenset[str] = frozenset({
    "apple podcasts", "itunes", "spotify", "google podcasts", "youtube", "youtube music",
    "overcast", "pocket casts", "pocketcasts", "stitcher", "castbox", "castro", "podcast addict",
    "podbean", "podchaser", "iheartradio", "iheart", "tunein", "amazon music", "audible",
    "deezer", "soundcloud", "player fm", "radiopublic", "rss", "rss feed", "instagram",
    "twitter", "x", "facebook", "tiktok", "linkedin", "threads", "bluesky", "mastodon",
    "patreon", "substack", "discord", "reddit", "twitch", "newsletter", "website", "email",
    # a personal site's links to its owner's other pages ("Github", "Feed")
    "github", "gitlab", "feed", "atom feed", "goodreads", "letterboxd", "storygraph",
    "the storygraph", "medium", "tumblr", "flickr", "pinterest",
})

# Shops a list links each book to ("[Audible](…) | [Kindle](…)"): where a work is sold, never
# the work nor its author.
SHOPS: frozenset[str] = frozenset({
    "amazon", "kindle", "audible", "bookshop", "bookshop.org", "kobo", "apple books",
    "google play", "google play books", "barnes & noble", "barnes and noble", "indiebound",
    "libro.fm", "waterstones", "powell's", "blackwell's", "abebooks", "book depository", "hive",
})

# Common given names: a person for sure ("Brave New World – Aldous Huxley", "Wolf Hall,
# Hilary Mantel").  The hand-made list below, with the names of many writers, and the
# common names of the US census in `data/given_names.txt` (how it was made is in its head).
GIVEN_NAMES: frozenset[str] = frozenset(
    {*_data_lines("given_names.txt"),
        # writers' names the census list leaves out as everyday words: Ray Bradbury, Lee
        # Child, Dean Koontz, Gene Wolfe, Bob Woodward, Roy Jenkins, Hope Jahren, Guy
        # Gavriel Kay, Pat Barker, Sue Grafton (not "Don": "Don Quixote", "Don Juan")
        "Ray", "Lee", "Dean", "Gene", "Bob", "Roy", "Hope", "Guy", "Pat", "Sue",
        # and short forms the census list leaves out: Andy Weir, Matt Haig, Sam Harris, Ted
        # Chiang, Pete Hamill, Jen Beagin, Meg Wolitzer, Ali Smith, Jerry Saltz, Larry
        # McMurtry, Gary Shteyngart, Jeff VanderMeer, Rick Riordan, Nate Silver, Josh
        # Malerman, Zach Weinersmith, Luke Harding, Kyle Harper, Brad Stone, Ross Douthat,
        # Dave Eggers, Phil Knight, Doug Lemov, Jay Shetty, Ron Chernow, Craig Mod, Ryan
        # Holiday, Wes Moore, Walt Whitman
        "Andy", "Matt", "Sam", "Ted", "Pete", "Jen", "Meg", "Ali", "Jerry", "Larry", "Gary",
        "Jeff", "Rick", "Nate", "Josh", "Zach", "Luke", "Kyle", "Brad", "Ross", "Dave", "Phil",
        "Doug", "Jay", "Ron", "Craig", "Ryan", "Wes", "Walt",
        # and common names of the census list that are no English words, left out only
        # because people's names are frequent in text (Todd Myers, Tyler Cowen, Derek
        # Thompson, Michelle Obama, Jesse Ball, Nathan Hill, Spencer Quinn)
        "Jose", "Michelle", "Justin", "Ashley", "Brandon", "Wayne", "Billy", "Russell",
        "Bobby", "Todd", "Jesse", "Johnny", "Jimmy", "Nathan", "Allen", "Travis", "Jacob",
        "Bradley", "Jamie", "Eddie", "Barry", "Francisco", "Marcus", "Lloyd", "Tommy", "Derek",
        "Gordon", "Charlie", "Tyler", "Franklin", "Arnold", "Harvey", "Kelly", "Nelson",
        "Wallace", "Morris", "Marshall", "Perry", "Kent", "Kenny", "Chelsea", "Cameron",
        "Lucas", "Spencer", "Owen", "Stewart", "Logan", "Dylan", "Murray", "Harrison",
        "Hillary", "Diego", "Cole", "Blair", "Duncan", "Stan", "Chuck", "Clark", "Taylor",
        "Morgan", "Jordan", "Blake",
        "Aaron", "Abraham", "Ada", "Adam", "Adrian", "Agnes", "Agnieszka", "Alan", "Albert",
        "Aldous", "Aleksandr", "Aleksandra", "Alessandro", "Alex", "Alexander", "Alexandra",
        "Alexei", "Alexis", "Alfred", "Alice", "Alison", "Amanda", "Amartya", "Amy", "Ana",
        "Andrea", "Andrei", "Andrew", "Andrzej", "Angela", "Angus", "Ann", "Anna", "Anne",
        "Annie", "Anthony", "Antoine", "Anton", "Antonio", "Antony", "Art", "Arthur", "Barbara",
        "Ben", "Benedict", "Benjamin", "Bernard", "Bertrand", "Bill", "Boris", "Brian",
        "Bruce", "Bruno", "Carl", "Carla", "Carlo", "Carlos", "Carol", "Caroline",
        "Catherine", "Charles", "Charlotte", "Chris", "Christian", "Christina", "Christine",
        "Christopher", "Claire", "Clara", "Claude", "Colin", "Dan", "Daniel", "Daniela",
        "Danny", "Daron", "David", "Deborah", "Denis", "Dennis", "Diana", "Dimitri",
        "Dmitri", "Dominic", "Donald", "Dorian", "Doris", "Dorothy", "Douglas", "Edgar",
        "Edith", "Edmund", "Edward", "Elena", "Elif", "Elizabeth", "Ella", "Ellen", "Emily",
        "Emma", "Eric", "Erich", "Erik", "Ernest", "Ernst", "Eugene", "Eugenia", "Eva",
        "Evgenii", "Evgeny", "Ezra", "Fernand", "Fernando", "Florian", "Francesca",
        "Francis", "Frank", "Frantz", "Franz", "Fred", "Frederick", "Friedrich", "Fyodor",
        "Gabriel", "Gabriele", "Garrett", "Geoffrey", "Georg", "George", "Gerald",
        "Gillian", "Giovanni", "Giuseppe", "Gloria", "Grace", "Graham", "Greg", "Gregory",
        "Gustave", "Günter", "Hannah", "Hans", "Harold", "Harriet", "Harry", "Heinrich",
        "Helen", "Helena", "Henri", "Henry", "Herbert", "Hilary", "Horatio", "Howard", "Hugh",
        "Hugo", "Ian", "Igor", "Ilya", "Irene", "Isaac", "Isabel", "Isabella", "Isaiah", "Italo",
        "Ivan", "Jack", "Jacques", "Jake", "James", "Jan", "Jane", "Janet", "Jared",
        "Jason", "Jean", "Jeffrey", "Jennifer", "Jenny", "Jeremy", "Jessica", "Jill", "Jim",
        "Joan", "Joanna", "Joe", "Johann", "Johannes", "John", "Jon", "Jonathan", "Jorge",
        "Josef", "Joseph", "Joshua", "José", "Juan", "Judith", "Julia", "Julian", "Julie",
        "Julius", "Karen", "Karl", "Kate", "Katherine", "Kathleen", "Keith", "Ken",
        "Kenneth", "Kevin", "Kim", "Kristen", "Kurt", "Larissa", "Laura", "Lauren",
        "Lawrence", "Leo", "Leon", "Leonard", "Leonid", "Leszek", "Lewis", "Linda", "Lisa",
        "Louis", "Louise", "Lucy", "Ludwig", "Luis", "Lydia", "Lynn", "Malcolm", "Marc",
        "Marcel", "Margaret", "Maria", "Marie", "Marina", "Mario", "Mark", "Martin", "Mary",
        "Masha", "Matthew", "Max", "Maxim", "Melvyn", "Michael", "Michel", "Michele",
        "Miguel", "Mike", "Mikhail", "Milan", "Miriam", "Mitchell", "Monica", "Nadezhda",
        "Nancy", "Naomi", "Natalia", "Natasha", "Neil", "Nicholas", "Nick", "Nicola",
        "Nikita", "Nikolai", "Noam", "Norman", "Oleg", "Olga", "Oliver", "Orhan", "Orlando",
        "Oscar", "Pablo", "Patricia", "Patrick", "Paul", "Paula", "Pavel", "Peter",
        "Philip", "Philippe", "Pierre", "Pyotr", "Rachel", "Ralph", "Raymond", "Rebecca",
        "Rex", "Richard", "Rob", "Robert", "Robin", "Roger", "Roland", "Ronald", "Rosa",
        "Rosamund", "Ruth", "Ryszard", "Sally", "Samuel", "Sandra", "Sara", "Sarah",
        "Scott", "Sean", "Sebastian", "Sergei", "Sergey", "Serhii", "Sheila", "Sigrid",
        "Simon", "Simone", "Slavoj", "Sophie", "Stanley", "Stefan", "Stephen", "Steve",
        "Steven", "Stuart", "Susan", "Svetlana", "Sylvia", "Tariq", "Terence", "Teresa", "Terry",
        "Theodor", "Theodore", "Thomas", "Tim", "Timothy", "Toby", "Tom", "Tomás", "Toni",
        "Tony", "Ursula", "Valentina", "Vasily", "Vera", "Victor", "Victoria", "Vincent",
        "Virginia", "Vladimir", "Walter", "Warren", "Wendy", "Werner", "Wilhelm", "Will", "William",
        "Winston", "Wolfgang", "Yanis", "Yevgeny", "Yuri", "Yuval", "Zadie", "Zygmunt",
    }
)

# Modern writers a syllabus names by family name alone ("Hegel: Phenomenology of Spirit");
# family names that are also words, places or given names are left out.  Authors alone like
# those below, yet surnames where the parser weighs a surname alone ("Tolstoy: Anna Karenina
# (2003)", "Gogol's The Nose"): "Marx's Ethical Vision" is a book about him.
FAMILY_NAME_AUTHORS: frozenset[str] = frozenset(
    {
        "Arendt", "Balzac", "Beckett", "Bentham", "Boccaccio", "Borges", "Brecht", "Camus",
        "Cervantes", "Chaucer", "Chekhov", "Copernicus", "Derrida", "Descartes", "Dickens",
        "Dostoevsky", "Dostoyevsky", "Durkheim", "Engels", "Erasmus", "Flaubert", "Foucault",
        "Freud", "Gibbon", "Goethe", "Gogol", "Hegel", "Heidegger", "Hobbes", "Hume",
        "Husserl", "Ibsen", "Kafka", "Kant", "Kepler", "Kierkegaard", "Leibniz", "Locke",
        "Machiavelli", "Marx", "Melville", "Montaigne", "Montesquieu", "Nabokov", "Nietzsche",
        "Proust", "Pushkin", "Rabelais", "Rilke", "Rousseau", "Sartre", "Schiller",
        "Schopenhauer", "Shakespeare", "Solzhenitsyn", "Spinoza", "Thoreau", "Tocqueville",
        "Tolstoy", "Turgenev", "Wittgenstein", "Wordsworth",
    }
)

# Authors known by one name: classical, medieval and Asian writers cited without
# a given name, and pen names.  A one-word "author" is otherwise accepted only
# with a date or publisher beside it; these are authors whatever the line holds
# ("Ovid: Metamorphoses", "The Frogs by Aristophanes"), as are the modern writers above.
MONONYMS: frozenset[str] = frozenset(
    {
        # Greek
        "Aeschylus", "Aesop", "Alcaeus", "Anacreon", "Archilochus", "Archimedes",
        "Aristophanes", "Aristotle", "Arrian", "Callimachus", "Democritus", "Demosthenes",
        "Epictetus", "Epicurus", "Euclid", "Euripides", "Galen", "Heraclitus", "Herodotus",
        "Hesiod", "Hippocrates", "Homer", "Isocrates", "Longinus", "Lucian", "Menander",
        "Parmenides", "Pausanias", "Pindar", "Plato", "Plotinus", "Plutarch", "Polybius",
        "Porphyry", "Ptolemy", "Pythagoras", "Sappho", "Socrates", "Sophocles", "Strabo",
        "Theocritus", "Theophrastus", "Thucydides", "Xenophon", "Apollodorus", "Apollonius",
        # Latin and late antique
        "Ammianus", "Apuleius", "Augustine", "Ausonius", "Boethius", "Catullus", "Cicero",
        "Ennius", "Horace", "Juvenal", "Livy", "Lucan", "Lucretius", "Macrobius", "Ovid",
        "Persius", "Petronius", "Plautus", "Pliny", "Procopius", "Propertius", "Quintilian",
        "Sallust", "Seneca", "Statius", "Suetonius", "Tacitus", "Tertullian", "Tibullus",
        "Varro", "Vergil", "Virgil", "Vitruvius", "Anselm", "Eusebius", "Josephus", "Origen",
        # Medieval, Persian, Arabic, Indian, Chinese, Japanese
        "Abelard", "Aquinas", "Attar", "Averroes", "Avicenna", "Basho", "Bashō", "Bede",
        "Chanakya", "Confucius", "Dante", "Dogen", "Dōgen", "Ferdowsi", "Firdausi",
        "Froissart", "Hafez", "Hafiz", "Hanshan", "Kabir", "Kalidasa", "Kukai", "Kūkai",
        "Laozi", "Lao-Tzu", "Lao-tzu", "Mencius", "Mirabai", "Nagarjuna", "Nichiren", "Nizami",
        "Petrarch", "Rumi", "Ryokan", "Ryōkan", "Saadi", "Shantideva", "Sunzi", "Tulsidas",
        "Valmiki", "Vyasa", "Zhuangzi",
        # Pen names and single-name modern authors
        "Avi", "Banksy", "Colette", "Hergé", "Moebius", "Molière", "Multatuli", "Nadar",
        "Novalis", "Rachilde", "Saki", "Stendhal", "Trevanian", "Vercors", "Voltaire",
    }
) | FAMILY_NAME_AUTHORS
# What stands for the author of an anonymous work ("Beowulf by Anonymous"): no name.
ANONYMOUS: frozenset[str] = frozenset({"Anonymous", "Anon.", "Anon", "Unknown"})

# A US town named with its state, as American imprints give it: "Burbank, CA",
# "Westport, Conn.", "Morton Grove, Illinois"; the state marks the town, whatever it is.
US_STATES = (
    r"A[LKZR]|C[AOT]|D[CE]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]"
    r"|T[NX]|UT|V[TA]|W[AVIY]|D\.C\.|Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\."
    r"|Ill\.|Ind\.|Kans?\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Nebr?\."
    r"|Nev\.|N\.\s?[HJMYCD]\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Tex\.|Va\.|Vt\."
    r"|Wash\.|Wis\.|W\.\s?Va\.|Wyo\.|Alabama|Arizona|California|Colorado|Connecticut|Florida"
    r"|Illinois|Indiana|Iowa|Kansas|Kentucky|Maryland|Massachusetts|Michigan|Minnesota"
    r"|Mississippi|Missouri|Nebraska|Nevada|New Jersey|New Mexico|Ohio|Oklahoma|Oregon"
    r"|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin")
US_TOWN = r"[A-Z][a-z]+\.?(?:[ -][A-Z][a-z]+){0,2}"  # the town's own name: "Morton Grove"
US_TOWN_RE = re.compile(rf"(?P<town>{US_TOWN}),\s*(?:{US_STATES})$")
# Publishing cities that an imprint may give alone: "(London, 2015)", and British
# history lists' "(Oxford, 1987)", "(Cambridge, 1983)" (the town, the press left out,
# as in older Oxford and Cambridge reading lists and MHRA notes).  Towns that are also
# common words or names ("Reading", "Lincoln", "Columbia") are left out.
PLACES: frozenset[str] = frozenset(
    {
        "Oxford", "Cambridge", "Princeton", "Stanford", "N.Y.", "N. Y.", "NY", "New York, N.Y.",
        "New York, NY", "Washington, D.C.", "London, U.K.", "London, UK", "Aldershot", "Farnham",
        "Woodbridge",
        "Stroud", "Harlow", "Leicester", "Exeter", "Cardiff", "Belfast", "York", "Norwich",
        "Nottingham", "Sheffield", "Aberdeen", "St Andrews", "Lancaster", "Manchester and New York",
        "Chapel Hill", "Baton Rouge", "Bloomington", "Ann Arbor", "Urbana", "Lanham",
        "New Brunswick", "Notre Dame", "Austin", "Seattle", "Pittsburgh", "Charlottesville",
        "Boulder", "Albany", "Syracuse", "Detroit", "Honolulu", "Oakland", "Westport", "Armonk",
        "Grand Rapids", "Nashville", "Evanston", "Amherst", "Hanover", "Middletown",
        "Cambridge, Massachusetts", "Cambridge MA", "Ottawa", "Kingston", "Louvain", "Leuven",
        "Turnhout", "Göttingen", "Tübingen", "Heidelberg", "Bonn", "Cologne", "Florence",
        "Bologna", "Turin", "Venice", "Naples", "Spoleto", "Lyon", "Lausanne", "Utrecht",
        "The Hague", "Groningen", "Uppsala", "Lund", "Prague", "Warsaw", "Kraków", "Budapest",
        "Athens", "Istanbul", "Jerusalem", "Tel Aviv", "Cairo", "Beirut", "Calcutta", "Kolkata",
        "Bombay", "Madras", "Chennai", "Karachi", "Lahore", "Kyoto", "Seoul", "Taipei",
        "Canberra", "Brisbane", "Adelaide", "Perth", "Lisbon", "Seville", "Salamanca",
        "Strasbourg", "Toulouse", "Bordeaux", "Rio de Janeiro", "São Paulo", "Santiago",
        "London", "New York", "Cambridge, MA", "Cambridge, Mass.",
        "Paris", "Berlin", "Chicago", "Boston", "Toronto", "New Haven",
        "Edinburgh", "Harmondsworth", "Manchester", "Glasgow", "Dublin", "Sydney",
        "Melbourne", "Los Angeles", "San Francisco", "Berkeley", "Philadelphia",
        "Washington", "Washington, DC", "Baltimore", "Ithaca", "Durham",
        "Minneapolis", "Madison", "Amsterdam", "Leiden", "Frankfurt", "Munich", "Vienna",
        "Rome", "Milan", "Madrid", "Barcelona", "Moscow", "St Petersburg", "Tokyo", "Delhi",
        "New Delhi", "Mumbai", "Cape Town", "Johannesburg", "Nairobi", "Lagos", "Buenos Aires",
        "Mexico City", "Montreal", "Vancouver", "Auckland", "Wellington", "Hong Kong",
        "Singapore", "Beijing", "Shanghai", "Stockholm", "Copenhagen", "Oslo", "Helsinki",
        "Brussels", "Zurich", "Geneva", "Basel", "Leipzig", "Hamburg", "Stuttgart", "Bristol",
        "Birmingham", "Leeds", "Liverpool", "Brighton", "Abingdon", "Basingstoke",
        "Houndmills", "Chichester", "Hoboken", "Malden", "Oxford and New York",
        "London and New York", "New York and London",
    }
)

# Surnames that are also everyday English words ("Brown", "King", "Child"): a lone
# capitalised word this common is otherwise taken for a title word, never a surname.
EVERYDAY_SURNAMES: frozenset[str] = frozenset(
    {
        "Baker", "Banks", "Bell", "Bishop", "Black", "Blake", "Bond", "Brown", "Burns", "Bush",
        "Card", "Carter", "Cast", "Child", "Clark", "Cook", "Crane", "Day", "Dean", "Fox",
        "Frost", "Gray", "Green", "Grey", "Hall", "Hardy", "Hill", "Holmes", "House", "Hunt",
        "Hunter", "King", "Lamb", "Lane", "Lee", "Little", "Long", "Major", "Marshall", "Mason",
        "Miller", "Moore", "Parker", "Page", "Park", "Pope", "Powell", "Price", "Rice", "Rose",
        "Shaw", "Short", "Smith", "Stone", "Strong", "Swift", "Taylor", "Turner", "Walker",
        "Ward", "Waters", "White", "Wood", "Woods", "Wolf", "Wright", "Young",
    }
)
