"""Canonical entity keys from one article's mentions: inflection, surnames, transliteration and case folded."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

# Transliteration and spelling variants map to one spelling: German and English renderings of
# Russian/Ukrainian names (Peskow/Peskov, Sergej/Sergey/Sergei, Chodorkowski/Khodorkovsky,
# Selenskyj/Zelensky), umlauts and their ae/oe/ue spellings. Order matters: longest patterns first.
_SPELLING_RULES = (
    ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("zh", "sh"), ("kh", "ch"), ("ph", "f"),
    ("ck", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("z", "s"),
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"(.)\1+")
_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes"})
# Names ending so are more often nominative (Markus, Paris, Carlos) than a genitive of a name in -u/-i/-o.
_NOMINATIVE_S_ENDINGS = ("us", "is", "os", "ss", "xs", "zs")
# Honorifics inside person spans do not change who is meant.
_HONORIFICS = frozenset({"dr", "prof", "herr", "frau", "sir", "lady", "dr.", "prof."})


def fold_spelling(text: str) -> str:
    """A name -> its spelling-folded key ("Sergej Peskow" and "Sergey Peskov" -> "sergei peskov")."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_UMLAUTS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    for pattern, replacement in _SPELLING_RULES:
        text = text.replace(pattern, replacement)
    return _DOUBLES.sub(r"\1", _NON_WORD.sub(" ", text)).strip()


def entity_id(entity_type: str, key: str) -> str:
    """Entity type + canonical key -> a globally stable id (the same in every article and run)."""
    return hashlib.sha1(f"{entity_type}\x1f{key}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Mention:
    """One recognised mention: its words, type, and the words around it in the text."""

    words: tuple[str, ...]
    entity_type: str
    previous_word: str  # the word before the mention, "" at the start
    next_word: str  # the word after the mention, "" at the end


def _strip_genitive(word: str, mention: Mention, known_bases: set[str]) -> str:
    """The mention's last word -> that word without a genitive ending when the evidence supports one."""
    if len(word) < 4:
        return word
    if word.endswith("'") and word[-2:-1] in ("s", "x", "z"):
        return word[:-1]  # "Strauss'"
    if not word.endswith("s") or word.isupper():
        return word
    for base in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        if base in known_bases:
            return base
    after_article = mention.previous_word.lower() in _GENITIVE_ARTICLES
    possessive = mention.next_word[:1].isupper() and mention.entity_type in ("PER", "LOC")
    if (after_article or possessive) and not word.endswith(_NOMINATIVE_S_ENDINGS):
        if after_article and word.endswith("es") and len(word) > 6:
            return word[:-2]  # "des Bundestages"
        return word[:-1]  # "Putins Sprecher", "Russlands Präsident", "des Kremls"
    return word


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def canonical_keys(mentions: list[Mention]) -> list[str]:
    """One article's mentions in text order -> the canonical key of each, decided within the article only."""
    known_bases = {m.words[-1] for m in mentions if not m.words[-1].endswith("s")}
    folded: list[tuple[str, ...]] = []
    for m in mentions:
        words = [w for w in m.words if w.lower() not in _HONORIFICS] or list(m.words)
        words[-1] = _strip_genitive(words[-1], m, known_bases)
        folded.append(tuple(fold_spelling(w) for w in words))
    # Surname-only person mentions take the full name used in the same article, if it is unambiguous.
    full_names: dict[str, set[tuple[str, ...]]] = {}
    for m, words in zip(mentions, folded):
        if m.entity_type == "PER" and len(words) > 1:
            full_names.setdefault(words[-1], set()).add(words)
    # An acronym in the article (EU) is the key of the long form whose initials it spells (Europäische Union).
    acronyms = {m.words[0] for m in mentions if len(m.words) == 1 and m.words[0].isupper() and len(m.words[0]) > 1}
    keys = []
    for m, words in zip(mentions, folded):
        if m.entity_type == "PER" and len(words) == 1 and len(full_names.get(words[0], ())) == 1:
            words = next(iter(full_names[words[0]]))
        elif m.entity_type != "PER" and len(m.words) > 1 and _initials(m.words) in acronyms:
            words = (fold_spelling(_initials(m.words)),)
        keys.append(" ".join(words))
    return keys
