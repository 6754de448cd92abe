"""Which citations are the same work, so that each work is looked up once.

Two citations share a work key when everything a lookup reads from them is
the same after folding case, accents and punctuation: the type, the title,
the people's family names, the year, the ISBN and the language.  Citing
"The Prophet Armed" in ten episodes costs one lookup; citing it once with
and once without a year costs two, because the year can change the edition
chosen.
"""

from __future__ import annotations

import hashlib
import re

from ..keys import ascii_fold
from ..model import Name, Record

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ISBN_CHARS = re.compile(r"[^0-9Xx]")


def _fold(text: str | None) -> str:
    # Punctuation becomes a space before accents are stripped, so that an en
    # dash ("1879–1921", dropped by the ASCII fold) still separates words.
    spaced = _NOT_WORD.sub(" ", (text or "").casefold())
    return _NOT_WORD.sub(" ", ascii_fold(spaced)).strip()


def _family(name: Name) -> str:
    return _fold(name.sort_family() or name.display())


def work_key(record: Record) -> str:
    """A short stable key: equal for citations a lookup cannot tell apart."""
    people = record.author or record.editor or record.director
    parts = [
        record.type,
        _fold(record.full_title),
        ";".join(_family(n) for n in people),
        str(record.year or ""),
        _ISBN_CHARS.sub("", record.isbn or "").upper(),
        (record.language or "").casefold(),
    ]
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12)
    return digest.hexdigest()


def in_shard(key: str, shard: int, shards: int) -> bool:
    """Whether worker `shard` (1-based) of `shards` owns the work with `key`."""
    return int(key[:8], 16) % shards == shard - 1
