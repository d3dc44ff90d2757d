"""Speaker resolution within one article: the words that name a speaker -> who that is.

Only persons, organisations, countries and capitals (as governments), role nouns and documents
are sources (`is_speaker_like`); events, things, quantities and adverbials are not.

Pronouns and possessives ("er", "seiner Ansicht") point to the nearest earlier source of a gender
they can stand for (er: a man or a masculine noun such as "der Kreml"; sie: a woman or a plural),
among named persons, earlier speakers and the subjects of the sentences just before. A definite
role noun ("der Sprecher") points to the last person introduced with that role, also in an
apposition ("dem Sprecher des Präsidenten, Max Roth"); a role with a prefix ("der US-Chefdiplomat")
to the one person recently introduced with a role of the same prefix ("US-Außenminister X"); any
other definite role to the named person quoted just before when the text shows the same gender.
A surname resolves to the longest full name in the article that ends with it. Unnamed sources
("ein Regierungsvertreter", "die Polizei") keep their description: they never borrow an unrelated
earlier name, and a later "der Regierungsvertreter" stays that unnamed source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transforms.quote_cues import DETERMINERS, NON_SUBJECT_STARTERS, NUMBER_WORDS, ROLE_SUFFIXES, SPEAKING_BODIES

_NAME_PARTICLES = frozenset("von van de der zu del da di bin al el ibn ben dos du la le".split())
# A personal name: two or three capitalised words, with name particles ("Hans van der Berg").
PERSON_RE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßéèáóíúçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:\s+(?:(?:von|van|de|zu|del|da|di|bin|al|el)\s+)?[A-ZÄÖÜ]\.?[a-zäöüßéèáóíúçñ'’]*"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}(?![\w-])"
)
_NOT_BEFORE_NAME = DETERMINERS | frozenset(
    "nach von vom mit bei in im am an auf aus für über unter gegen um zu zur zum durch ohne "
    "dieser diese dieses diesem diesen jeder jede alle".split()
)
_WORD_RE = re.compile(r"[\w\-]+")
_NOT_NAME_START = DETERMINERS | NON_SUBJECT_STARTERS | frozenset(
    "deren dessen dieser diese dieses diesem diesen jener jene alle viele einige mehrere manche "
    "jeder jede jedes kein keine seiner ihrer unser unsere".split()
)
# Endings of German abstract and collective nouns, never of a personal name.
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "ungen", "heiten",
                 "keiten", "schaften", "tionen", "täten", "nisse", "ment", "ments")
_NAME_AFTER_ROLE_RE = re.compile(
    r"\s+(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+(?:von|van|de|zu)?\s*[A-ZÄÖÜ][\w\-]+){1,2})"
)
_ADJ_RE = re.compile(r"^[a-zäöüß0-9][\w\-]*(?:e|en|er|es|em)$")
_PARENS_RE = re.compile(r"\s*\([^()]*\)")
ANAPHORS = frozenset("er sie ich wir dieser diese jener jene".split())
_POSSESSIVES = frozenset(
    "sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres deren dessen".split()
)
_DEFINITE = frozenset("der die das des dem den".split())
# Words that are capitalised at the start of a phrase but never part of a name.
_NOT_NAME = frozenset("ein eine einer eines einem einen".split()) | NON_SUBJECT_STARTERS


@lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """Whether a word is a role noun or ends in one ("Kreml-Sprecher", "Bundeskanzlerin")."""
    low = word.lower()
    if low.endswith(ROLE_SUFFIXES):
        return True
    # Declined forms: "Präsidenten", "Ministers", "Vorsitzenden", "Beamten".
    return any(low.endswith(e) and low[: -len(e)].endswith(ROLE_SUFFIXES) for e in ("en", "n", "s", "es"))


@lru_cache(maxsize=65536)
def _name_in(phrase: str) -> str | None:
    """A speaker phrase as text -> the personal name in it (cached: resolution asks for the same phrases often)."""
    return person_name(phrase.split())


def person_name(words: list[str]) -> str | None:
    """Words of a speaker phrase -> the personal name in it, or None.

    "die Vorsitzende Anna Kühn" -> "Anna Kühn", "Spectors Verteidiger Bruce Cutler" -> "Bruce Cutler",
    "Merkel" -> "Merkel"; "Ein Beamter der Nationalpolizei" and "die Polizei" -> None.
    """
    words = [w for w in words if w]
    if "," in " ".join(words):
        # "Der Vorsitzende im Landtag, Hans Berger": the name is the apposition.
        for part in reversed(" ".join(words).split(",")):
            found = person_name(part.split())
            if found:
                return found
        return None
    if not words:
        return None
    roles = [k for k, w in enumerate(words) if is_role(w)]
    if roles:
        rest = words[roles[-1] + 1 :]
    else:
        if words[0].lower() in DETERMINERS or words[0].lower() in _POSSESSIVES:
            return None  # "die Polizei", "seine Partei": a description, not a name
        rest = words
        while rest and (_ADJ_RE.match(rest[0]) or rest[0].lower() in _NOT_NAME):
            rest = rest[1:]
    if not rest or len(rest) > 4:
        return None
    if roles and len(rest) == 1 and rest[0].endswith("s") and words[0].lower() in DETERMINERS:
        return None  # "Der Vertreter Washingtons": a genitive, not the holder's name
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in rest) or rest[0] in _NAME_PARTICLES:
        return None
    if any(is_role(w) for w in rest):
        return None
    return " ".join(rest)


def can_speak(phrase: str, names: frozenset[str]) -> bool:
    """Whether a noun phrase can name a source: a person, a pronoun, a role or an organisation
    ("Die Proteste", "Der Riesenplanet" cannot)."""
    words = _PARENS_RE.sub("", phrase).split()
    if not words:
        return False
    if len(words) == 1 and words[0].lower() in ANAPHORS:
        return True
    if any(w in names or is_role(w) or w.lower().endswith(SPEAKING_BODIES) for w in words):
        return True
    return person_name(words) is not None and words[0].lower() not in DETERMINERS


# Abstract nouns that still name a source: bodies ("die Regierung", "die Kommission") and
# documents that speak in news German ("die Erklärung", "die Studie").
_SPEAKING_ABSTRACT = (
    "regierung", "zeitung", "führung", "leitung", "verwaltung", "stiftung", "vereinigung", "bewegung",
    "versammlung", "vertretung", "erklärung", "mitteilung", "meldung", "untersuchung", "umfrage",
    "ermittlungen", "information", "organisation", "delegation", "koalition", "opposition", "kommission", "union",
    "redaktion", "fraktion", "direktion", "administration", "nation", "institution", "gewerkschaft",
    "staatsanwaltschaft", "botschaft", "mannschaft", "gesellschaft", "gemeinschaft", "bürgerschaft",
    "genossenschaft", "ärzteschaft", "bündnis", "universität", "resolution", "stellungnahme",
    "nationen", "vereinigungen", "organisationen", "gewerkschaften", "gesellschaften",
)
# Head nouns of things and events that never say anything ("Die Verhandlungen hätten … offenbart").
_THING_HEADS = frozenset(
    """gespräch gespräche gesprächen treffen grund gründe zahl zahlen fall fälle tod tote toten anschlag
    anschläge angriff angriffe krieg streit bombe bomben rakete raketen waffe waffen preis preise kosten
    schaden schäden unfall brand feuer lage frage fragen antwort ziel ziele problem probleme fehler kritik
    hoffnung sorge sorgen angst ansicht worte wort vergleich vergleiche abschuss angebot gebiet gebiete
    schädel zettel euro dollar prozent millionen milliarden tausende hunderte stimmen situation ergebnis
    ergebnisse zukunft geschichte woche jahr tag nacht lösung maßnahmen maßnahme proteste protest
    demonstration wahl wahlen abstimmung debatte diskussion verhandlungen konsultationen sitzung runde
    gipfeltreffen besuch reise rede interview auftritt ausnahmen beispiel hintergrund idee einigkeit versuch
    plan pläne vorschlag zweifel steuern sirenen daten abzug schritt""".split()
)
_CAP_ADVERB_RE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:lich|weise|mals|lang|ens|end|ell|isch|ig|aus|neben|bei|für|nach)$")
_FINITE_IN_PHRASE = frozenset(
    "wurde wurden wird werden ist sind war waren sei seien hat haben hatte hatten habe könne soll solle "
    "wisse müsse".split()
)


def is_speaker_like(phrase: str | None, names: frozenset[str] = frozenset()) -> bool:
    """Whether a subject phrase can be a source: a person, pronoun, role, organisation, country or
    capital, or a document; not an event, a thing, a quantity or an adverbial
    ("Die vergangenen Verhandlungen", "Um Fortschritte", "5 Milliarden Euro" cannot)."""
    if not phrase:
        return False
    clean = _PARENS_RE.sub("", phrase).strip(" ,")
    words = clean.split()
    if not words:
        return False
    first = words[0].strip("„“”\"»«")
    low = first.lower()
    if len(words) == 1 and low in ANAPHORS | frozenset(("ich", "wir", "man", "demnach")):
        return True
    if words[0][:1] in "„“\"»«" and words[0][1:2].islower() and len(words) > 2:
        return False  # quoted words ("„schütze sie Gott“"), not a name („heise online“)
    if (low in NON_SUBJECT_STARTERS or low in _PREPOSITION_STARTS) and low not in DETERMINERS:
        return False  # "Um Fortschritte", "Daneben", "Aufgrund des Störfalls"
    if first[:1].isdigit() or low in NUMBER_WORDS:
        return False  # "5 Milliarden Euro", "Acht Tote"
    if any(w.lower() in _FINITE_IN_PHRASE for w in words[1:]):
        return False  # a clause, not a phrase
    if len(words) == 1 and _CAP_ADVERB_RE.match(first) and first not in names and not is_role(first) \
            and not first.lower().endswith(SPEAKING_BODIES):
        return False  # "Offiziell", "Monatelang", "Besonders"
    core = _before_attribute(words)  # "Die Bestrebungen der Regierung": the head decides, not the attribute
    if any(w in names or is_role(w) or _speaking_noun(w.lower(), SPEAKING_BODIES) for w in core):
        return True
    if low not in DETERMINERS and len(words) >= 2 and person_name(words) is not None \
            and words[-1].lower() not in _THING_HEADS and not _abstract(words[-1]):
        return True  # "Franz Josef Jung", not "Jegliche Mitverantwortung"
    head = _head_word(words)
    if head is None:
        return True
    h = head.lower().split("-")[-1]
    if _speaking_noun(h, _SPEAKING_ABSTRACT) or sum(c.isupper() for c in head) >= 2:
        return True  # "die Regierung", "Zeitungen", "Die IAEO"
    if h in _THING_HEADS or _abstract(h):
        return False
    return True


def _abstract(word: str) -> bool:
    """Whether a noun has the ending of an abstract noun ("Mitverantwortung"); short names ("Jung") do not count."""
    low = word.lower()
    return len(low) > 5 and low.endswith(_NOUN_ENDINGS)


def _speaking_noun(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a lower-case noun, also in the plural or genitive ("Zeitungen", "Ministeriums"), ends
    with one of the suffixes."""
    if word.endswith(suffixes):
        return True
    return any(word.endswith(e) and word[: -len(e)].endswith(suffixes) for e in ("en", "n", "s", "es", "e"))


_PREPOSITION_STARTS = frozenset(
    "um durch ohne bis gegen aufgrund infolge trotz wegen dank statt anstatt binnen mittels seitens "
    "zwecks hinsichtlich bezüglich angesichts anlässlich".split()
)
_GENITIVE_STARTS = frozenset("des der eines einer von vom aus im am in bei für mit".split())


def _before_attribute(words: list[str]) -> list[str]:
    """Words of a noun phrase -> those before its first genitive or prepositional attribute."""
    for k, w in enumerate(words):
        if k > 0 and w.lower() in _GENITIVE_STARTS:
            return words[:k]
    return words


def _head_word(words: list[str]) -> str | None:
    """Words of a noun phrase -> its head: the last capitalised word before a genitive or prepositional
    attribute ("Die Zahl der Menschen" -> "Zahl")."""
    head = None
    for k, w in enumerate(words):
        if k > 0 and w.lower() in _GENITIVE_STARTS and head is not None:
            break
        if w[:1].isupper() and w.lower() not in DETERMINERS:
            head = w.strip(",„“”\"»«")
    return head


def known_surnames(body: str) -> frozenset[str]:
    """body -> last words of the full personal names in it ("Angela Merkel" -> "Merkel")."""
    return frozenset(name.split()[-1] for _, name, _ in _all_persons(body))


# The names of the last body read: extraction asks for them twice per article (surnames, resolver).
_persons_memo: dict[str, list[tuple[int, str, str | None]]] = {}


def _all_persons(body: str) -> list[tuple[int, str, str | None]]:
    """body -> (offset, name, gender) of every personal name written in full, quoted or not (remembered for the last body)."""
    found = _persons_memo.get(body)
    if found is None:
        _persons_memo.clear()
        found = _persons_memo[body] = _persons(body)
    return found


_MALE_WORDS = ("mann", "vater", "sohn", "bruder", "herr", "onkel", "großvater", "ehemann")
_FEMALE_WORDS = ("frau", "mutter", "tochter", "witwe", "schwester", "tante", "großmutter", "ehefrau")
# Roles declined like adjectives: their gender shows in the article ("der/die Vorsitzende").
_ADJECTIVAL_ROLES = ("vorsitzende", "abgeordnete", "beauftragte", "angeklagte", "beamte", "angestellte",
                     "verdächtige", "bevollmächtigte", "sachverständige", "gesandte", "delegierte")
_NEUTER_ROLES = ("mitglied", "oberhaupt", "sprachrohr", "opfer")
_FEMININE_DETS = frozenset("die eine einer".split())
_MASCULINE_DETS = frozenset("der ein eines einem einen dieser jener".split())


def role_gender(word: str, det: str | None = None) -> str | None:
    """A role noun (and its determiner) -> "m", "f", "p" (plural) or None when the text does not show it.

    "Außenministerin" -> "f", "Sprecher" -> "m", "die Vorsitzende" -> "f", "Ministerinnen" -> "p".
    """
    low = word.lower()
    if low.endswith("innen"):
        return "p"
    if low.endswith(_FEMALE_WORDS) or (low.endswith("in") and is_role(low)):
        return "f"
    if low.endswith(_MALE_WORDS):
        return "m"
    base = low[:-1] if low.endswith(("r", "n")) and low[:-1].endswith(_ADJECTIVAL_ROLES) else low
    if base.endswith(_ADJECTIVAL_ROLES):
        if low.endswith("r"):
            return "m"  # "ein Beamter", "Abgeordneter"
        if det in _FEMININE_DETS:
            return "f"
        if det in _MASCULINE_DETS:
            return "m"
        return None
    if det == "die" and not low.endswith("in"):
        return "p"  # "die Sprecher"
    if low.endswith(_NEUTER_ROLES):
        return None  # "das Vorstandsmitglied Anna Roth": the noun says nothing of the person
    return "m"


def mention_gender(words: list[str]) -> str | None:
    """Words of a speaker mention -> its grammatical gender as the text shows it, else None.

    Roles decide ("die Außenministerin" -> "f"); a phrase without a role takes its article's
    ("der Kreml" -> "m", "die Regierung" -> "f", "das Ministerium" -> "n"); a bare name says nothing.
    """
    if not words:
        return None
    det = words[0].lower() if words[0].lower() in DETERMINERS | _MASCULINE_DETS else None
    for w in words:
        if is_role(w):
            return role_gender(w, det)
    if det in ("der", "ein", "dieser", "jener"):
        return "m"
    if det in ("die", "eine", "diese"):
        return "f"
    if det in ("das", "dieses"):
        return "n"
    return None


# Pronouns and possessives -> the genders they can stand for ("sie": a woman or a plural).
_PRONOUN_GENDERS: dict[str, frozenset[str]] = {
    "er": frozenset("m"), "sein": frozenset("mn"), "seine": frozenset("mn"), "seiner": frozenset("mn"),
    "seinem": frozenset("mn"), "seinen": frozenset("mn"), "seines": frozenset("mn"), "dessen": frozenset("mn"),
    "sie": frozenset("fp"), "ihr": frozenset("fp"), "ihre": frozenset("fp"), "ihrer": frozenset("fp"),
    "ihrem": frozenset("fp"), "ihren": frozenset("fp"), "ihres": frozenset("fp"), "deren": frozenset("fp"),
}
_NAME_STOP = frozenset(
    "um ohne durch bis gegen herr frau millionen milliarden tausende hunderte dutzende jahren jahre "
    "jahr tage tagen wochen monate monaten stunden guten".split()
)


def _persons(body: str, quoted: list[tuple[int, int]] | tuple = ()) -> list[tuple[int, str, str | None]]:
    """body -> (offset, name, gender) of the personal names written in full ("Angela Merkel"),
    the gender taken from a role or title before the name ("Außenministerin Anna Roth")."""
    out = []
    for m in PERSON_RE.finditer(body):
        words = m.group().split()
        start = m.start()
        gender = None
        if is_role(words[0]) or words[0].lower() in ("herr", "frau"):
            # "Bahnsprecherin Carola Weinberg", "Bundeskanzlerin Merkel": the name follows the role.
            gender = "m" if words[0].lower() == "herr" else role_gender(words[0])
            start += len(words[0]) + 1
            words = words[1:]
        else:
            prev = _WORD_RE.findall(body[max(0, m.start() - 40) : m.start()])
            if prev and is_role(prev[-1]):
                gender = role_gender(prev[-1])
        low = [w.lower() for w in words]
        if low[0] in _NOT_NAME_START or any(w.endswith(_NOUN_ENDINGS) for w in low) \
                or any(w in _NAME_STOP or w in _PREPOSITION_STARTS for w in low) \
                or any(is_role(w) or _speaking_noun(w, SPEAKING_BODIES) for w in words):
            continue  # "Deren Haltung", "Um Fortschritte", "Papiers Stellvertreter": not a name
        # A capitalised run after an article or preposition is a noun phrase
        # ("ein Arbeitsessen von X", "nach Angaben Washingtons"), not a name; of three words the
        # last two may be one ("der Kämmerer Max Roth").
        prev = body[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1].lower() in _NOT_BEFORE_NAME:
            if len(words) != 3 or start != m.start():
                continue
            start += len(words[0]) + 1
            words = words[1:]
        if any(a <= start < b for a, b in quoted):
            continue  # words inside quotation marks introduce nobody
        out.append((start, " ".join(words), gender))
    return out


# An apposition naming the holder of a role: "Sprecher des russischen Präsidenten, Dmitri Peskow,".
_GENITIVE_APPOSITION_RE = re.compile(
    r"\s+(?:des|der)\s+(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*(?:\([^()]*\)\s*)?,\s*"
    r"(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+(?:von|van|de|zu)?\s*[A-ZÄÖÜ][\w\-.]+){1,2})\s*[,(]"
)
# A name followed by its role: "Dmitri Peskow, Sprecher des Kremls," / "Anna Roth, die Sprecherin".
_ROLE_AFTER_NAME_RE = re.compile(
    r"(?P<name>[A-ZÄÖÜ][a-zäöüßéèáóíúçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+(?:(?:von|van|de|zu)\s+)?"
    r"[A-ZÄÖÜ][a-zäöüßéèáóíúçñ'’]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),\s+(?:(?:der|die)\s+)?"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}(?P<role>[A-ZÄÖÜ][\w-]*)"
)
_INDEFINITE_RE = re.compile(r"(?<![\w-])[Ee]in(?:e|er|em|en|es)?\s+(?:[a-zäöüß][\w-]*\s+){0,3}(?P<role>[A-ZÄÖÜ][\w-]*)")
# How far back a role noun's prefix ("US-") may find the person it stands for, in characters.
_PREFIX_WINDOW = 3000
# How far back a definite role noun may find the named person quoted just before, in characters.
_VARIATION_WINDOW = 400
# Cues of a reply or contradiction: their speaker is not the one quoted before.
_REPLY_CUE_RE = re.compile(r"(?:wider|entgegn|konter|erwider|antwort|hielt|hält|kritisier|widersp)")


def _role_key(word: str) -> str:
    """A role noun -> a form without case endings, to compare "Beamter", "Beamte", "Beamten"."""
    low = word.lower()
    if low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]
    for ending in ("en", "er", "e", "n"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            return low[: -len(ending)]
    return low


def _prefix(word: str) -> str | None:
    """A compound role noun -> its organisation or country prefix ("US-Chefdiplomat" -> "us")."""
    parts = word.lower().split("-")
    return "-".join(parts[:-1]) if len(parts) > 1 and parts[0] else None


def _same_role(role: str, head: str) -> bool:
    """Whether an introduced role and a mention's role noun name the same office
    ("Kreml-Sprecher" ~ "Sprecher", not "Außenminister" ~ "Innenminister", not "US-X" ~ "EU-X")."""
    r, h = _role_key(role), _role_key(head)
    pr, ph = _prefix(role), _prefix(head)
    if pr and ph and pr != ph:
        return False
    r_core, h_core = r.split("-")[-1], h.split("-")[-1]
    return r_core.endswith(h_core) or h_core.endswith(r_core)


class SpeakerResolver:
    """Resolves speaker mentions within one article, in reading order."""

    def __init__(self, body: str, quoted: list[tuple[int, int]] | tuple = (),
                 subjects: Callable[[int], list[tuple[int, str]]] | None = None) -> None:
        """body (the spans inside quotation marks, and a function giving the sentence subjects
        before an offset) -> index of personal names and of roles with the names of their holders,
        with offsets and genders."""
        self.body = body
        self.roles: list[tuple[int, str, str, str | None]] = []  # (offset, role word, name, gender)
        for w in _WORD_RE.finditer(body):
            if not is_role(w.group()) or any(a <= w.start() < b for a, b in quoted):
                continue
            m = _NAME_AFTER_ROLE_RE.match(body, w.end()) or _GENITIVE_APPOSITION_RE.match(body, w.end())
            if m is None or m.group("name").split()[0].lower() in DETERMINERS:
                continue
            name = m.group("name")
            if any(x.lower().endswith(_NOUN_ENDINGS) or x.lower() in _NAME_STOP or is_role(x) for x in name.split()):
                continue
            det = body[max(0, w.start() - 4) : w.start()].split()
            self.roles.append((w.start(), w.group(), name, role_gender(w.group(), det[-1].lower() if det else None)))
        for m in _ROLE_AFTER_NAME_RE.finditer(body):
            role = m.group("role")
            if is_role(role) and not any(a <= m.start() < b for a, b in quoted) \
                    and not any(x.lower().endswith(_NOUN_ENDINGS) or x.lower() in _NAME_STOP for x in m.group("name").split()):
                self.roles.append((m.start("role"), role, m.group("name"), role_gender(role)))
        self.roles.sort()
        self.unnamed = [(m.start("role"), m.group("role")) for m in _INDEFINITE_RE.finditer(body) if is_role(m.group("role"))]
        # Words inside quotation marks introduce nobody.
        self.persons = [p for p in _all_persons(body) if not any(a <= p[0] < b for a, b in quoted)]
        self.mentions: list[tuple[int, str, str | None]] = []  # resolved speakers so far
        self.last_person: tuple[int, str, str | None] | None = None  # the last named speaker
        self.surnames = frozenset(name.split()[-1] for _, name, _ in self.persons)
        self.subjects = subjects
        self._cache: dict[tuple[str, int], str] = {}
        self._reply = False

    def resolve(self, mention: str | None, pos: int, cue: str | None = None) -> str | None:
        """A speaker mention at an offset (and its cue) -> the resolved speaker (full name, else the
        words as written)."""
        if not mention:
            return None
        self._reply = bool(cue and _REPLY_CUE_RE.match(cue))
        key = (mention, pos)
        if key in self._cache:
            return self._cache[key]
        clean = _PARENS_RE.sub("", mention).strip(" ,„“”\"»«")
        words = clean.split()
        if not words:
            return mention
        low = words[0].lower()
        if (len(words) == 1 and low in ANAPHORS) or (low in _POSSESSIVES and len(words) <= 2):
            # "er", "sie", "seiner Meinung nach": the nearest earlier source the pronoun can stand for.
            found = self._antecedent(pos, _PRONOUN_GENDERS.get(low))
            result = found[0] if found else mention
            if found:
                self.mentions.append((pos, found[0], found[1]))
        else:
            display, gender, person = self._describe(words, pos, pos + len(mention))
            result = display or mention
            if display is not None and person:
                self.last_person = (pos, display, gender)
            if display is not None or is_speaker_like(clean):
                self.mentions.append((pos, result, gender))
        self._cache[key] = result
        return result

    def _describe(self, words: list[str], pos: int, end: int) -> tuple[str | None, str | None, bool]:
        """Words of a mention -> (the person or role holder it names, else None; its gender; whether
        it is a person). Reads only: nothing is recorded."""
        gender = "p" if any(w in ("und", "sowie") for w in words) else mention_gender(words)
        name = person_name(words)
        if name is None and words[-1] in self.surnames:
            # "der für den Verkehr zuständige Dezernent Paul Winter": a known name closes the phrase.
            phrase = " ".join(words)
            name = max((n for _, n, _ in self.persons if phrase.endswith(" " + n)), key=len, default=None)
        if name:
            full = self._full_name(name, pos)
            person = full.split()[-1] in self.surnames
            return full, gender or self._known_gender(full) or (None if person else "n"), person
        # The head's role, not one in its attribute: "dem Sprecher des Präsidenten" -> "Sprecher".
        role = next((w for w in reversed(_before_attribute(words)) if is_role(w)), None)
        if role is not None and (words[0].lower() in _DEFINITE or words[0].lower() in ("dieser", "diese")):
            found = self._role_holder(role, gender, pos, end)
            if found is not None:
                return found, gender, True
        # An unnamed source ("ein Regierungsvertreter", "die Polizei") keeps its description.
        return None, gender, False

    def _role_holder(self, role: str, gender: str | None, pos: int, end: int) -> str | None:
        """A definite role noun ("der Sprecher", "der US-Chefdiplomat") -> the named person it stands for, else None.

        The last person introduced with that role; else, for a role with a prefix ("US-"), the one
        person recently introduced with a role of the same prefix; else the named person quoted just
        before, when the text shows the same gender. A more recent unnamed holder ("ein ranghoher
        US-Beamter") wins: the role then stays a description.
        """
        def compatible(g: str | None) -> bool:
            return gender is None or g is None or g == gender

        unnamed = max((o for o, r in self.unnamed if o < pos and _same_role(r, role)), default=-1)
        for off, r, person, g in reversed(self.roles):
            # The mention may hold its own apposition: "dem Sprecher des Präsidenten, Max Roth".
            if off < end and _same_role(r, role) and compatible(g):
                if off < unnamed:
                    return None
                return self._full_name(_name_in(person) or person, pos)
        if unnamed >= 0:
            return None
        prefix = _prefix(role)
        if prefix:
            same = [(off, person, g) for off, r, person, g in self.roles
                    if pos - _PREFIX_WINDOW < off < pos and _prefix(r) == prefix]
            unnamed_same = max((o for o, r in self.unnamed if pos - _PREFIX_WINDOW < o < pos and _prefix(r) == prefix),
                               default=-1)
            holders = {self._full_name(person_name(p.split()) or p, pos) for _, p, g in same if compatible(g)}
            latest = max((off for off, _, g in same if compatible(g)), default=-1)
            if len(holders) == 1 and latest > unnamed_same:
                return holders.pop()
            return None
        last = self.last_person
        if last is not None and pos - _VARIATION_WINDOW <= last[0] < pos and gender is not None \
                and last[2] == gender and not self._reply:
            # "«…», sagte Minister X. «…», fügte der Politiker hinzu"; a reply ("widersprach der
            # Trainer") is someone else's.
            return last[1]
        return None

    def _known_gender(self, full: str) -> str | None:
        """A resolved name -> the gender a role gave it somewhere in the article, else None."""
        for _, _, person, g in self.roles:
            if g and self._full_name(person, len(self.body)) == full:
                return g
        for _, person, g in self.persons:
            if g and person == full:
                return g
        return None

    def _full_name(self, name: str, pos: int) -> str:
        """A surname or name -> the longest full name in the article ending with the same word."""
        surname = name.split()[-1]
        best = name
        for off, person, _ in self.persons:
            cand = _name_in(person)
            if cand and cand.split()[-1] == surname and len(cand) > len(best) and off <= pos + 200:
                best = cand
        return best

    def _antecedent(self, pos: int, genders: frozenset[str] | None) -> tuple[str, str | None] | None:
        """The nearest source before pos a pronoun can stand for: a named person, a role holder or an
        earlier speaker (person, organisation, country), of a gender the pronoun allows."""
        best: tuple[int, str, str | None] | None = None

        def consider(off: int, name: str, g: str | None) -> None:
            nonlocal best
            if off < pos and (genders is None or g is None or g in genders) and (best is None or off > best[0]):
                best = (off, name, g)

        for off, _, person, g in self.roles:
            consider(off, self._full_name(person, pos), g)
        for off, person, g in self.persons:
            consider(off, self._full_name(person, pos), g or self._known_gender(self._full_name(person, pos)))
        for off, name, g in self.mentions:
            consider(off, name, g)
        # The subjects of the sentences just before ("Dies weist der Kreml zurück. Zugleich fordert
        # er …"): the likeliest antecedents of a subject pronoun.
        for off, phrase in self.subjects(pos) if self.subjects else ():
            words = _PARENS_RE.sub("", phrase).split()
            if not words or words[0].lower() in ANAPHORS or words[0].lower() in _POSSESSIVES \
                    or not can_speak(phrase, self.surnames):
                continue  # only a person, a role or a body: not "die Anlassschwelle"
            display, g, _ = self._describe(words, off, off + len(phrase))
            consider(off, display or phrase, g)
        return (best[1], best[2]) if best else None
