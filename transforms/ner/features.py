"""Token features for the CRF: word form, shape, affixes, capitalisation, context and lexicon cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SHAPE_RUNS = re.compile(r"(.)\1+")
_CACHE_LIMIT = 1_000_000
_OFFSETS = {delta: f"{delta:+d}:" for delta in (-2, -1, 1, 2)}


def word_shape(word: str) -> str:
    """Word -> its shape with runs collapsed ("Ukraine-Krise" -> "Xx-Xx", "EU" -> "X", "2014" -> "d")."""
    shape = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1", shape)


@dataclass
class Lexicon:
    """Cues learnt from training data or shipped data: lowercase vocabulary and name lists by kind."""

    lowercase_words: frozenset[str] = frozenset()  # words seen written in lower case: common words
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> tokens of known names
    # Features depend only on the word and the lexicon, and news repeats words: compute each once.
    _cache: dict[tuple[str, str], list[str]] = field(default_factory=dict, repr=False, compare=False)

    def kinds(self, word: str) -> list[str]:
        """A token -> the name-list kinds that contain it."""
        return [kind for kind, words in self.names.items() if word in words]

    def features(self, word: str, offset: str) -> list[str]:
        """A word + its position relative to the tagged word ("" for itself, "-1:" …) -> its features."""
        key = (word, offset)
        cached = self._cache.get(key)
        if cached is None:
            cached = _word_features(word, self) if not offset else _context_features(word, offset, self)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()  # bounds memory in long runs; the hot words come back at once
            self._cache[key] = cached
        return cached


def _word_features(word: str, lexicon: Lexicon) -> list[str]:
    lower = word.lower()
    features = [
        "w=" + lower,
        "shape=" + word_shape(word),
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "p3=" + lower[:3],
    ]
    if word[:1].isupper():
        features.append("title")
        # A capitalised word also used in lower case is a sentence-initial common word, not a name.
        if lower in lexicon.lowercase_words:
            features.append("lc_known")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    if "-" in word:
        features.append("hyphen")
        features.append("last_part=" + lower.rsplit("-", 1)[1])
    features.extend("gaz=" + kind for kind in lexicon.kinds(word))
    nouns = lexicon.names.get("LEX_NOUN")
    if nouns and word[:1].isupper() and word not in nouns:
        features.extend(noun_cues(word, nouns))
    return features


# Inflectional endings of German nouns, longest first: "Regierungen", "Landes", "Kindern".
_NOUN_ENDINGS = ("ern", "en", "es", "er", "ns", "n", "s", "e")
# Shorter heads ("Bock", "Mann") end too many surnames; chosen by cross-validation (4: 0.636, 5: 0.638).
_MIN_COMPOUND_HEAD = 5


def noun_cues(word: str, nouns: frozenset[str]) -> list[str]:
    """A capitalised word not itself a noun lemma -> cues that it is an inflected noun or a compound ending in one."""
    cues = []
    if any(word.endswith(ending) and word[: -len(ending)] in nouns for ending in _NOUN_ENDINGS):
        cues.append("noun_inflected")
    base = word.rsplit("-", 1)[-1]
    # "Sozialministerin" -> "Ministerin": the compound's head is a noun (names rarely end so).
    # "Ukraine-Krise", "US-Außenminister": a hyphenated part of a noun, not a name (NoSta-D "part").
    for i in range(0 if "-" in word else 1, len(base) - _MIN_COMPOUND_HEAD + 1):
        head = base[i].upper() + base[i + 1 :]
        if head in nouns or any(head.endswith(e) and head[: -len(e)] in nouns for e in _NOUN_ENDINGS[:4]):
            cues.append("noun_head" if i else "noun_part")
            break
    return cues


def _context_features(word: str, offset: str, lexicon: Lexicon) -> list[str]:
    lower = word.lower()
    features = [offset + "w=" + lower, offset + "shape=" + word_shape(word)]
    if word[:1].isupper() and lower not in lexicon.lowercase_words:
        features.append(offset + "name_like")
    features.extend(offset + "gaz=" + kind for kind in lexicon.kinds(word))
    return features


def sentence_features(words: list[str], lexicon: Lexicon) -> list[list[str]]:
    """A sentence's words + lexicon -> one list of string features per word."""
    result = []
    for i, word in enumerate(words):
        features = ["bias", *lexicon.features(word, "")]
        if i == 0:
            features.append("BOS")
        if i == len(words) - 1:
            features.append("EOS")
        for delta in (-2, -1, 1, 2):
            j = i + delta
            if 0 <= j < len(words):
                features.extend(lexicon.features(words[j], _OFFSETS[delta]))
        if i > 0:
            features.append("bigram=" + words[i - 1].lower() + "|" + word.lower())
        result.append(features)
    return result
