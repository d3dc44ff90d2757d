"""The shipped CRF model: loaded once per process, tags tokenised sentences with BIO tags."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from transforms.ner.features import Lexicon, sentence_features

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = "ner.crfsuite"
LEXICON_FILE = "lexicon.json"


def save_lexicon(lexicon: Lexicon, path: Path) -> None:
    """Lexicon + file path -> the lexicon written as sorted JSON."""
    payload = {
        "lowercase_words": sorted(lexicon.lowercase_words),
        "names": {kind: sorted(words) for kind, words in sorted(lexicon.names.items())},
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def load_lexicon(path: Path) -> Lexicon:
    """JSON file written by save_lexicon -> the Lexicon."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        lowercase_words=frozenset(payload["lowercase_words"]),
        names={kind: frozenset(words) for kind, words in payload["names"].items()},
    )


class Tagger:
    """A trained CRF and its lexicon; tag() maps a sentence's words to BIO tags."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.lexicon = load_lexicon(model_dir / LEXICON_FILE)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(model_dir / MODEL_FILE))

    def tag(self, words: list[str]) -> list[str]:
        """Words of one sentence -> their BIO tags over PER/ORG/LOC/MISC."""
        if not words:
            return []
        return self._crf.tag(sentence_features(words, self.lexicon))


@lru_cache(maxsize=None)
def default_tagger(model_dir: Path = MODEL_DIR) -> Tagger:
    """Model folder -> its Tagger, loaded once per process."""
    return Tagger(model_dir)
