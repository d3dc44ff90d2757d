"""The shipped CRF model: loaded once per process, tags tokenised sentences with BIO tags."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from transforms.ner.data import spans
from transforms.ner.features import Lexicon, noun_cues, sentence_features

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = "ner.crfsuite"
LEXICON_FILE = "lexicon.json.gz"  # gzip: the word lists are 4.7 MB as plain JSON, 1.3 MB packed


def save_lexicon(lexicon: Lexicon, path: Path) -> None:
    """Lexicon + file path -> the lexicon written as sorted JSON."""
    payload = {
        "lowercase_words": sorted(lexicon.lowercase_words),
        "names": {kind: sorted(words) for kind, words in sorted(lexicon.names.items())},
    }
    # mtime=0: retraining on the same data writes the same bytes.
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def load_lexicon(path: Path) -> Lexicon:
    """JSON file written by save_lexicon -> the Lexicon."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        payload = json.load(handle)
    return Lexicon(
        lowercase_words=frozenset(payload["lowercase_words"]),
        names={kind: frozenset(words) for kind, words in payload["names"].items()},
    )


def _is_common_noun(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word -> whether the lexicon knows it as a common noun and not as a person's name."""
    names = lexicon.names
    known = word in names.get("NOUN", frozenset()) or word in names.get("LEX_NOUN", frozenset())
    return known and word not in names.get("PER", frozenset())


def _is_role_noun(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word -> whether it is a common noun or a compound ending in one ("Landtagsklubobmann")."""
    if _is_common_noun(word, lexicon):
        return True
    nouns = lexicon.names.get("LEX_NOUN")
    return bool(nouns) and word not in lexicon.names.get("PER", frozenset()) and "noun_head" in noun_cues(word, nouns)


def _is_shouted_compound(word: str, lexicon: Lexicon) -> bool:
    """An all-capitals word -> whether it is a compound common noun written in capitals ("BILDUNGSABBRUCH")."""
    nouns = lexicon.names.get("LEX_NOUN")
    if not nouns or len(word) < 8 or any(word in lexicon.names.get(kind, ()) for kind in ("PER", "ORG", "LOC", "MISC")):
        return False
    return "noun_head" in noun_cues(word.capitalize(), nouns)


def trim_spans(words: list[str], tags: list[str], lexicon: Lexicon) -> list[str]:
    """Words + BIO tags -> the same tags with known common words cut from the edges of person and place spans."""
    tags = list(tags)
    for start, end, kind in spans(tags):
        word = words[start]
        # "ALLTAGSSPRACHE:" as a paragraph lead-in is a shouted compound noun, not an acronym; a simple
        # noun in capitals may be an outlet's name ("SPIEGEL"), so only compounds are dropped.
        if end - start == 1 and word.isupper() and _is_shouted_compound(word, lexicon):
            tags[start] = "O"
            continue
        if kind not in ("PER", "LOC") or end - start < 2:
            continue
        first, last = start, end
        # "Bürgermeister Anna Berger": NoSta-D leaves titles and roles outside the person's span.
        # Only before two more names: "Benjamin", "Axel" are nouns too, but also first names.
        while kind == "PER" and last - first > 2 and "-" not in words[first] and _is_role_noun(words[first], lexicon):
            first += 1
        # "Baerbocks Festhalten": a name is not followed by a common noun inside the same person span.
        while (kind == "PER" and last - first > 1 and words[last - 2].endswith(("s", "'", "’"))
               and _is_common_noun(words[last - 1], lexicon)):
            last -= 1
        # "Höchstens Satellitentelefone": a sentence-initial word also written in lower case starts no name.
        if first == 0 and last - first > 1 and words[0].lower() in lexicon.lowercase_words:
            first += 1
        runs = _name_runs(words, first, last)
        if runs != [(start, end)]:
            tags[start:end] = ["O"] * (end - start)
            for run_start, run_end in runs:
                # "besuchte Steinmeier dann Yogyakarta": a part after the break may be a known place.
                run_kind = "LOC" if run_start > first and _is_known_place(words[run_start:run_end], lexicon) else kind
                tags[run_start:run_end] = [f"B-{run_kind}"] + [f"I-{run_kind}"] * (run_end - run_start - 1)
    return tags


# Lower-case words that belong inside a person's or place's name ("Ursula von der Leyen", "Frankfurt am Main").
_NAME_PARTICLES = frozenset(
    "von vom van der des den de del della di da dos das du la le ten ter zu zum zur am an im in bei ob unter al el bin ibn y e".split()
)


def _place_token_lists(lexicon: Lexicon) -> list[frozenset[str]]:
    """Lexicon -> its gazetteer's lists of place-name tokens (CLDR, GeoNames)."""
    return [names for kind, names in lexicon.names.items() if kind.startswith("GEO_")]


def _is_known_place(words: list[str], lexicon: Lexicon) -> bool:
    """Words -> whether each is a token of a place name the gazetteer knows."""
    places = _place_token_lists(lexicon)
    return all(any(word in names for names in places) for word in words)


def _name_runs(words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """Words + a name span -> its parts between lower-case words no name holds ("will Wadephul" -> "Wadephul")."""
    runs, run_start = [], first
    for i in range(first, last + 1):
        # ("al-Sisi" is a name word: it holds a capital)
        breaks = i == last or (words[i][:1].islower() and words[i] not in _NAME_PARTICLES and words[i].islower())
        if breaks:
            if i > run_start:
                runs.append((run_start, i))
            run_start = i + 1
    return runs


class Tagger:
    """A trained CRF and its lexicon; tag() maps a sentence's words to BIO tags."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.lexicon = load_lexicon(model_dir / LEXICON_FILE)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(model_dir / MODEL_FILE))
        # Tokens of known place names (CLDR, GeoNames), for folding genitives such as "Europas".
        self.places = frozenset().union(*_place_token_lists(self.lexicon))

    def tag(self, words: list[str]) -> list[str]:
        """Words of one sentence -> their BIO tags over PER/ORG/LOC/MISC."""
        if not words:
            return []
        return trim_spans(words, self._crf.tag(sentence_features(words, self.lexicon)), self.lexicon)


@lru_cache(maxsize=None)
def default_tagger(model_dir: Path = MODEL_DIR) -> Tagger:
    """Model folder -> its Tagger, loaded once per process."""
    return Tagger(model_dir)
