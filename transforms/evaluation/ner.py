"""NER on the GermEval held-out part: strict mention P/R/F1 per type, `python -m transforms.evaluation.ner`."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from transforms.ner.data import DATA_DIR, Sentence, load_split, spans
from transforms.ner.tagger import MODEL_DIR, Tagger

TYPES = ("PER", "ORG", "LOC", "MISC")


def strict_scores(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, dict[str, float]]:
    """Gold and predicted BIO tag sequences -> {type or "ALL": precision, recall, f1, gold, predicted, correct}."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in (*TYPES, "ALL")}
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans, predicted_spans = set(spans(gold_tags)), set(spans(predicted_tags))
        for name, found in (("gold", gold_spans), ("predicted", predicted_spans), ("correct", gold_spans & predicted_spans)):
            for *_, kind in found:
                counts[kind][name] += 1
                counts["ALL"][name] += 1
    return scores_from_counts(counts)


def scores_from_counts(counts: dict[str, Counter[str]]) -> dict[str, dict[str, float]]:
    """Per type: gold, predicted and correct span counts -> precision, recall, f1 and the counts."""
    scores = {}
    for kind, c in counts.items():
        precision = c["correct"] / c["predicted"] if c["predicted"] else 0.0
        recall = c["correct"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[kind] = {"precision": precision, "recall": recall, "f1": f1,
                        "gold": c["gold"], "predicted": c["predicted"], "correct": c["correct"]}
    return scores


def evaluate(sentences: list[Sentence], tagger: Tagger) -> dict[str, dict[str, float]]:
    """Annotated sentences + tagger -> strict mention scores per type and overall."""
    return strict_scores([tags for _, tags in sentences], [tagger.tag(words) for words, _ in sentences])


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    """Scores from strict_scores -> an aligned text table."""
    lines = [f"{'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'ok':>5}"]
    for kind in (*TYPES, "ALL"):
        s = scores[kind]
        lines.append(f"{kind:<5} {s['precision']:6.4f} {s['recall']:6.4f} {s['f1']:6.4f} "
                     f"{s['gold']:5d} {s['predicted']:5d} {s['correct']:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line arguments -> prints strict P/R/F1 on the held-out sentences; exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"GermEval 2014 data not found at {args.data_dir}", file=sys.stderr)
        return 2
    _, held_out = load_split(args.data_dir)
    print(f"strict mention scores on {len(held_out)} held-out GermEval 2014 sentences")
    print(format_scores(evaluate(held_out, Tagger(args.model_dir))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
