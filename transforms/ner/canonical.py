"""Canonical entity keys from one article's mentions: inflection, surnames, transliteration and case folded."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from transforms.ner.gazetteer import CAPITALS_FILE, COUNTRIES_FILE, load_country_names

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
    return " ".join(folded for word in text.split() if (folded := _fold_word(word)))


def _fold_word(word: str) -> str:
    """One word -> its folded form; an acronym keeps doubled letters ("ISS" is not "IS")."""
    acronym = len(word) > 1 and word.isupper()
    word = unicodedata.normalize("NFKD", word.lower().translate(_UMLAUTS))
    word = "".join(c for c in word if not unicodedata.combining(c))
    for pattern, replacement in _SPELLING_RULES:
        word = word.replace(pattern, replacement)
    word = _NON_WORD.sub(" ", word)
    return " ".join((word if acronym else _DOUBLES.sub(r"\1", word)).split())


def entity_id(key: str) -> str:
    """Canonical key -> a globally stable id (the same in every article and run, whatever type a mention got)."""
    return hashlib.sha1(key.encode()).hexdigest()[:16]


@lru_cache(maxsize=None)
def country_keys(model_dir: Path | None = None) -> dict[str, str]:
    """Model folder -> {folded country name, official name or alpha-3 code: folded German short name}, loaded once."""
    from transforms.ner.tagger import MODEL_DIR

    names = load_country_names((model_dir or MODEL_DIR) / COUNTRIES_FILE)
    return {fold_spelling(name): fold_spelling(short) for name, short in names.items()}


@dataclass(frozen=True)
class Mention:
    """One recognised mention: its words, type, and the words around it in the text."""

    words: tuple[str, ...]
    entity_type: str
    previous_word: str  # the word before the mention, "" at the start
    next_word: str  # the word after the mention, "" at the end


@lru_cache(maxsize=None)
def capital_country_ids(model_dir: Path | None = None) -> dict[str, str]:
    """Model folder -> {entity id of a national capital ("Moskau"): entity id of its country ("Russland")}, loaded once."""
    from transforms.ner.tagger import MODEL_DIR

    names = load_country_names((model_dir or MODEL_DIR) / CAPITALS_FILE)
    return {entity_id(fold_spelling(capital)): entity_id(fold_spelling(country)) for capital, country in names.items()}


def _strip_genitive(word: str, mention: Mention, known_bases: set[str], places: frozenset[str]) -> str:
    """The mention's last word -> that word without a genitive ending when the evidence supports one."""
    if len(word) < 4:
        return word
    if word.endswith(("'", "’")) and word[-2:-1] in ("s", "x", "z"):
        return word[:-1]  # "Strauss'"
    if not word.endswith("s") or word.isupper():
        return word
    countries = country_keys()
    prefix = " ".join(mention.words[:-1])
    for base in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        # "Russlands", "der Vereinigten Staaten von Amerikas" is rare, but "Russlands" is everyday.
        if base in known_bases or fold_spelling(f"{prefix} {base}") in countries:
            return base
        # "Europas", "Wiens": a known place name plus -s, when the word itself is no known place.
        if mention.entity_type == "LOC" and base in places and word not in places:
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


def _country_key(words: tuple[str, ...] | list[str], countries: dict[str, str]) -> str | None:
    """Folded words of a mention -> the key of the country they name, also in an inflected case, else None."""
    key = countries.get(" ".join(words))
    if key is None and len(words) > 1:
        # "der Vereinigten Staaten", "der Russischen Föderation": adjectives before the noun decline.
        base = [w[:-1] if w.endswith(("en", "er", "es", "em")) else w for w in words[:-1]]
        key = countries.get(" ".join([*base, words[-1]]))
    return key


def canonical_entities(mentions: list[Mention], places: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """One article's mentions in text order -> (canonical key, entity type) of each, decided within the article.

    Mentions with one key get one type, the article's majority for that key (ties: the first
    mention's); a country under any of its names is the key of its German short name, and a LOC.
    """
    keys = canonical_keys(mentions, places)
    countries = set(country_keys().values())
    votes: dict[str, Counter[str]] = {}
    for key, mention in zip(keys, mentions):
        votes.setdefault(key, Counter())[mention.entity_type] += 1
    types = {key: "LOC" if key in countries else counts.most_common(1)[0][0] for key, counts in votes.items()}
    return [(key, types[key]) for key in keys]


def canonical_keys(mentions: list[Mention], places: frozenset[str] = frozenset()) -> list[str]:
    """One article's mentions (+ known place names) in text order -> the canonical key of each, decided within the article."""
    known_bases = {m.words[-1] for m in mentions if not m.words[-1].endswith("s")}
    folded: list[tuple[str, ...]] = []
    for m in mentions:
        words = [w for w in m.words if w.lower() not in _HONORIFICS] or list(m.words)
        words[-1] = _strip_genitive(words[-1], m, known_bases, places)
        folded.append(tuple(fold_spelling(w) for w in words))
    # Surname-only person mentions take the full name used in the same article, if it is unambiguous.
    full_names: dict[str, set[tuple[str, ...]]] = {}
    for m, words in zip(mentions, folded):
        if m.entity_type == "PER" and len(words) > 1:
            full_names.setdefault(words[-1], set()).add(words)
    # An acronym in the article (EU) is the key of the long form whose initials it spells (Europäische Union).
    acronyms = {m.words[0] for m in mentions if len(m.words) == 1 and m.words[0].isupper() and len(m.words[0]) > 1}
    countries = country_keys()
    keys = []
    for m, words in zip(mentions, folded):
        if m.entity_type == "PER" and len(words) == 1 and len(full_names.get(words[0], ())) == 1:
            words = next(iter(full_names[words[0]]))
        elif m.entity_type in ("LOC", "ORG") and (country := _country_key(words, countries)):
            words = (country,)
        elif m.entity_type != "PER" and len(m.words) > 1 and _initials(m.words) in acronyms:
            words = (fold_spelling(_initials(m.words)),)
        keys.append(" ".join(words))
    return keys
