"""Dates as show notes and feeds write them, to ISO 8601 ("2025-10-21")."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def iso_date(text: str) -> str | None:
    """The date in `text` (RFC 822, ISO 8601, "21 October 2025", "Oct 21, 2025"), or None."""
    text = text.strip()
    m = _ISO.search(text)
    if m:
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    m = _DAY_MONTH_YEAR.search(text)
    if m and m.group(2)[:3].lower() in _MONTHS:
        return _checked(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(text)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return _checked(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None
