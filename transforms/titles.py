"""Headline and kicker: the headline-shaped lines above the first paragraph of the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.bylines import BYLINE
from transforms.furniture import DATELINE, MENU_SEPARATOR, REPEATED_LINE, SINGLE_WORD
from transforms.lines import Unit, is_quoted

_TEASER_MIN_WORDS = 12
_INNER_SENTENCE_END = re.compile(r"[a-zäöüß][.!?]\s+[A-ZÄÖÜ]")
_KICKER_MAX_WORDS = 4
_KICKER_MAX_CHARS = 40
_QUOTED_KICKER_MAX_WORDS = 6
# Lower-case words ending like German verb forms ("bleibt", "warnen") make a line a statement;
# these function words end the same way but are not verbs.
_ONE_WORD_KICKER = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*$")
_VERB_LIKE = re.compile(r"^[a-zäöüß]+(?:t|en)$")
_NOT_VERBS = {
    "mit", "nicht", "jetzt", "seit", "erst", "bereits", "zuletzt", "selbst", "fast", "meist",
    "oben", "unten", "gegen", "neben", "zwischen", "wegen", "statt", "samt", "nebst", "laut",
    "den", "einen", "keinen", "allen", "vielen", "beiden", "anderen", "ihren", "seinen", "unseren",
    "großen", "neuen", "ersten", "letzten", "ganz", "ost", "west", "rest", "gut",
}  # fmt: skip


@dataclass(frozen=True)
class TitleChoice:
    """The chosen headline and kicker, and where they stand (None: from the header or absent)."""

    title: str | None = None
    kicker: str | None = None
    title_index: int | None = None
    kicker_index: int | None = None


def looks_like_kicker(unit: Unit) -> bool:
    """Unit -> whether it is shaped like a kicker: a quotation, or a few words without a verb."""
    if unit.n_words == 1:
        return _ONE_WORD_KICKER.match(unit.text) is not None
    if not unit.headline:
        return False
    if is_quoted(unit.text):
        return unit.n_words <= _QUOTED_KICKER_MAX_WORDS
    if unit.n_words > _KICKER_MAX_WORDS or len(unit.text) > _KICKER_MAX_CHARS or unit.sentence:
        return False
    words = unit.text.split()[1:]  # the first word is capitalised whatever it is
    return not any(_VERB_LIKE.match(word) and word not in _NOT_VERBS for word in words)


def choose_title(units: list[Unit], header_title: Unit | None = None) -> TitleChoice:
    """Units (furniture marked) + the header's title candidate -> the headline and kicker above the first paragraph."""
    candidates: list[Unit] = [header_title] if header_title is not None else []
    for unit in units:
        if unit.paragraph:  # the body has started: headings below it are sub-headings
            break
        if any(c.headline for c in candidates) and (
            unit.furniture == DATELINE or BYLINE.match(unit.text) or (unit.furniture is None and not unit.headline and unit.n_words > _TEASER_MIN_WORDS)
        ):
            break  # the headline stands above the date, the author's line and the teaser
        if _marked(unit) and unit.furniture != SINGLE_WORD:
            continue
        candidates.append(unit)
    # The headline is the last headline-shaped line above the body: the site's name, its motto and
    # section lines stand above it ("Weltblick24 – Nachrichten ohne Grenzen" / headline / dateline).
    choice, skip = TitleChoice(), None
    for position, unit in enumerate(candidates):
        if position == skip:
            continue
        if _marked(unit):  # a lone word can only be a kicker, checked below
            if position + 1 < len(candidates) and looks_like_kicker(unit):
                following = candidates[position + 1]
                # "Grenzland-Nachrichten" / "Landkreis Cham | Grenzüberschreitend" / headline: the
                # site's name above the kicker, which the next position pairs with its headline.
                if _kicker_of_next(candidates, position + 1):
                    continue
                if following.headline and not following.sentence and not _marked(following):
                    choice, skip = TitleChoice(following.text, unit.text, _index(following, header_title), unit.index), position + 1
            continue
        # "Peking, 16. April 2024 –" opens the body; a teaser of two sentences is no headline.
        if not unit.headline or unit.text.endswith(("–", "-")) or _INNER_SENTENCE_END.search(unit.text):
            continue
        if _kicker_of_next(candidates, position):
            following = candidates[position + 1]
            choice, skip = TitleChoice(following.text, unit.text, _index(following, header_title), _index(unit, header_title)), position + 1
        elif not MENU_SEPARATOR.search(unit.text):  # "SACHSEN | Landespolitik" below the headline names a section
            choice = TitleChoice(unit.text, None, _index(unit, header_title), None)
    return choice


def _kicker_of_next(candidates: list[Unit], position: int) -> bool:
    """Title candidates + a position -> whether the unit there is a kicker over a longer headline right after it."""
    if position + 1 >= len(candidates):
        return False
    unit, following = candidates[position], candidates[position + 1]
    return (
        not _marked(unit) and unit.headline and looks_like_kicker(unit)
        and following.headline and not following.sentence and not _marked(following)
        and following.n_words > unit.n_words and not looks_like_kicker(following)
    )


def _marked(unit: Unit) -> bool:
    """A unit -> whether it is furniture for the headline's choice (a page's headline often stands twice: page title above, article's below)."""
    return unit.furniture is not None and not (unit.furniture == REPEATED_LINE and unit.headline)


def _index(unit: Unit, header_title: Unit | None) -> int | None:
    return None if unit is header_title else unit.index
