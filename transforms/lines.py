"""Raw article text -> line units with the shape features the furniture, title and date rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.datelines import parse_dateline

# Corpus keys are cut to this many characters: enough to tell paragraphs apart, and it bounds
# the size of the corpus-wide line table when wire copies share whole paragraphs.
KEY_CHARS = 100

# A unit with at least this many words that ends like a sentence is a real paragraph: it opens
# the body, and it is what sub-headings must be followed by.
PARAGRAPH_MIN_WORDS = 10
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200

_WHITESPACE = re.compile(r"\s+")
# Sentence-final punctuation, inside closing quotes, optionally followed by a closing credit
# in parentheses ("… erklärte sie. (APA, 12.9.2015)").
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«‘’)\]]*(?:\s*\([^()]{1,80}\))?$")
_CONTINUATION_END = re.compile(r"[.,;:][\"'“”„»«‘’)\]]*$")
_HEADLINE_START = re.compile(r"^[\"'„“»«‚‘(]*[A-ZÄÖÜ0-9]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ɏḀ-ỿ]")
# List items: bullet characters, or a dash or asterisk followed by a space.
BULLET = re.compile(r"^[•▪►▶■·◦→✓]\s*|^[-*]\s+")
_QUOTED = re.compile(r"^[\"„“»«‚‘].*[\"“”«»‘’]$")


def normalise(text: str) -> str:
    """Any line -> the line with whitespace runs (NBSP included) collapsed and ends stripped."""
    return _WHITESPACE.sub(" ", text).strip()


def line_key(text: str) -> str:
    """Normalised line -> the key it is counted under corpus-wide (lower case, bounded length)."""
    return text.lower()[:KEY_CHARS]


def ends_like_sentence(text: str) -> bool:
    """Line -> whether it ends in sentence-final punctuation, possibly inside closing quotes."""
    return _SENTENCE_END.search(text) is not None


def latin_share(text: str) -> float:
    """Line -> share of its letters that are Latin (1.0 for a line without letters)."""
    # Nearly every line is all Latin: one failed search is far cheaper than counting its letters.
    if _NON_LATIN_LETTER.search(text) is None:
        return 1.0
    letters = _LETTER.findall(text)
    if not letters:
        return 1.0
    return len(_LATIN_LETTER.findall(text)) / len(letters)


def is_quoted(text: str) -> bool:
    """Line -> whether the whole line is one quotation."""
    return _QUOTED.match(text) is not None


@dataclass(slots=True)
class Unit:
    """One paragraph-sized piece of raw text and what the rules decided about it."""

    index: int
    text: str
    n_lines: int  # raw lines merged into this unit
    key: str = ""
    n_words: int = 0
    sentence: bool = False  # ends like a sentence
    paragraph: bool = False  # a real paragraph: sentence-final and long enough
    headline: bool = False  # shaped like a headline or sub-heading
    furniture: str | None = None  # why it is not article text, None while it may be
    caption: bool = False  # an image caption or photo credit

    def __post_init__(self) -> None:
        self.key = line_key(self.text)
        self.n_words = len(self.text.split())
        self.sentence = ends_like_sentence(self.text) or (
            self.text.endswith(":") and self.n_words >= PARAGRAPH_MIN_WORDS
        )
        # A list item does not open or carry the body on its own, however long it is.
        self.paragraph = (
            self.sentence and self.n_words >= PARAGRAPH_MIN_WORDS and BULLET.match(self.text) is None
        )
        self.headline = (
            _CONTINUATION_END.search(self.text) is None
            and 2 <= self.n_words <= HEADLINE_MAX_WORDS
            and len(self.text) <= HEADLINE_MAX_CHARS
            and _HEADLINE_START.match(self.text) is not None
        )


def _continues(previous: str, line: str) -> bool:
    # Hard-wrapped paragraphs break mid-sentence: the previous piece stops at a comma or runs to
    # a typical wrap width, and the next one starts in lower case.
    if not line[:1].islower():
        return False
    if parse_dateline(line) is not None:  # "dpa/AFP 10. Oktober 2024" under a long headline is its own line
        return False
    return previous.endswith(",") or (len(previous) >= 50 and not ends_like_sentence(previous))


def split_units(raw_text: str) -> list[Unit]:
    """Raw text -> non-empty units in order: one per line, hard-wrapped continuation lines merged."""
    units: list[Unit] = []
    pieces: list[str] = []
    n_lines = 0
    for raw_line in raw_text.split("\n"):
        line = normalise(raw_line)
        if not line:
            if pieces:
                units.append(Unit(len(units), " ".join(pieces), n_lines))
                pieces, n_lines = [], 0
            continue
        if pieces and not _continues(pieces[-1], line):
            units.append(Unit(len(units), " ".join(pieces), n_lines))
            pieces, n_lines = [], 0
        pieces.append(line)
        n_lines += 1
    if pieces:
        units.append(Unit(len(units), " ".join(pieces), n_lines))
    return units
