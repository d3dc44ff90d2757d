"""Who published the text (outlet, from imprints) and which news agencies are credited for it."""

from __future__ import annotations

import re

# Spelling as printed -> normalised agency name. Case matters for the short ones: "AP" and "ap",
# "RIA" and "ria" are not the same thing in running German text.
_AGENCY_SPELLINGS: dict[str, str] = {
    "dpa-AFX": "dpa-AFX", "dpa": "dpa", "DPA": "dpa", "Deutsche Presse-Agentur": "dpa", "Deutschen Presse-Agentur": "dpa",
    "AFP": "AFP", "Agence France-Presse": "AFP",
    "Reuters": "Reuters", "REUTERS": "Reuters",
    "AP": "AP", "Associated Press": "AP",
    "KNA": "KNA", "kna": "KNA",
    "epd": "epd", "EPD": "epd",
    "APA": "APA", "apa": "APA",
    "Keystone-SDA": "SDA", "SDA": "SDA", "sda": "SDA",
    "Interfax": "Interfax", "INTERFAX": "Interfax",
    "ITAR-TASS": "TASS", "TASS": "TASS", "Tass": "TASS",
    "RIA Nowosti": "RIA Nowosti", "RIA Novosti": "RIA Nowosti", "RIA": "RIA Nowosti",
    "ANSA": "ANSA", "EFE": "EFE", "Xinhua": "Xinhua",
    "dts": "dts", "AFX": "AFX", "dapd": "dapd", "ddp": "ddp",
    "SID": "SID", "sid": "SID",
    "Bloomberg": "Bloomberg", "Anadolu": "Anadolu", "Ukrinform": "Ukrinform", "UNIAN": "UNIAN",
    "PAP": "PAP", "ČTK": "ČTK", "CTK": "ČTK", "Kyodo": "Kyodo", "Yonhap": "Yonhap",
    "ANP": "ANP", "Belga": "Belga", "Ritzau": "Ritzau", "NTB": "NTB",
}  # fmt: skip
_NOT_A_LETTER_BEFORE = r"(?<![A-Za-zÄÖÜäöüßČ])"
_NOT_A_LETTER_AFTER = r"(?![A-Za-zÄÖÜäöüß])"
_AGENCY = re.compile(
    _NOT_A_LETTER_BEFORE
    + "(" + "|".join(re.escape(s) for s in sorted(_AGENCY_SPELLINGS, key=len, reverse=True)) + ")"
    + _NOT_A_LETTER_AFTER
)

# "Genf (dpa) -", "Berlin/Moskau (AFP/dpa) –": the agency dateline opening a paragraph.
_OPENING_CREDIT = re.compile(r"^[A-ZÄÖÜ][^()]{0,60}?\((?P<credit>[^()]{1,40})\)\s*[-–—:]\s")
# "... sagte er. (AFP/dpa)" or "(dpa/ank)" closing a paragraph or standing alone.
_CLOSING_CREDIT = re.compile(r"\((?P<credit>[^()]{1,60})\)\s*$")
# "Quelle: AFP", "Mit Material von dpa und Reuters", "Material: dpa".
_CREDIT_LINE = re.compile(
    r"(?:^|\(|\s)(?:(?:quellen?|material|agenturen)\s*:|mit material (?:von|der|aus)(?: den)?"
    r"(?: nachrichtenagenturen?| agenturen)?)\s+(?P<credit>.{1,100}?)\)?\.?$",
    re.IGNORECASE,
)
# A credit list holds agencies and editors' initials ("AFP, pdi", "dpa/ank"), nothing else.
_CREDIT_TOKEN = re.compile(r"[^\s/,;|+&]+(?:\s(?:Nowosti|Novosti|Press|France-Presse))?")
_FILLER = {"und", "and", "mit", "von", "der", "den", "sowie"}
_CREDIT_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")

# "kreiszeitung.de ist ein Angebot von IPPEN.MEDIA." - the outlet names itself in its imprint.
_IMPRINT = re.compile(
    r"^(?P<outlet>[^\s*][^*.!?]{0,58}?(?:\.[a-z]{2,4})?)\s+ist\s+ein\s+"
    r"(?:Angebot|Produkt|Portal|Service|Onlineangebot|Online-Angebot)\s+(?:von|der|des)\s"
)
# Publishers glue their signature to the last paragraph after an asterisk: "…ein Anfang.* X ist …".
_SIGNATURE = re.compile(r"(?<=[.!?\"“”»])\s*\*\s*(?=\S)")
_IMPRINT_MAX_CHARS = 150
# "© SNA / Photographer / Zur Bilddatenbank": the outlet's own image database credits the outlet.
_OWN_IMAGE_DATABASE = re.compile(r"©\s*(?P<outlet>[^/|©]{2,40}?)\s*/.*Bilddatenbank", re.IGNORECASE)
# "Quelle: www.example.de" naming a web site as the source of the whole text.
_SOURCE_DOMAIN = re.compile(
    r"^Quelle:\s*(?:https?://)?(?:www\.)?(?P<outlet>[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|net|org|eu|info|news))/?\.?$",
    re.IGNORECASE,
)
# "Copyright © 2022 Beispiel Verlag GmbH" / "© 2022 Beispielzeitung. Alle Rechte vorbehalten."
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d{2}\s+)?(?P<outlet>[^/|©\d][^/|©]{1,60}?)"
    r"(?:\s+(?:19|20)\d{2})?\s*(?:[.,;:–-]\s*alle rechte vorbehalten\.?)?$",
    re.IGNORECASE,
)
# "Quelle: ZEIT ONLINE, dpa, AFP, mb": besides agencies and initials, the publisher credits itself.
_SOURCE_LIST = re.compile(r"^Quellen?:\s*(?P<items>.{1,100})$", re.IGNORECASE)
_COPYRIGHT_NEEDS = re.compile(r"copyright|(?:19|20)\d{2}|alle rechte vorbehalten", re.IGNORECASE)


def agencies_in(credit: str) -> list[str]:
    """Credit text ("AFP, pdi", "AFP/dpa") -> normalised agency names in order of mention, deduplicated."""
    found = [_AGENCY_SPELLINGS[match] for match in _AGENCY.findall(credit)]
    return list(dict.fromkeys(found))


def is_agency(name: str) -> bool:
    """A name as printed ("dpa", "Deutschen Presse-Agentur") -> whether it is a news agency's."""
    return bool(_AGENCY.fullmatch(name.strip()))


def is_credit_list(credit: str) -> bool:
    """Text -> whether it consists only of agency names and editors' initials, with at least one agency."""
    if not agencies_in(credit):
        return False
    for token in _CREDIT_TOKEN.findall(credit):
        if token.lower() in _FILLER or _AGENCY.fullmatch(token) or _CREDIT_DATE.fullmatch(token):
            continue
        if not (token.isalpha() and token.islower() and len(token) <= 4):
            return False
    return True


def text_credit_agencies(text: str) -> tuple[list[str], bool]:
    """Unit text -> (agencies it credits for the article text, whether the whole unit is just that credit)."""
    if match := _OPENING_CREDIT.match(text):
        if is_credit_list(match["credit"]):
            return agencies_in(match["credit"]), False
    if len(text) <= 120:
        if (match := _CREDIT_LINE.search(text)) and agencies_in(match["credit"]):
            return agencies_in(match["credit"]), match.start() == 0
        if is_credit_list(text.strip("()")):
            return agencies_in(text), True
    if (match := _CLOSING_CREDIT.search(text)) and is_credit_list(match["credit"]):
        return agencies_in(match["credit"]), match.start() == 0
    return [], False


def split_signature(text: str) -> tuple[str, str | None]:
    """Unit text -> (text without a glued "* X ist ein Angebot von Y" signature, that signature or None)."""
    for match in _SIGNATURE.finditer(text):
        tail = text[match.end() :]
        if _IMPRINT.match(tail):
            return text[: match.start()], tail
    return text, None


def imprint_outlet(text: str) -> str | None:
    """Short imprint line or signature -> the outlet it names ("X ist ein Angebot von Y" -> X), else None."""
    if len(text) > _IMPRINT_MAX_CHARS:  # inside a long paragraph it is reporting, not an imprint
        return None
    match = _IMPRINT.match(text)
    return match["outlet"].strip() if match else None


def credit_outlet(text: str) -> str | None:
    """Credit or source line -> the publisher it names (own image database, source domain, copyright), else None."""
    for pattern in (_OWN_IMAGE_DATABASE, _SOURCE_DOMAIN):
        if match := pattern.search(text):
            return match["outlet"].strip()
    if (match := _SOURCE_LIST.match(text)) and agencies_in(match["items"]):
        own = [item.strip() for item in re.split(r"[,/;]", match["items"]) if item.strip()]
        own = [item for item in own if not agencies_in(item) and item[0].isupper() and len(item.split()) <= 3]
        if len(own) == 1:
            return own[0]
    if len(text) <= 120 and _COPYRIGHT_NEEDS.search(text) and (match := _COPYRIGHT.match(text)):
        outlet = match["outlet"].strip(" .,")
        if outlet and not agencies_in(outlet):  # "© dpa" credits a photo agency, not the publisher
            return outlet
    return None
