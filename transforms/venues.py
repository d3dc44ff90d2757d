"""Venues an article names with a preposition: "im Hotel Bayerischer Hof", "in der Staatskanzlei", "im Landhaus in Graz".

The NER tags towns and countries; the buildings where talks and sessions happen are mostly not
entities at all ("im Kanzleramt", "in der Essener Konzernzentrale"), so they are found by the shape
of the phrase: a preposition of place, optional adjectives, and a noun whose last part names a
kind of building or site, optionally followed by a proper name or the town it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Nouns that name a building or site, also as the last part of a compound ("Bundes|kanzleramt").
_HEADS = (
    "hotel", "schloss", "palast", "palais", "rathaus", "gästehaus", "kanzleramt", "staatskanzlei", "ministerium",
    "residenz", "hofburg", "universität", "hochschule", "akademie", "kloster", "abtei", "museum", "villa",
    "kaserne", "hauptquartier", "kreml", "stift", "landratsamt", "regierungspräsidium",
    "geschäftsstelle", "landesvertretung", "aula",
)
# Only as the last part of a compound: "Kongresszentrum", "Konzernzentrale", "Landhaus", but not
# "im Zentrum der Kritik" or "im Haus".
_COMPOUND_HEADS = (
    "zentrum", "zentrale", "halle", "saal", "gelände", "center", "dom", "haus", "gebäude", "stadion", "arena", "campus",
    "wohnung", "amtssitz", "regierungssitz",
)
# Only after a capitalised adjective: "im Weißen Haus", "in der Grazer Burg" (not "Hamburg").
_ADJECTIVE_HEADS = frozenset({"haus", "burg", "halle"})
# Kinds of place whose own name follows them ("Hotel Ritz-Carlton", "Schloss Mirabell", "Universität Jena").
_NAMED_HEADS = (
    "hotel", "schloss", "palast", "palais", "villa", "kloster", "stift", "universität", "hochschule", "akademie", "residenz", "gelände",
    "regierungspräsidium", "landratsamt",
)
# Bare, these name a kind of building every capital has, not one place: "im Ministerium", "in der Residenz"
# ("im Gästehaus der Regierung", "im Brüsseler Konferenzzentrum" name one).
_GENERIC_WHEN_BARE = frozenset({"ministerium", "residenz", "gästehaus", "konferenzzentrum", "tagungszentrum", "kongresszentrum", "tagungshaus"})
# English names of buildings end in their kind: "Lancaster House", "Blair House", "Mansion House".
_ENGLISH_HEADS = frozenset({"House", "Palace", "Centre", "Center"})  # not "Hall": a town in Tyrol
# A capitalised word that starts a time phrase, not a place's name ("im Rathaus am Montag").
_NOT_A_NAME = (
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Abend|Morgen|"
    r"Vormittag|Nachmittag|Mittag|Rande|Ende|Anfang|Beginn|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember)\b)"
)
_NAME_WORD = rf"{_NOT_A_NAME}[A-ZÄÖÜÉ][\w.'’-]*"
# A room or a part of a building, which the building it belongs to names: "im großen Sitzungssaal des
# Rathauses", "in der Aula des Schulhauses Zelgli".
_ROOM_HEADS = ("saal", "aula", "foyer", "gebäude", "trakt", "flügel")
_OF_BUILDING_RE = re.compile(
    r"\s+(?:des|der)\s+(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|[A-ZÄÖÜ][a-zäöüß]+(?:er|en))\s+){0,2}(?P<building>[A-ZÄÖÜ][\w-]*?)(?:e?s)?"
    rf"(?P<name>(?:\s+{_NAME_WORD}){{0,2}})(?![\w-])"
)
_VENUE_RE = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Ii]ns|[Ii]n\s+(?:der|dem|die|den|(?P<indefinite>einem|einer))|[Aa]uf(?:\s+(?:dem|der|das))?|[Aa]n\s+der|[Aa]m|[Bb]eim|[Vv]or\s+dem)\s+"
    # "im kanadischen", "in der Essener", "im Weißen": adjectives, lower-case or from a town's name.
    r"(?P<venue>(?P<adjectives>(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|(?P<proper>[A-ZÄÖÜ][a-zäöüß]+(?:er|en)))\s+){0,2})"
    r"(?P<noun>[A-ZÄÖÜÉ][\w-]*)"
    rf"(?P<name>(?:\s+{_NAME_WORD}){{0,3}})"
    rf"(?P<town>\s+(?:in|von|am|an\s+der)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)?)"
)


def _venue_head(noun: str, proper_adjective: bool) -> str | None:
    """A capitalised noun -> the kind of venue it names, if any."""
    lower = noun.lower()
    if lower in _ADJECTIVE_HEADS:
        return lower if proper_adjective else None
    for head in _HEADS:
        if lower.endswith(head):
            return head
    for head in _COMPOUND_HEADS:
        if lower.endswith(head) and len(lower) > len(head) + 2:
            return head
    return None


@dataclass(frozen=True)
class Venue:
    """A venue phrase: its offsets in the text searched and its words without the preposition."""

    start: int
    end: int
    text: str


def venues_in(text: str) -> list[Venue]:
    """Text (a sentence) -> the venues it names after a preposition of place, in order."""
    found = []
    position = 0
    while match := _VENUE_RE.search(text, position):
        head = _venue_head(match["noun"], bool(match["proper"]))
        if head is None and match["noun"].lower() in _ROOM_HEADS:
            head = match["noun"].lower()  # "im großen Saal": a venue only with the building it belongs to
        if head is None and match["proper"] and (named := _venue_head(match["proper"], False)) and named.startswith(_NAMED_HEADS):
            # "im Kloster Banz": the kind of place looked like a town's adjective ("Grazer"), its name like the noun.
            found.append(Venue(match.start("proper"), match.end("venue"), text[match.start("proper") : match.end("venue")]))
            position = match.end("venue")
            continue
        last_word = (match["name"] or match["noun"]).split()[-1]
        if head is None and last_word.rstrip(".") in _ENGLISH_HEADS and (match["name"] or match["proper"]):
            # "im State House", "im Lancaster House": an English name ends in its kind.
            start = match.start("proper") if match["proper"] else match.start("noun")
            end = match.end("name") if match["name"] else match.end("noun")
            end -= len(last_word) - len(last_word.rstrip("."))
            found.append(Venue(start, end, text[start:end]))
            position = end
            continue
        if head is None:
            # Look again from the next word: "in der Stadt im Hotel Adlon".
            position = match.start("noun")
            continue
        if match["indefinite"] and not (match["proper"] or match["name"] or match["town"]):
            # "in einem Hotel in der Innenstadt" names no venue; "in einem Berliner Hotel" names its town.
            position = match.end("noun")
            continue
        # "im barocken Gästehaus" is the "Gästehaus"; "im Weißen Haus" keeps its adjective.
        start = match.start("proper") if match["proper"] else match.start("noun")
        end = match.end("venue")
        if match["name"] and not head.startswith(_NAMED_HEADS):
            # "im Rathaus Bürgermeister Meier": only hotels, castles and the like carry a name.
            end = match.end("noun")
        if head in _ROOM_HEADS and end == match.end("noun") and (building := _OF_BUILDING_RE.match(text, end)):
            if (building_head := _venue_head(building["building"], False)) is not None:
                named = building["name"] and building_head.startswith(_NAMED_HEADS)
                end = building.end("name") if named else building.end("name") - len(building["name"])
        if head in _ROOM_HEADS and end == match.end("noun") and len(match["noun"]) == len(head):
            position = end
            continue
        if text[end - 1] == "." and len(text[start:end].rsplit(None, 1)[-1]) > 4:
            end -= 1  # the sentence's full stop, not an abbreviation's ("St.")
        if text[start:end].rstrip(".").lower() in _GENERIC_WHEN_BARE and not re.match(r"\s+(?:des|der|für)\s", text[end:]):
            position = end
            continue
        found.append(Venue(start, end, text[start:end]))
        position = end
    return found
