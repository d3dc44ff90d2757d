"""Temporal tagger vs WikiWarsDE TIMEX2 gold: `python -m transforms.evaluation.temporal`.

Data: `in/*.sgm` (ACE SGML) and `key/*.key.apf.xml` (ACE APF stand-off TIMEX2) of WikiWarsDE
(Strötgen & Gertz 2011, CC BY-SA 3.0), 15 documents, read from ../shared/data/wikiwarsde.

Offsets, found empirically (all 1,920 gold mentions reproduce their text this way): `START` and
`END` of a `charseq` count UTF-8 *bytes* (not characters) in the .sgm file with every SGML tag
removed (the header text "01_WW2", "HISTORY ARTICLE" and the DATETIME value stay in), and `END`
is inclusive. The first gold timex of each document is the DATETIME of the header (document
creation time); it is outside the <TEXT> element and not scored. The APF files carry a
duplicate `VAL` attribute on some timexes (the first is the anchor value, the second the real
VAL, e.g. "jetzt": VAL="1940-10" VAL="PRESENT_REF"), so they are read with a regex, not an XML
parser, and the last VAL counts. One gold timex has no VAL (compared as None).

The tagger runs on the <TEXT> body in narrative mode (`narrative=True`) with no anchor: the
documents are history narratives whose relative expressions refer to dates in the text, not to
the download date in the header.

Scores: extraction precision/recall/F1, strict (exact span) and lenient (any character overlap;
pairs taken greedily by overlap, one-to-one); value accuracy = share of leniently matched pairs
whose value equals the gold VAL; value P/R/F1 counts a prediction as correct when it overlaps a
gold timex and its value equals that gold VAL (HeidelTime's "lenient + value"). Speed is
sentences per second over the body texts (sentences counted by a splitter that does not break
after ordinals and abbreviations, headings included: 4,522 for the 15 bodies, where the corpus
README counts 3,850 without headings).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from transforms.temporal import DateExpression, date_expressions

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "wikiwarsde"
_TAG_RE = re.compile(r"<[^>]+>")
_TIMEX_RE = re.compile(r"<timex2\b([^>]*)>.*?<charseq\s+START=\"(\d+)\"\s+END=\"(\d+)\"", re.S)
_VAL_RE = re.compile(r'\bVAL="([^"]*)"')
# A sentence ends at . ! ? before a capital, but not after an ordinal ("1. September"), a single
# letter or an abbreviation; a blank line (after a heading) ends one too.
_SENTENCE_RE = re.compile(
    r"(?<![\d\s])(?<!\b[A-Za-zÄÖÜäöü])(?<!Chr|bzw|usw|vgl)(?<!\bca|\bNr|\bDr|\bSt|\bJh)[.!?]"
    r"(?=[\"“”»«')]*\s+[\"„“»«'(]?[A-ZÄÖÜ])|\n\s*\n"
)


def load_document(sgm: Path, key: Path) -> dict:
    """A .sgm file and its APF key -> {"name", "body", "gold": [(start, end, text, value)]} in body offsets."""
    raw = sgm.read_text(encoding="utf-8")
    stripped = _TAG_RE.sub("", raw)
    data = stripped.encode("utf-8")
    # the body is what follows the <TEXT> tag, found in tag-stripped coordinates
    text_tag = raw.index("<TEXT>")
    body_start = len(_TAG_RE.sub("", raw[:text_tag]))
    end_tag = raw.find("</TEXT>")
    body_end = len(_TAG_RE.sub("", raw[:end_tag])) if end_tag >= 0 else len(stripped)
    body = stripped[body_start:body_end]
    gold = []
    for m in _TIMEX_RE.finditer(key.read_text(encoding="utf-8")):
        vals = _VAL_RE.findall(m.group(1))
        b0, b1 = int(m.group(2)), int(m.group(3)) + 1
        c0 = len(data[:b0].decode("utf-8", errors="ignore"))
        c1 = len(data[:b1].decode("utf-8", errors="ignore"))
        if c0 < body_start or c1 > body_end:
            continue
        gold.append((c0 - body_start, c1 - body_start, stripped[c0:c1], html.unescape(vals[-1]) if vals else None))
    return {"name": sgm.stem, "body": body, "gold": gold}


def load_corpus(data_dir: Path) -> list[dict]:
    """WikiWarsDE folder -> its documents with gold, sorted by name."""
    docs = []
    for sgm in sorted((data_dir / "in").glob("*.sgm")):
        key = data_dir / "key" / f"{sgm.stem}.key.apf.xml"
        if key.is_file():
            docs.append(load_document(sgm, key))
    return docs


def _match(gold: list[tuple], pred: list[DateExpression]) -> list[tuple[int, int]]:
    """Gold spans + predictions -> one-to-one overlapping pairs (gold index, prediction index)."""
    pairs = []
    for gi, (g0, g1, _, _) in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g1, p.end_char) - max(g0, p.start_char)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _prf(hits: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Hit, prediction and gold counts -> precision, recall, F1."""
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs: list[dict]) -> dict[str, Any]:
    """Documents with gold -> scores, per-document counts, errors and speed."""
    n_gold = n_pred = strict = lenient = value_ok = 0
    per_doc = []
    errors: list[tuple[str, str, str, str]] = []
    elapsed = 0.0
    n_sentences = 0
    for doc in docs:
        t0 = time.perf_counter()
        pred = date_expressions(doc["body"], None, narrative=True)
        elapsed += time.perf_counter() - t0
        n_sentences += len(_SENTENCE_RE.findall(doc["body"])) + 1
        gold = doc["gold"]
        pairs = _match(gold, pred)
        d_strict = sum(1 for gi, pi in pairs if (gold[gi][0], gold[gi][1]) == (pred[pi].start_char, pred[pi].end_char))
        d_value = 0
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            if pred[pi].value == gold[gi][3]:
                d_value += 1
            else:
                errors.append((doc["name"], "value", f"{gold[gi][2]!r} gold {gold[gi][3]}", f"{pred[pi].text!r} {pred[pi].value}"))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append((doc["name"], "missed", f"{g[2]!r} gold {g[3]}", ""))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                errors.append((doc["name"], "spurious", "", f"{p.text!r} {p.value}"))
        n_gold += len(gold)
        n_pred += len(pred)
        strict += d_strict
        lenient += len(pairs)
        value_ok += d_value
        per_doc.append((doc["name"], len(gold), len(pred), d_strict, len(pairs), d_value))
    return {
        "n_docs": len(docs),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "strict": _prf(strict, n_pred, n_gold),
        "lenient": _prf(lenient, n_pred, n_gold),
        "value_accuracy": value_ok / lenient if lenient else 0.0,
        "value": _prf(value_ok, n_pred, n_gold),
        "per_doc": per_doc,
        "errors": errors,
        "sentences_per_s": n_sentences / elapsed if elapsed else float("inf"),
        "n_sentences": n_sentences,
    }


def _print_scores(title: str, scores: dict[str, Any], per_doc: bool) -> None:
    """Scores -> printed report block."""
    print(f"{title}: {scores['n_docs']} documents, {scores['n_gold']} gold timexes, {scores['n_pred']} predicted")
    for name in ("strict", "lenient"):
        p, r, f = scores[name]
        print(f"extraction {name:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"value accuracy on lenient matches {scores['value_accuracy']:.3f}")
    p, r, f = scores["value"]
    print(f"value (lenient + value)  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if per_doc:
        print(f"{'document':<22}{'gold':>6}{'pred':>6}{'strict':>8}{'lenient':>9}{'value':>7}")
        for row in scores["per_doc"]:
            print(f"{row[0]:<22}{row[1]:>6}{row[2]:>6}{row[3]:>8}{row[4]:>9}{row[5]:>7}")


def main(argv: list[str] | None = None) -> int:
    """Command line -> prints the scores; 0 on success, 2 if the data is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="WikiWarsDE folder with in/ and key/")
    parser.add_argument("--per-doc", action="store_true", help="print counts per document")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors")
    parser.add_argument("--split", type=int, default=10, metavar="K",
                        help="also report documents 1..K (tuning) and K+1.. (held out) separately; 0 = no split")
    args = parser.parse_args(argv)
    if not (args.data / "in").is_dir() or not (args.data / "key").is_dir():
        print(f"WikiWarsDE not found at {args.data} (expects in/*.sgm and key/*.key.apf.xml, "
              "normally ../shared/data/wikiwarsde)", file=sys.stderr)
        return 2
    docs = load_corpus(args.data)
    if not docs:
        print(f"no WikiWarsDE documents with keys in {args.data}", file=sys.stderr)
        return 2
    scores = evaluate(docs)
    _print_scores("WikiWarsDE (all)", scores, args.per_doc)
    if args.split and 0 < args.split < len(docs):
        for title, part in ((f"tuning docs 01-{args.split:02d}", docs[: args.split]),
                            (f"held-out docs {args.split + 1:02d}-{len(docs):02d}", docs[args.split :])):
            print()
            _print_scores(title, evaluate(part), False)
    print()
    print(f"speed {scores['sentences_per_s']:.0f} sentences/s ({scores['n_sentences']} sentences)")
    if args.errors:
        kinds = Counter(e[1] for e in scores["errors"])
        print(f"errors: {dict(kinds)}")
        for e in scores["errors"][: args.errors]:
            print("  " + " | ".join(e))
    return 0


if __name__ == "__main__":
    sys.exit(main())
