"""Dates as news pages write them, and the publication date of an article.

A page banner can be the day the page was saved rather than published, so
the decision (`publication_date`) weighs the banner against the dateline
and against the dates the body itself names, and says how it decided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from workbench.corpus.sentences import trie

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
# Case-insensitive in ASCII only (here and as "(?ai:" below): under plain
# re.I "ſ" matches "s" and "İ" matches "i", and the name matched ("Auguſt")
# is then no key of MONTHS.
_CASELESS = re.I | re.A
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WKD = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:[,\s-]+(?P<hh>\d{1,2}):(?P<mm>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_WKD_OPT = rf"(?:(?P<wkd>{_WKD}),?\s+)?"
_WKD_TAIL = rf"(?:,?\s+(?P<wkd2>{_WKD}))?"

_LINE_FORMATS = [
    # 1 Oct, 2023 08:04 | 5 December 2023, Tuesday
    re.compile(
        rf"^{_WKD_OPT}(?P<d>\d{{1,2}})\s+{_MON},?\s+(?P<y>\d{{4}}){_TIME}{_WKD_TAIL}$", _CASELESS
    ),
    # Friday, May 24, 2024 | May 24, 2024 10:00
    re.compile(
        rf"^{_WKD_OPT}{_MON}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_TIME}{_WKD_TAIL}$", _CASELESS
    ),
    # Sun, 10/01/2023 - 08:55 (US order; the weekday settles ambiguity)
    re.compile(rf"^{_WKD_OPT}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}$", _CASELESS),
    # 2023-10-01 or 2023-10-01T08:04
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T\s](?P<hh>\d{2}):(?P<mm>\d{2}).*)?$"),
]
_DECOR = " |\t·•-–—()[]"

# Body dates are capitalised in news copy; matching case-sensitively is ~10x
# faster than re.I over a whole article, and this runs on every article. The
# month names are factored by shared prefixes (see `trie`): at every word
# start the flat 'September|…|Sept|Sep' tried each branch in turn. The greedy
# optional tails keep the longest name first, as the sort by length did.
_CAP_MONTHS = trie([m.capitalize() for m in MONTHS])


def _month_rests() -> str:
    """Month names after their first letter: '(?<=A)(?:pr(?:il)?|ug(?:ust)?)|…'."""
    by_initial: dict[str, list[str]] = {}
    for name in MONTHS:
        by_initial.setdefault(name[0].upper(), []).append(name[1:])
    return "|".join(f"(?<={initial})(?:{trie(rests)})" for initial, rests in by_initial.items())


# "May 5, 2024" or "5 May 2024". The pattern starts with one character class,
# the first character of either form ('(?<!\w…)' after it is the \b before
# it), because re can then skip along the body in a tight loop to the next
# month initial or digit; starting with \b, it tried the whole pattern at
# every word boundary. That first character is group 'c'; body_dates puts
# it back in front of 'mon' or 'd2'. The matches are those of
# '\b(?:(?P<mon>Months)\.?\s+(?P<d>\d{1,2})…|(?P<d2>\d{1,2})\s+(?P<mon2>Months)…)'.
_INITIALS = "".join(sorted({name[0].upper() for name in MONTHS}))
_BODY_DATE = re.compile(
    rf"(?P<c>[{_INITIALS}\d])(?<!\w[{_INITIALS}\d])"
    rf"(?:(?<=[{_INITIALS}])(?P<mon>{_month_rests()})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<y>\d{{4}}))?"
    rf"|(?<=\d)(?P<d2>\d?)\s+(?P<mon2>{_CAP_MONTHS})\b(?:,?\s+(?P<y2>\d{{4}}))?)"
)
# "Pyongyang, October 1 (KCNA) --", "DORNAZ, Astrava, March 5 (CNW) -",
# "LENPORT, 7 March (ASTRAPRESS) -": a place (and its country), a day.
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}}){{0,2}}),\s+"
    rf"(?:(?ai:{_MON})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?ai:{_MON2}))"
    r"(?:,?\s+(?P<y>\d{4}))?\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?\s*(?:--|—|–|-)",
)
_AFTER = re.compile(
    r"\b(?P<n>a|one|two|three|several|few|\d+)?\s*(?P<unit>days?|weeks?|months?)\s+after\b",
    _CASELESS,
)
_ON_WEEKDAY = re.compile(
    r"\bon\s+(?P<wkd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _CASELESS
)
_YEAR = re.compile(r"\b\d{4}\b")


@dataclass(frozen=True, slots=True)
class DateHit:
    value: date
    time: str | None  # "08:04" when the line gives a time
    raw: str


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _weekday_of(match: re.Match) -> int | None:
    for key in ("wkd", "wkd2"):
        value = match.groupdict().get(key)
        if value:
            return WEEKDAYS[value.lower().rstrip(".")]
    return None


def parse_date_line(line: str) -> DateHit | None:
    """A line that is nothing but a date (page banner, timestamp), parsed."""
    text = line.strip(_DECOR)
    if not text or len(text) > 48:
        return None
    for fmt in _LINE_FORMATS:
        match = fmt.match(text)
        if not match:
            continue
        groups = match.groupdict()
        year = int(groups["y"])
        if groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            options = [_make(year, a, b), _make(year, b, a)]
            wanted = _weekday_of(match)
            value = next(
                (o for o in options if o and (wanted is None or o.weekday() == wanted)),
                next((o for o in options if o), None),
            )
        elif groups.get("mon"):
            value = _make(year, MONTHS[groups["mon"].lower()], int(groups["d"]))
        else:
            value = _make(year, int(groups["m"]), int(groups["d"]))
        if value is None:
            return None
        time = None
        if groups.get("hh"):
            hour = int(groups["hh"])
            if (groups.get("ampm") or "").lower().startswith("p") and hour < 12:
                hour += 12
            # "99:99 pm" is no time: the date stands without one
            time = f"{hour:02d}:{groups['mm']}" if hour < 24 and int(groups["mm"]) < 60 else None
        return DateHit(value, time, line.strip())
    return None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    month: int
    day: int
    year: int | None
    agency: str | None
    raw: str


def parse_dateline(sentence: str) -> Dateline | None:
    """'Pyongyang, October 1 (KCNA) -- …' at the start of a body."""
    match = _DATELINE.match(sentence)
    if not match:
        return None
    return Dateline(
        place=match.group("place").strip(),
        month=MONTHS[(match.group("mon") or match.group("mon2")).lower()],
        day=int(match.group("d") or match.group("d2")),
        year=int(match.group("y")) if match.group("y") else None,
        agency=(match.group("agency") or "").strip() or None,
        raw=match.group(0).rstrip(" -—–"),
    )


def _resolve(month: int, day: int, before: date) -> date | None:
    """The latest date with this month and day on or before `before`."""
    for year in (before.year, before.year - 1):
        value = _make(year, month, day)
        if value and value <= before:
            return value
    return None


def body_dates(text: str, before: date) -> list[tuple[date, str]]:
    """Explicit dates the body names, years filled in relative to `before`."""
    found: list[tuple[date, str]] = []
    for match in _BODY_DATE.finditer(text):
        first = match.group("c")
        if match.group("mon") is not None:  # "May 5, 2024"
            mon, day, year = first + match.group("mon"), match.group("d"), match.group("y")
        else:  # "5 May 2024"
            mon, day, year = match.group("mon2"), first + match.group("d2"), match.group("y2")
        month = MONTHS[mon.lower().rstrip(".")]
        if year:
            value = _make(int(year), month, int(day))
        else:
            value = _resolve(month, int(day), before)
        if value and value <= before:
            found.append((value, match.group(0).strip()))
    return found


MAX_OFFSET_DAYS = 36_525  # a century: an offset beyond dates no report


def _offset(text: str) -> tuple[timedelta, str] | None:
    match = _AFTER.search(text)
    if not match:
        return None
    unit = match.group("unit").lower()
    count = match.group("n")
    plural = unit.endswith("s")
    n = 1 if count in (None, "a", "one") else (2 if count in ("two", "several", "few") else 3)
    if count and count.isdigit():
        # "99999999999 days after": no date (and no int of thousands of digits)
        n = min(int(count), MAX_OFFSET_DAYS) if len(count) <= 6 else MAX_OFFSET_DAYS
    if plural and count is None:
        n = 2
    days = {"day": 1, "week": 7, "month": 30}[unit.rstrip("s")] * n
    return timedelta(days=days), match.group(0).strip()


@dataclass(frozen=True, slots=True)
class PublicationDate:
    value: str | None
    source: str


def publication_date(
    banner: DateHit | None, dateline: Dateline | None, body: str
) -> PublicationDate:
    """Decide the publication date from the evidence the page gives."""
    if dateline is not None:
        year = dateline.year or (banner.value.year if banner else None)
        year_how = ""
        if year is None:
            latest = body_dates(body, date.today())
            # a date written with its year is evidence; one without (the dateline's
            # own day among them) only gets a year by assuming one
            with_year = [hit for hit in latest if _YEAR.search(hit[1])]
            if with_year:
                named, phrase = max(with_year)
                year, year_how = named.year, f", year from '{phrase}'"
            elif latest:
                year = max(latest)[0].year
                year_how = ", year assumed: the text names none, so the latest such day to date"
        if year is not None:
            value = _make(year, dateline.month, dateline.day)
            if value and banner and value > banner.value:
                value = _make(year - 1, dateline.month, dateline.day)
            if value:
                how = f"dateline '{dateline.raw}'"
                if dateline.year is None and banner is not None:
                    how += f", year from page stamp '{banner.raw}'"
                how += year_how
                return PublicationDate(value.isoformat(), how)
    if banner is None:
        return PublicationDate(None, "not found: no date line, dateline or sidecar")
    if banner.time is not None:
        stamp = datetime.combine(banner.value, datetime.min.time())
        iso = f"{stamp.date().isoformat()}T{banner.time}"
        return PublicationDate(iso, f"page timestamp '{banner.raw}'")
    named = body_dates(body, banner.value)
    if named:
        latest, phrase = max(named)
        if (banner.value - latest).days > 31:
            guess = latest
            how = f"text: latest date named in the body '{phrase}'"
            offset = _offset(body)
            # the page was saved after it was published: an offset past the
            # banner ("99999999999 days after") dates nothing
            if offset is not None and offset[0] <= banner.value - latest:
                guess = latest + offset[0]
                how += f" + '{offset[1]}'"
                weekday = _ON_WEEKDAY.search(body)
                if weekday and guess < date.max - timedelta(days=7):
                    target = WEEKDAYS[weekday.group("wkd").lower()]
                    guess += timedelta(days=(target - guess.weekday()) % 7)
                    how += f" + '{weekday.group(0)}'"
            how += f"; banner '{banner.raw}' looks like the day the page was saved"
            return PublicationDate(guess.isoformat(), how)
    return PublicationDate(banner.value.isoformat(), f"page banner '{banner.raw}'")


def normalise_date(value: object) -> str | None:
    """A sidecar's date (TOML date, datetime or string) as ISO 8601."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    hit = parse_date_line(text)
    if hit:
        return hit.value.isoformat() + (f"T{hit.time}" if hit.time else "")
    raise ValueError(f"date {text!r} is not a date")
