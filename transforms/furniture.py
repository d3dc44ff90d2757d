"""Page furniture: the lines of a scraped page that are not article text, found by general signals.

Three passes, each marking `Unit.furniture` with the reason:
- local: what a line shows by itself (script, widgets, prompts, tag strings, info boxes, captions);
- repetition: within the document and, with corpus line counts, across documents;
- context: position relative to the headline, end-of-article markers, teaser blocks, and whether
  a heading is followed by text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from transforms.datelines import parse_caption_stamp, parse_dateline, parse_issue_line
from transforms.lines import BULLET, PARAGRAPH_MIN_WORDS, Unit, latin_share
from transforms.outlets import agencies_in

# Reason for one-word lines: furniture in the body, but above the headline such a word may be
# the kicker ("Energiepolitik").
SINGLE_WORD = "single word"
REPEATED_LINE = "short line repeated in the document"
# A line that is only a publication date (plus time and credit); the articles layer reads it.
DATELINE = "dateline"
# A short line seen in at least this many documents is a furniture candidate.
MIN_CORPUS_DOCUMENTS = 3
_PROMPT_MAX_CHARS = 300
_CAPTION_CREDIT_MAX_CHARS = 60
_INFO_BOX_MAX_CHARS = 80
_INFO_BOX_MAX_VALUE_WORDS = 4

_OPT_PUNCT = r"\s*(?:[:.!…]|\(\d+\))?"
# Whole-line UI elements of news pages.
_WIDGET = re.compile(
    r"^(?:ad|anzeige|werbung|advertisement|sponsored|live|loader|loading|chats?|abonnieren|teilen|"
    r"drucken|merken|kommentieren|mehr anzeigen|weiter ?lesen|zur startseite|startseite|menü|suche|"
    r"login|anmelden|registrieren|neueste oben|älteste oben|neueste oben ?älteste oben|video|"
    r"bildergalerie|galerie|audio|podcast|zurück|nach oben|mehr laden|alle artikel|artikel teilen|"
    r"jetzt lesen|jetzt abonnieren|gefällt mir|folgen|artikel anhören|vorlesen|zum artikel)"
    + _OPT_PUNCT + "$",
    re.IGNORECASE,
)
# A row of buttons flattened into one line ("Anmelden | Abo", "Teilen  Twittern  E-Mail  Drucken").
_BUTTON_WORDS = frozenset(
    "abo abonnieren anmelden login logout abmelden registrieren konto suche menü teilen twittern tweet "
    "e-mail mail mailen drucken merken speichern kommentieren kommentare vorlesen anhören facebook twitter x "
    "whatsapp telegram linkedin xing pinterest reddit threads bluesky mastodon flipboard link kopieren "
    "zurück weiter startseite newsletter".split()
)
_BUTTON_ROW_MAX_CHARS = 120
_BUTTON_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+")
# Headings after which the page stops being the article (reading lists, comments, tickers).
_END_MARKER = re.compile(
    r"^(?:meist ?gelesene?(?: artikel| nachrichten| news)?|das könnte sie auch interessieren|"
    r"(?:leser)?kommentare?|um an der diskussion teilzunehmen.*|diskutieren sie mit.*|newsticker|"
    r"weitere artikel|empfohlene artikel|neueste artikel|top[- ]?themen|weitere nachrichten|"
    r"unsere empfehlungen?|beliebte artikel|das interessiert andere leser|mehr aus (?:dem|der) \S+)"
    + _OPT_PUNCT + "$",
    re.IGNORECASE,
)
# Headings of boxes inside the page (teaser lists, summary bullets, tag lists); the box runs to
# the next real paragraph.
_BLOCK_MARKER = re.compile(
    r"^(?:mehr zum thema|zum thema|lesen sie auch|lesen sie mehr|auch interessant|passend dazu|"
    r"mehr dazu|das wichtigste in kürze|das wichtigste im überblick|das wichtigste in der übersicht|"
    r"verwandte (?:themen|artikel)|weitere themen|schlagworte|themen|tags)"
    r"(?:\s*[:.!…]?\s*|\s*:\s+.*)$",
    re.IGNORECASE,
)
# Login, registration, newsletter, subscription and consent prompts, anywhere in a short line.
_PROMPT = re.compile(
    r"newsletter.{0,80}(?:anmelden|abonnieren|bestellen|registrieren|verpassen|erhalten)|"
    r"(?:anmelden|abonnieren|bestellen|registrieren).{0,40}newsletter|"
    r"\b(?:loggen|melden) sie sich (?:(?:jetzt|hier|bitte|kostenlos)\s+)*(?:an|ein)\b|\bregistrieren sie sich\b|\bregistrierung erfolgreich|\bklicken sie\b|"
    r"\bjetzt (?:kostenlos |gratis )?(?:anmelden|registrieren|abonnieren|testen|herunterladen)\b|"
    r"\bzur bilddatenbank\b|\brubriklistenbild\b|\bum an der diskussion teilzunehmen\b|"
    r"\bcookies?\b.{0,60}\b(?:akzeptieren|zustimmen|einstellungen)\b|"
    r"\bjavascript\b.{0,40}\b(?:aktivieren|deaktiviert)\b|\bwerbefrei\b|"
    r"\bpush-(?:nachrichten|mitteilungen)\b|\be-paper\b|\bpaywall\b|\bmit plus weiterlesen\b|"
    r"\bfolgen sie uns\b|\bwhatsapp-kanal\b",
    re.IGNORECASE,
)
_CAMEL_GLUE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_BREADCRUMB = re.compile(r"\s[>›]\s")
# "Tirol | Österreich | Welt | Wirtschaft", "Würzburg · Schweinfurt · Kitzingen": a site's section menu,
# three or more short items between separators.
MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_MENU_MIN_ITEMS = 3
_MENU_ITEM_MAX_WORDS = 3
# "Name:Annalena Baerbock": a fact box flattened without the space after the colon.
_GLUED_KEY_VALUE = re.compile(r"^[A-ZÄÖÜ][\wäöüß.\- ]{0,25}:[^\s/\d]")
_KEY_VALUE = re.compile(r"^[A-ZÄÖÜ][\wäöüß.\-]{0,25}(?: [\wäöüß.\-]{1,25})?: \S")
_PHOTO_CREDIT_START = re.compile(r"^(?:©|\(c\)\s|(?:fotos?|bild|bilder|bildquelle|foto ?credits?)\s*:)", re.IGNORECASE)
# The credit after a caption: "- AFP/Archiv", "- picture alliance/dpa", "- SNA, 1920, 13.01.2022".
_CAPTION_WITH_CREDIT = re.compile(r"^(?P<caption>.+)\s[-–]\s(?P<credit>(?:(?!\s[-–]\s).){1,60})$")
_PHOTO_CREDIT_WORDS = re.compile(
    r"archiv|foto|bild|imago|getty|picture[- ]alliance|keystone|epa|shutterstock|istock|screenshot|"
    r"privat|pressebild|symbolbild|©",
    re.IGNORECASE,
)


def _credit_shaped(credit: str) -> bool:
    if len(credit.split()) > 8 or credit.endswith((".", "!", "?")):
        return False
    return bool(_PHOTO_CREDIT_WORDS.search(credit) or agencies_in(credit))


def caption_parts(text: str) -> tuple[str, str] | None:
    """Line -> (caption, credit) when it is an image caption ending in " - CREDIT", else None."""
    match = _CAPTION_WITH_CREDIT.match(text)
    if match is None:
        return None
    caption, credit = match["caption"], match["credit"]
    if parse_caption_stamp(text) is None and not _credit_shaped(credit):
        return None
    return caption, credit


def is_photo_credit(text: str) -> bool:
    """Line -> whether it credits a picture ("© …", "Foto: …", "caption - AFP/Archiv"), not the text."""
    return bool(_PHOTO_CREDIT_START.match(text) or "©" in text or caption_parts(text))


def _local_reason(unit: Unit) -> str | None:
    text = unit.text
    # First, because a bare "12.01.2023 14.35" would otherwise be a counter and "Stand: 28.11.2015"
    # an info box entry, and the page would lose its date.
    if parse_dateline(text) is not None or parse_issue_line(text) is not None:
        return DATELINE
    if latin_share(text) < 0.5:
        return "line in a non-Latin script"
    if not any(ch.isalpha() for ch in text):
        return "no words (counter or separator)"
    if _WIDGET.match(text):
        return "page widget"
    if len(text) <= _BUTTON_ROW_MAX_CHARS:
        buttons = [w for w in _BUTTON_SEPARATOR.split(text.lower()) if w]
        if len(buttons) >= 2 and all(w in _BUTTON_WORDS for w in buttons):
            return "row of page buttons"
    if len(text) <= _PROMPT_MAX_CHARS and _PROMPT.search(text):
        return "login, newsletter or subscription prompt"
    if len(text) <= _INFO_BOX_MAX_CHARS and _GLUED_KEY_VALUE.match(text):
        return "info box entry"
    if unit.n_words == 1:
        return "glued tag string" if _CAMEL_GLUE.search(text) else SINGLE_WORD
    if is_photo_credit(text):
        return "image caption or photo credit"
    if len(text) <= 100 and _BREADCRUMB.search(text) and not unit.sentence:
        return "navigation breadcrumb"
    items = MENU_SEPARATOR.split(text)
    if len(items) >= _MENU_MIN_ITEMS and all(len(item.split()) <= _MENU_ITEM_MAX_WORDS for item in items) and not unit.sentence:
        return "navigation menu"
    if BULLET.match(text) and not unit.sentence:
        return "bullet teaser"
    return None


def mark_local_furniture(units: list[Unit]) -> None:
    """Units -> the same units with furniture reasons (in place) for what lines show by themselves."""
    for unit in units:
        if unit.furniture is None:
            unit.furniture = _local_reason(unit)
        if unit.furniture == "image caption or photo credit":
            unit.caption = True
    _mark_caption_pairs(units)
    _mark_key_value_runs(units)


def _mark_caption_pairs(units: list[Unit]) -> None:
    # A caption is printed twice: once alone (alt text), then with " - CREDIT" appended; the first
    # copy may be glued to a preceding credit ("© X / Zur BilddatenbankDie Flaggen …").
    for previous, unit in zip(units, units[1:]):
        parts = _CAPTION_WITH_CREDIT.match(unit.text)
        if parts is None:
            continue
        caption = parts["caption"]
        if previous.text == caption or (len(caption) >= 10 and previous.text.endswith(caption)):
            for member in (previous, unit):
                member.caption = True
                if member.furniture is None or member.furniture == SINGLE_WORD:
                    member.furniture = "image caption or photo credit"


def _mark_key_value_runs(units: list[Unit]) -> None:
    # One "Ukraine-Krise: Fronten …" line is a headline; two or more short ones in a row are a box.
    def is_entry(unit: Unit) -> bool:
        if unit.furniture == DATELINE or len(unit.text) > 60 or unit.sentence or _KEY_VALUE.match(unit.text) is None:
            return False
        return len(unit.text.split(":", 1)[1].split()) <= _INFO_BOX_MAX_VALUE_WORDS

    for position, unit in enumerate(units):
        if unit.furniture is not None or not is_entry(unit):
            continue
        neighbours = units[max(position - 1, 0) : position] + units[position + 1 : position + 2]
        if any(is_entry(other) or other.furniture == "info box entry" for other in neighbours):
            unit.furniture = "info box entry"


def mark_repetition(units: list[Unit], corpus_counts: Mapping[str, int] | None = None) -> None:
    """Units + corpus line counts (key -> n_documents) -> furniture reasons (in place) for repeated lines."""
    # Within one page whole texts are compared: the corpus key is cut short, and a teaser sentence
    # and the body paragraph it opens share their first hundred characters.
    texts = [unit.text.lower() for unit in units]
    counts = Counter(texts)
    seen: set[str] = set()
    for position, (unit, text) in enumerate(zip(units, texts)):
        if counts[text] > 1 and unit.furniture is None:
            if not unit.paragraph:
                unit.furniture = REPEATED_LINE
            elif text in seen:
                unit.furniture = "duplicate paragraph"
        elif unit.furniture is None and unit.paragraph and any(
            later.startswith(text) and len(later) > len(text) for later in texts[position + 1 :]
        ):
            unit.furniture = "teaser repeated at the start of a later paragraph"
        seen.add(text)
    if corpus_counts:
        _mark_corpus_repetition(units, corpus_counts)


def _mark_corpus_repetition(units: list[Unit], corpus_counts: Mapping[str, int]) -> None:
    # Wire copies share whole stretches across outlets, sub-headings included; furniture recurs
    # next to text that does not. So a frequent short line is furniture only when the nearest
    # paragraphs around it are much rarer in the corpus than the line itself.
    paragraph_counts = [
        (position, corpus_counts.get(unit.key, 1)) for position, unit in enumerate(units) if unit.paragraph
    ]
    for position, unit in enumerate(units):
        if unit.furniture is not None or unit.paragraph:
            continue
        n_documents = corpus_counts.get(unit.key, 1)
        if n_documents < MIN_CORPUS_DOCUMENTS:
            continue
        before = [count for where, count in paragraph_counts if where < position][-1:]
        after = [count for where, count in paragraph_counts if where > position][:1]
        if max(before + after, default=1) * 2 < n_documents:
            unit.furniture = f"short line seen in {n_documents} documents"


def mark_context(units: list[Unit], headline_index: int | None) -> None:
    """Units + position of the kicker/headline -> furniture reasons (in place) from position and neighbours."""
    if headline_index is not None:
        for unit in units[:headline_index]:
            if unit.furniture is None and not unit.paragraph:
                unit.furniture = "above the headline"
    _mark_marker_blocks(units)
    _mark_teasers_after_captions(units)
    _mark_headings_without_text(units)
    for unit in units:
        if unit.furniture is None and not (unit.sentence or unit.headline or unit.paragraph):
            if unit.n_words < PARAGRAPH_MIN_WORDS:  # a long unterminated text is cut-off content
                unit.furniture = "fragment"


def _mark_marker_blocks(units: list[Unit]) -> None:
    body_started = False
    in_block = False
    for position, unit in enumerate(units):
        if unit.furniture is None and unit.paragraph:
            body_started = True
            in_block = False
        # Markers are often furniture by shape already ("Kommentare" is a single word); they still
        # open their block.
        if unit.furniture is not None and not (_END_MARKER.match(unit.text) or _BLOCK_MARKER.match(unit.text)):
            continue
        if body_started and _END_MARKER.match(unit.text):
            for rest in units[position:]:
                rest.furniture = rest.furniture or "after an end-of-article marker"
            return
        if _BLOCK_MARKER.match(unit.text) or _END_MARKER.match(unit.text):
            unit.furniture = unit.furniture or "teaser or summary box heading"
            in_block = True
        elif in_block:
            unit.furniture = "inside a teaser or summary box"


# "Foto: dpa – Die Staats- und Regierungschefs beim Gipfel": a credit followed by its description.
_CREDIT_THEN_DESCRIPTION = re.compile(r"\s[-–]\s\S+(?:\s+\S+){2,}")


def _describes_picture(text: str) -> bool:
    # A bare credit ("Foto: APA / Roland Schlager") is followed by its caption; a line that holds
    # the description already is not.
    if _PHOTO_CREDIT_START.match(text):
        return _CREDIT_THEN_DESCRIPTION.search(text) is not None
    return caption_parts(text) is not None


def _mark_teasers_after_captions(units: list[Unit]) -> None:
    # Related-article teasers are an image (caption) plus a headline; the article's own lead image
    # comes before the body starts and is followed by the text, not by a headline. Below a picture
    # whose caption is complete, a headline that a paragraph follows at once is a crosshead.
    body_started = False
    previous: Unit | None = None
    for position, unit in enumerate(units):
        following = units[position + 1] if position + 1 < len(units) else None
        if (
            body_started
            and unit.furniture is None
            and unit.headline
            and previous is not None
            and previous.caption
            and not (
                _describes_picture(previous.text)
                and following is not None
                and following.furniture is None
                and following.paragraph
            )
        ):
            unit.furniture = "related-article teaser after a caption"
        if unit.furniture is None and unit.paragraph:
            body_started = True
        previous = unit


def _mark_headings_without_text(units: list[Unit]) -> None:
    # A sub-heading introduces text; a headline followed by another headline or by nothing is a
    # teaser list entry.
    next_kept: Unit | None = None
    for unit in reversed(units):
        if unit.furniture is not None:
            continue
        if unit.headline and not unit.sentence and (next_kept is None or not next_kept.sentence):
            unit.furniture = "heading without text below it"
            continue
        next_kept = unit
