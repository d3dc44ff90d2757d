"""Author lines ("Von Antje Passenheim, New York", "Autorin: Dominik Faller") and the authors they name."""

from __future__ import annotations

import re

# "Von Felix Wagenknecht und Agenturen", "Von unserem Korrespondenten Tomáš Kren", "Autor: Dominik Faller",
# "Von Antje Passenheim, New York", and the reading time beside them.
BYLINE = re.compile(
    r"^(?:(?:Von|VON|von)\s+(?:unsere[mr]\s+\w+\s+)?[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:[A-ZÄÖÜ][\w.'’-]+|und|&|von|van|de|der|den))*"
    r"(?:,\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*|\s+/\s+.{2,60})?"
    r"|(?:Autor|Autorin|Autoren|Text|Von)\s*:\s*.{2,60}|(?:Lesezeit|Lesedauer)\b.{0,40})$"
)
# A byline is a line of its own; a longer line starting "Von" is a sentence.
_BYLINE_MAX_CHARS = 100
_LEAD_IN = re.compile(r"^(?:(?:Von|VON|von)\s+(?:unsere[mr]\s+\w+\s+)?|(?:Autor|Autorin|Autoren|Text|Von)\s*:\s*)")
# After the names: the place or studio ("…, Brüssel", "… / ARD-Studio Genf", "… | 19.03.2025").
_AFTER_NAMES = re.compile(r"\s*(?:,|\s/\s|\|).*$")
_NAME_SEPARATOR = re.compile(r"\s+(?:und|&)\s+|\s*,\s*")
# Credits that are no person: "und Agenturen", "Text: dpa", "Autor: Redaktion kma-online".
_NOT_PEOPLE = frozenset("agenturen agentur redaktion dpa afp reuters apa kna epd sda ap".split())
_MIN_NAME_WORDS = 2
# "Von FOCUS-online-Redakteur Tobias Reinhardt": the role before the name.
_ROLE = re.compile(r"^[\w-]*(?:[Rr]edakteur|[Kk]orrespondent|[Rr]eporter|[Aa]utor)(?:in|en)?\s+")


def is_byline(text: str) -> bool:
    """A unit's text -> whether it is an author line or a reading time, not article text."""
    return len(text) <= _BYLINE_MAX_CHARS and BYLINE.match(text) is not None


def byline_authors(text: str) -> list[str]:
    """An author line -> the people it names, in order ("Von Michaela Wiegel und Eckart Lohse" -> both)."""
    if not is_byline(text) or not _LEAD_IN.match(text):
        return []
    names = _AFTER_NAMES.sub("", _LEAD_IN.sub("", text, count=1))
    authors = []
    for name in _NAME_SEPARATOR.split(names):
        name = _ROLE.sub("", " ".join(name.split()))
        if any(word.lower() in _NOT_PEOPLE for word in name.split()) or len(name.split()) < _MIN_NAME_WORDS:
            continue
        # "VON STEFAN HUBER": a name set in capitals is written as a name
        authors.append(name.title() if name.isupper() else name)
    return authors
