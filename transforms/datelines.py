"""Publication dates as outlets print them: datelines, caption stamps and the scraper's header line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from transforms.temporal import MONTHS

# The temporal tagger's month names, without the abbreviation dot a dateline may drop.
_MONTHS: dict[str, int] = {name.rstrip("."): number for name, number in MONTHS.items()}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_LABEL = (
    r"(?:(?P<label>(?:zuletzt\s+)?(?:aktualisiert|geändert)|update|veröffentlicht|erstellt|publiziert|"
    # (a page's metadata copied into the text: "datePublished: 2019-11-04T10:26:00+01:00")
    r"date\s*published|published|pubdate|"
    r"erschienen(?:\s+in\s+der\s+(?:[^\W\d]+\s+)?ausgabe)?|artikel|ausgabe|datum|stand|"
    # a closing line: "Dieser Artikel erschien am 11.08.2022 um 06:45 Uhr."
    r"(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|wurde\s+veröffentlicht))(?:\s+(?:am|vom))?\s*:?\s*"
    r"|vom\s+)?"
)
_WEEKDAY = (
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)"
    r"\.?,?\s+(?:den\s+)?)?"
)
_DATE = (
    r"(?:(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>\d{4}|\d{2})"
    rf"|(?P<d2>\d{{1,2}})\.\s*(?P<mon>{_MONTH_NAMES})\.?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<d4>\d{1,2})/(?P<m4>\d{1,2})/(?P<y4>\d{4}))"
)
_TIME = (
    r"(?:(?:,\s*|\s+|\s*[-–|/]\s*|T)(?:um\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?::\d{2}(?:\.\d+)?)?(?:\s*uhr)?(?:\s*(?:z|[+-]\d{2}:?\d{2}|\(?(?:mesz|mez|cest|cet)\)?))?)?"
)
# "| AFP, pdi", " - dpa" or the agencies in parentheses: "Baden-Baden, 28.03.2025 (red/dpa)".
_CREDIT = r"(?:\s*(?:[|•·]|\s[-–—]\s|,)\s*(?P<credit>\S.{0,80})|\s+\((?P<agency>[^()\d]{1,30})\))?"
# "Von Sabine Lenz | 19.03.2025": the byline may share the dateline's line; so may the agency
# ("dpa/lni 7. Oktober 2019", "ntx 18.02.2024", "Brüssel (AFP) 28.01.2025") or the place or programme it
# was filed from ("Heilbronn, 09.05.2016", "Wien, am 16.11.2023 um 19:02", "Bozen/Wien, 10. April 2025").
# A lone agency word is all lower or all upper case and no preposition: "Am 3. Mai 2019" and "bis
# 30.06.2021" are parts of a sentence.
_BYLINE = (
    r"(?:von\s+[^\W\d][^|,•·\d]{2,60}?\s*[|,•·]\s*"
    r"|[^\W\d][\w-]*(?:/[^\W\d][\w-]*)+\s+"
    r"|(?!(?:am|ab|an|bis|seit|vom|vor|zum|nach|um|im|bei)\s)(?-i:[a-z]{2,8}|[A-Z]{2,8})\s+"
    r"|[^\W\d][\w-]*(?:/[^\W\d][\w-]*)*\s+\([^()\d]{1,30}\)\s+"
    r"|[^\W\d][\w-]*(?:(?:\s+|/)[^\W\d][\w-]*){0,3},\s*(?:am\s+)?)?"
)
# "Erstellt: 24.10.2022 Aktualisiert: 24.10.2022, 16:55 Uhr": the update stamp after the first one.
_UPDATE_TAIL = r"(?:\s+(?:zuletzt\s+)?(?:aktualisiert|geändert|update)(?:\s+am)?\s*:?\s*\d[\d.:,/ -]*(?:uhr)?)?"

# Only a line that is nothing but a date (plus time and credit) is a dateline: a date inside a
# sentence ("am 16. Juni 2021 in Genf") is what the article reports on, not when it appeared.
# ("© dpa-infocom, 06.12.2024 18:12": the agency's copyright line carries its date)
_DATELINE = re.compile(rf"^(?:©\s*)?{_BYLINE}{_LABEL}{_WEEKDAY}{_DATE}{_TIME}{_UPDATE_TAIL}{_CREDIT}(?:(?<=uhr)\.)?$", re.IGNORECASE)

# A dateline that opens the first paragraph: "Garmisch-Partenkirchen (dpa/AFP) 24. Juni 2022 – Zwei Tage …",
# "BERLIN, 3. Mai 2023 (Reuters) - …". Only with a year: a day and month alone do not say which year.
_LEAD_DATELINE = re.compile(
    rf"^(?!(?:am|an|ab|bis|seit|vom|zum|im|bereits|schon|erst|noch)\s)(?-i:[A-ZÄÖÜ][\w.-]*(?:[\s/-][A-ZÄÖÜ][\w.-]*){{0,3}}),?\s*(?:\((?P<agency>[^()\d]{{1,30}})\)\s*)?,?\s*"
    rf"{_DATE}(?:\s*\((?P<agency2>[^()\d]{{1,30}})\))?\s*[-–—]\s",
    re.IGNORECASE,
)

# Sputnik-style caption stamp: "<caption> - SNA, 1920, 13.01.2022" (1920 is the image width).
_CAPTION_STAMP = re.compile(
    r"\s[-–]\s(?P<name>[^\W\d][\w .&-]{0,30}), \d{3,4}, (?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"
)

# "… erklärte sie. (APA, 12.9.2015)": a closing credit with the print date ends the article.
_CLOSING_CREDIT_DATE = re.compile(
    r"\((?:[^(),]{1,40},\s*)*(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\)$"
)

# A magazine's issue line or a byline's month: "Ausgabe März 2021 | Rubrik: Bildung", "Verbandsnachrichten ·
# Ausgabe 11/2019", "Ausgabe 4/2021 – März 2021", "Text: Claire Hoffmann | August 2019 | Lesezeit 5 Minuten",
# "Archiv › 2019 › August 2019". A bare "August 2019" counts only as one field of such a line: alone, it
# may be a subheading about that month.
_FIELD_SEPARATOR = re.compile(r"\s+[–—]\s+|\s*[|•·›]\s*")
_MONTH_FIELD = re.compile(rf"^(?P<issue>(?:Ausgabe|Heft|Newsletter|Rundbrief|Infobrief)\s+)?(?P<mon>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})$", re.IGNORECASE)
_ISSUE_NUMBER_FIELD = re.compile(r"^Ausgabe\s+(?P<m>\d{1,2})/(?P<y>\d{4})$", re.IGNORECASE)
_MONTH_LINE_MAX = 120

# The scraper's first line: " date 2022-01 Title".
_HEADER = re.compile(r"^date (?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:\s+(?P<title>.+))?$")


@dataclass(frozen=True)
class Dateline:
    """A publication timestamp read from the text, how precise it is, and what stood next to it."""

    published_at: datetime
    precision: str  # minute / day / month
    credit: str | None = None  # "AFP, pdi" after "09.01.2022, 16:06 Uhr |"
    updated: bool = False  # labelled as an update, so not the first publication


@dataclass(frozen=True)
class Header:
    """The scraper's header line: its date and the title candidate after it."""

    dateline: Dateline
    title: str | None


def _safe_datetime(
    year: str, month: str | int, day: str, hour: str | None = None, minute: str | None = None
) -> datetime | None:
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:  # 31.02. or 25:61 printed by mistake: no date rather than a wrong one
        return None


def _date_parts(match: re.Match) -> tuple[str, str | int, str]:
    """A match of _DATE's groups -> (year, month, day); "Mo 13.06.22": a two-digit year on a news page is this century's."""
    if match["y1"]:
        return match["y1"] if len(match["y1"]) == 4 else f"20{match['y1']}", match["m1"], match["d1"]
    if match["y2"]:
        return match["y2"], _MONTHS[match["mon"].lower()], match["d2"]
    if match["y3"]:
        return match["y3"], match["m3"], match["d3"]
    return match["y4"], match["m4"], match["d4"]


def parse_dateline(text: str) -> Dateline | None:
    """Normalised line -> its Dateline if the whole line is a date (with optional time and credit), else None."""
    match = _DATELINE.match(text)
    if match is None:
        return _dateline_field(text)
    published_at = _safe_datetime(*_date_parts(match), match["hour"], match["minute"])
    if published_at is None:
        return None
    label = (match["label"] or "").lower()
    return Dateline(
        published_at=published_at,
        precision="minute" if match["hour"] else "day",
        credit=match["credit"] or match["agency"],
        updated="aktualisiert" in label or "geändert" in label or label == "update",
    )


def _dateline_field(text: str) -> Dateline | None:
    # "Ausgabe 06/2026 | Veröffentlicht am 9. Februar 2026, 16:45", "Politik | 12.03.2024 | Lesezeit 3 Min":
    # a field of a separated byline that is a whole dateline dates the page, and says more than an issue number.
    if len(text) > _MONTH_LINE_MAX:
        return None
    fields = _FIELD_SEPARATOR.split(text)
    if len(fields) < 2:
        return None
    return next((dateline for field in fields if (dateline := parse_dateline(field.strip()))), None)


def parse_lead_dateline(text: str) -> Dateline | None:
    """First paragraph -> the day-precision date of the dateline it opens with ("Ort (dpa) 24. Juni 2022 – …"), else None."""
    match = _LEAD_DATELINE.match(text)
    if match is None:
        return None
    published_at = _safe_datetime(*_date_parts(match))
    return Dateline(published_at, "day", credit=match["agency"] or match["agency2"]) if published_at else None


def parse_caption_stamp(text: str) -> tuple[str, Dateline] | None:
    """Caption line -> (credited name, its day-precision date) for a "<caption> - NAME, 1920, dd.mm.yyyy" stamp."""
    match = _CAPTION_STAMP.search(text)
    if match is None:
        return None
    published_at = _safe_datetime(match["y"], match["m"], match["d"])
    if published_at is None:
        return None
    return match["name"].strip(), Dateline(published_at, "day")


def parse_closing_credit_date(text: str) -> Dateline | None:
    """Last paragraph -> the day-precision date of a closing "(Author, d.m.yyyy)" credit, else None."""
    match = _CLOSING_CREDIT_DATE.search(text)
    if match is None:
        return None
    published_at = _safe_datetime(match["y"], match["m"], match["d"])
    return Dateline(published_at, "day") if published_at else None


def parse_issue_line(text: str) -> Dateline | None:
    """Normalised line -> the month of a magazine issue or byline line ("Ausgabe März 2021 | Rubrik …"), else None."""
    if len(text) > _MONTH_LINE_MAX:
        return None
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(text)]
    named = [m for field in fields if (m := _MONTH_FIELD.match(field)) and (m["issue"] or len(fields) > 1)]
    numbered = [m for field in fields if (m := _ISSUE_NUMBER_FIELD.match(field))]
    # "Ausgabe 4/2021 – März 2021": the month's name says more than the issue's number.
    if named:
        published_at = _safe_datetime(named[0]["y"], _MONTHS[named[0]["mon"].lower()], "1")
    elif numbered:
        published_at = _safe_datetime(numbered[0]["y"], numbered[0]["m"], "1")
    else:
        return None
    return Dateline(published_at, "month") if published_at else None


def parse_header(text: str) -> Header | None:
    """First normalised line -> the scraper header's month (or day) and title candidate, else None."""
    match = _HEADER.match(text)
    if match is None:
        return None
    published_at = _safe_datetime(match["y"], match["m"], match["d"] or "1")
    if published_at is None:
        return None
    precision = "day" if match["d"] else "month"
    return Header(Dateline(published_at, precision), match["title"])
