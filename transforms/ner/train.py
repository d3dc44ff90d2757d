"""Train the German NER CRF on GermEval 2014: `python -m transforms.ner.train [--data-dir DIR] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from transforms.ner.data import DATA_DIR, Sentence, load_split, spans
from transforms.ner.features import Lexicon, sentence_features
from transforms.ner.tagger import LEXICON_FILE, MODEL_DIR, MODEL_FILE, save_lexicon

# Name-list folds: a training sentence sees only names learnt from the other folds, so the CRF
# learns how far to trust a name list on names it has not been trained on (as at run time).
NAME_FOLDS = 5
# A token joins a kind's name list when it is inside that kind's spans at least this share of the time.
NAME_MIN_SHARE = 0.5


def lowercase_vocabulary(sentences: list[Sentence]) -> frozenset[str]:
    """Sentences -> the words seen written entirely in lower case (common words, not names)."""
    return frozenset(word for words, _ in sentences for word in words if word.islower())


def name_lists(sentences: list[Sentence]) -> dict[str, frozenset[str]]:
    """Sentences -> per entity type (and NOUN for outside any span), the capitalised tokens mostly seen so."""
    inside: Counter[tuple[str, str]] = Counter()
    seen: Counter[str] = Counter()
    for words, tags in sentences:
        seen.update(words)
        for start, end, kind in spans(tags):
            inside.update((word, kind) for word in words[start:end] if word[:1].isupper())
        # Capitalised words outside every span, past the sentence's first word: German common nouns.
        inside.update((word, "NOUN") for word, tag in zip(words[1:], tags[1:]) if tag == "O" and word[:1].isupper())
    lists: dict[str, set[str]] = {}
    for (word, kind), n in inside.items():
        if n / seen[word] >= NAME_MIN_SHARE:
            lists.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in lists.items()}


def train(sentences: list[Sentence], out_dir: Path, use_names: bool = True, c1: float = 0.05, c2: float = 0.05,
          max_iterations: int = 150) -> Lexicon:
    """Training sentences + output folder -> the CRF model and lexicon written there; returns the lexicon."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lowercase = lowercase_vocabulary(sentences)
    trainer = pycrfsuite.Trainer(verbose=False)
    for fold in range(NAME_FOLDS):
        others = [s for i, s in enumerate(sentences) if i % NAME_FOLDS != fold]
        fold_lexicon = Lexicon(lowercase, name_lists(others) if use_names else {})
        for words, tags in sentences[fold::NAME_FOLDS]:
            trainer.append(sentence_features(words, fold_lexicon), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out_dir / MODEL_FILE))
    lexicon = Lexicon(lowercase, name_lists(sentences) if use_names else {})
    save_lexicon(lexicon, out_dir / LEXICON_FILE)
    return lexicon


def main(argv: list[str] | None = None) -> int:
    """Command-line arguments -> trains on the non-held-out GermEval sentences; exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-names", action="store_true", help="train without name-list features")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--max-iterations", type=int, default=150)
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"GermEval 2014 data not found at {args.data_dir}", file=sys.stderr)
        return 2
    training, held_out = load_split(args.data_dir)
    began = time.perf_counter()
    train(training, args.out, not args.no_names, args.c1, args.c2, args.max_iterations)
    print(f"trained on {len(training)} sentences ({len(held_out)} held out) in {time.perf_counter() - began:.1f} s"
          f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
