"""Speaker resolution within one article: the words that name a speaker -> who that is.

Pronouns and possessives ("er", "seiner Ansicht") point to the nearest earlier person; a definite
role noun ("der Sprecher") to the last person introduced with that role; a surname to the longest
full name in the article that ends with it. Unnamed sources ("ein Regierungsvertreter", "die
Polizei") keep their description: they never borrow an unrelated earlier name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.quote_cues import DETERMINERS, NON_SUBJECT_STARTERS, ROLE_SUFFIXES, SPEAKING_BODIES

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
    return word.lower().endswith(ROLE_SUFFIXES)


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


def known_surnames(body: str) -> frozenset[str]:
    """body -> last words of the full personal names in it ("Angela Merkel" -> "Merkel")."""
    return frozenset(name.split()[-1] for _, name in _persons(body))


def _persons(body: str) -> list[tuple[int, str]]:
    """body -> (offset, name) of the personal names written in full ("Angela Merkel")."""
    out = []
    for m in PERSON_RE.finditer(body):
        words = m.group().split()
        start = m.start()
        if is_role(words[0]):
            # "Bahnsprecherin Carola Weinberg", "Bundeskanzlerin Merkel": the name follows the role.
            start += len(words[0]) + 1
            words = words[1:]
        if words[0].lower() in _NOT_NAME_START or any(w.lower().endswith(_NOUN_ENDINGS) for w in words):
            continue  # "Deren Haltung", "Diese Maßnahme": a noun phrase, not a name
        # A capitalised run after an article or preposition is a noun phrase
        # ("ein Arbeitsessen von X", "nach Angaben Washingtons"), not a name.
        prev = body[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1].lower() in _NOT_BEFORE_NAME:
            continue
        out.append((start, " ".join(words)))
    return out


class SpeakerResolver:
    """Resolves speaker mentions within one article, in reading order."""

    def __init__(self, body: str) -> None:
        """body -> index of personal names and role appositions with their offsets."""
        self.roles: list[tuple[int, str, str]] = []  # (offset, role word lower, name)
        for w in _WORD_RE.finditer(body):
            if not is_role(w.group()):
                continue
            m = _NAME_AFTER_ROLE_RE.match(body, w.end())
            if m is None or m.group("name").split()[0].lower() in DETERMINERS:
                continue
            self.roles.append((w.start(), w.group().lower(), m.group("name")))
        self.persons = _persons(body)
        self.last_person: tuple[int, str] | None = None  # the last speaker who is a named person

    def resolve(self, mention: str | None, pos: int) -> str | None:
        """A speaker mention at an offset -> the resolved speaker (full name, else the words as written)."""
        if not mention:
            return None
        clean = _PARENS_RE.sub("", mention).strip(" ,„“”\"»«")
        words = clean.split()
        if not words:
            return mention
        low = words[0].lower()
        if (len(words) == 1 and low in ANAPHORS) or (low in _POSSESSIVES and len(words) <= 2):
            # "er", "sie", "seiner Meinung nach": the nearest earlier person.
            return self._nearest_person(pos) or mention
        name = person_name(words)
        if name:
            full = self._full_name(name, pos)
            self.last_person = (pos, full)
            return full
        head = words[-1].lower()
        if is_role(words[-1]) and low in _DEFINITE:
            # "der Sprecher", "die Ministerin": the last person introduced with that role.
            for off, role, person in reversed(self.roles):
                if off < pos and (role.endswith(head) or head.endswith(role.split("-")[-1])):
                    full = self._full_name(person_name(person.split()) or person, pos)
                    self.last_person = (pos, full)
                    return full
        # An unnamed source ("ein Regierungsvertreter", "die Polizei") keeps its description.
        return mention

    def _full_name(self, name: str, pos: int) -> str:
        """A surname or name -> the longest full name in the article ending with the same word."""
        surname = name.split()[-1]
        best = name
        for off, person in self.persons:
            cand = person_name(person.split())
            if cand and cand.split()[-1] == surname and len(cand) > len(best) and off <= pos + 200:
                best = cand
        return best

    def _nearest_person(self, pos: int) -> str | None:
        """The nearest person before pos: the last named speaker, or the last name written."""
        cands = [(o, self._full_name(n, pos)) for o, _, n in self.roles if o < pos]
        cands += [(o, self._full_name(n, pos)) for o, n in self.persons if o < pos]
        if self.last_person is not None and self.last_person[0] <= pos:
            cands.append(self.last_person)
        return max(cands)[1] if cands else None
