"""Quote extractor vs the annotated German Wikinews quotations: `python -m transforms.evaluation.quotes`.

Matching: a predicted quote matches a gold quote when the token-overlap F1 of their word tokens
(punctuation and quotation marks ignored, gold tokenisation) is at least 0.5; pairs are taken
greedily by descending F1, one-to-one, except that gold quotes with exactly the same tokens (the
corpus annotates a quote twice when a medium relays a person's words: once per speaker) are all
found by the prediction that matches one of them. Precision counts matched predictions, recall
matched gold quotes; with `--one-to-one` such gold twins need a prediction each, as before.

Speaker rule (lenient): gold speaker text and the predicted `speaker_mention`, and also the
resolved `speaker`, are reduced to lower-cased word tokens without determiners; the speaker is
correct if either prediction shares a token with the gold span or has the same head (last
token). A gold quote without a speaker span is correct only when no speaker is predicted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import polars as pl

from transforms.quote_cues import DETERMINERS
from transforms.quotes import quotes_from_articles

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "quotes-wikinews"
GOLD_TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
_WORD_RE = re.compile(r"\w")
_MATCH_F1 = 0.5


def load_split(split_dir: Path) -> list[dict]:
    """A folder of annotated JSON documents -> their parsed contents, sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(split_dir.glob("*.json"))]


def _content(text: str | None) -> list[str]:
    """A speaker phrase -> its lower-cased word tokens without determiners."""
    if not text:
        return []
    return [w for w in re.findall(r"\w[\w\-]*", text.lower()) if w not in DETERMINERS]


def speaker_correct(gold: str, mention: str | None, speaker: str | None) -> bool:
    """Gold speaker text vs predicted mention / resolved speaker -> lenient agreement."""
    g = _content(gold)
    if not g:
        return not mention
    for pred in (mention, speaker):
        p = _content(pred)
        if p and (set(p) & set(g) or p[-1] == g[-1]):
            return True
    return False


def _f1(a: set[int], b: set[int]) -> float:
    """Two token-id sets -> their overlap F1."""
    inter = len(a & b)
    if not inter:
        return 0.0
    p, r = inter / len(b), inter / len(a)
    return 2 * p * r / (p + r)


def evaluate(docs: list[dict], one_to_one: bool = False) -> dict[str, object]:
    """Annotated documents (+ whether gold twins need a prediction each) -> scores (P/R/F1, per-type recall, speaker accuracy, throughput)."""
    articles = pl.DataFrame(
        {
            "article_id": [str(i) for i in range(len(docs))],
            "source_path": [d["documentName"] for d in docs],
            "body": [d["originalText"] for d in docs],
            "title": [d["documentName"] for d in docs],
        }
    )
    t0 = time.perf_counter()
    predicted = quotes_from_articles(articles)
    elapsed = time.perf_counter() - t0
    by_article: dict[str, list[dict]] = {}
    for row in predicted.iter_rows(named=True):
        by_article.setdefault(row["article_id"], []).append(row)

    n_pred = n_gold = tp = tp_speaker = gold_found = gold_speaker = 0
    type_total: Counter[str] = Counter()
    type_hit: Counter[str] = Counter()
    for i, doc in enumerate(docs):
        words = [t for t in doc["tokens"] if _WORD_RE.search(t["text"])]
        word_ids = {t["id"] for t in words}
        golds = []
        for ann in doc["annotations"]:
            ids = {t for t in ann["quote"]["tokenIds"] if t in word_ids}
            if not ids:
                continue
            golds.append((ids, ann["type"], ann["speaker"]["text"]))
            type_total[ann["type"]] += 1
        preds = []
        for row in by_article.get(str(i), []):
            s, e = row["start_char"], row["end_char"]
            ids = {t["id"] for t in words if t["charBegin"] < e and t["charEnd"] > s}
            preds.append((ids, row))
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = sorted(
            ((_f1(g[0], p[0]), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for f1, gi, pi in pairs:
            if f1 < _MATCH_F1:
                break
            if gi in used_g or pi in used_p:
                continue
            row = preds[pi][1]
            twins = [gi] if one_to_one else [gj for gj, g in enumerate(golds) if g[0] == golds[gi][0] and gj not in used_g]
            used_g.update(twins)
            used_p.add(pi)
            tp += 1
            right = [gj for gj in twins if speaker_correct(golds[gj][2], row["speaker_mention"], row["speaker"])]
            tp_speaker += bool(right)
            gold_found += len(twins)
            gold_speaker += len(right)
            type_hit.update(golds[gj][1] for gj in twins)

    def prf(hits: int, gold_hits: int) -> tuple[float, float, float]:
        p = hits / n_pred if n_pred else 0.0
        r = gold_hits / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    return {
        "n_docs": len(docs),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "tp": tp,
        "quote": prf(tp, gold_found),
        "quote_speaker": prf(tp_speaker, gold_speaker),
        "speaker_accuracy": tp_speaker / tp if tp else 0.0,
        "recall_by_type": {t: (type_hit[t], type_total[t]) for t in GOLD_TYPES},
        "articles_per_s": len(docs) / elapsed if elapsed else float("inf"),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line -> prints the scores on a split; 0 unless the arguments are wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--one-to-one", action="store_true",
                        help="gold quotes annotated twice with the same tokens need a prediction each")
    args = parser.parse_args(argv)
    split_dir = args.data / args.split
    if not split_dir.is_dir():
        print(f"skipped: quote gold not found at {split_dir} (expects ../shared/data/quotes-wikinews)")
        return 0
    scores = evaluate(load_split(split_dir), one_to_one=args.one_to_one)
    p, r, f = scores["quote"]
    sp, sr, sf = scores["quote_speaker"]
    print(f"quotes-wikinews/{args.split}: {scores['n_docs']} articles, {scores['n_gold']} gold quotes, "
          f"{scores['n_pred']} predicted, {scores['tp']} matched (token F1 >= {_MATCH_F1}"
          f"{', one-to-one' if args.one_to_one else ', gold twins found together'})")
    print(f"quote spans        P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"quote + speaker    P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"speaker accuracy on matched quotes {scores['speaker_accuracy']:.3f}")
    for t, (hit, total) in scores["recall_by_type"].items():
        rec = hit / total if total else 0.0
        print(f"recall {t:<21} {rec:.3f}  ({hit}/{total})")
    print(f"throughput {scores['articles_per_s']:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
