"""Articles layer vs hand-checked gold on a folder of raw texts: `python -m transforms.evaluation.articles`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

import polars as pl

from transforms.articles import PARAGRAPH_SEPARATOR, articles_from_documents, line_document_counts
from transforms.lines import normalise

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INPUT = REPO_ROOT / "seeds"
DEFAULT_GOLD = REPO_ROOT / "tests" / "fixtures" / "articles_gold.json"
# Hand-written page sets with event gold; each gold document states the page's publication date.
EVENT_PAGE_SETS = REPO_ROOT / "tests" / "fixtures" / "events_synthetic"
FIELDS = ["title", "kicker", "published", "outlet", "agencies", "language"]
# Furniture shorter than this ("Ad", "0") is only a leak as a whole paragraph, not as a substring.
_LEAK_SUBSTRING_MIN_CHARS = 20


def read_documents(input_dir: Path, source_paths: list[str]) -> pl.DataFrame:
    """Input folder + relative paths -> raw_documents-like rows (document_id, source_path, raw_text)."""
    rows = []
    for source_path in source_paths:
        text = (input_dir / source_path).read_text(encoding="utf-8").replace("\r\n", "\n")
        rows.append({"document_id": Path(source_path).stem, "source_path": source_path, "raw_text": text})
    return pl.DataFrame(rows, schema={"document_id": pl.String, "source_path": pl.String, "raw_text": pl.String})


def _field_values(row: dict[str, object]) -> dict[str, object]:
    published_at = row["published_at"]
    published = (
        published_at.isoformat() if isinstance(published_at, datetime) else published_at,
        row["published_precision"],
    )
    return {
        "title": row["title"],
        "kicker": row["kicker"],
        "published": published,
        "outlet": row["outlet"],
        "agencies": list(row["agencies"] or []),
        "language": row["language"],
    }


def _leaks(furniture_line: str, paragraphs: set[str], body: str) -> bool:
    if furniture_line in paragraphs:
        return True
    return len(furniture_line) >= _LEAK_SUBSTRING_MIN_CHARS and furniture_line in body


def evaluate_articles(input_dir: Path, gold_path: Path) -> dict:
    """Input folder + gold JSON -> per-field accuracy, body line precision/recall/F1 and per-document errors."""
    gold_documents = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    documents = read_documents(input_dir, [gold["source_path"] for gold in gold_documents])
    articles, rejects = articles_from_documents(documents, line_document_counts(documents))
    by_path = {row["source_path"]: row for row in articles.iter_rows(named=True)}
    rejected = dict(zip(rejects["source_path"].to_list(), rejects["problem"].to_list()))

    correct = dict.fromkeys(FIELDS, 0)
    kept = listed_content = body_paragraphs = leaked = n_furniture = 0
    errors: list[dict[str, object]] = []
    for gold in gold_documents:
        path = gold["source_path"]
        expected = {
            "title": gold["title"],
            "kicker": gold["kicker"],
            "published": (gold["published_at"], gold["published_precision"]),
            "outlet": gold["outlet"],
            "agencies": gold["agencies"],
            "language": gold["language"],
        }
        row = by_path.get(path)
        if row is None:
            got_reject = rejected.get(path)
            errors.append({"source_path": path, "field": "article", "expected": "an article", "got": got_reject})
            listed_content += len(gold["content_lines"])
            continue
        got = _field_values(row)
        for name in FIELDS:
            if got[name] == expected[name]:
                correct[name] += 1
            else:
                errors.append({"source_path": path, "field": name, "expected": expected[name], "got": got[name]})
        paragraphs = [normalise(p) for p in row["body"].split(PARAGRAPH_SEPARATOR)]
        paragraph_set = set(paragraphs)
        content = set(gold["content_lines"])
        for line in gold["content_lines"]:
            if line not in paragraph_set:
                errors.append({"source_path": path, "field": "body: content missing", "expected": line, "got": None})
        for paragraph in paragraphs:
            if paragraph not in content:
                errors.append(
                    {"source_path": path, "field": "body: not gold content", "expected": None, "got": paragraph}
                )
        for line in gold["furniture_lines"]:
            if _leaks(line, paragraph_set, row["body"]):
                leaked += 1
                errors.append({"source_path": path, "field": "body: furniture kept", "expected": None, "got": line})
        kept += len(content & paragraph_set)
        listed_content += len(content)
        body_paragraphs += len(paragraphs)
        n_furniture += len(gold["furniture_lines"])

    precision = kept / body_paragraphs if body_paragraphs else 0.0
    recall = kept / listed_content if listed_content else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n_documents = len(gold_documents)
    return {
        "n_documents": n_documents,
        "field_accuracy": {name: correct[name] / n_documents for name in FIELDS},
        "body": {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "furniture_lines": n_furniture,
            "furniture_leaked": leaked,
        },
        "errors": errors,
    }


def _published_as_gold(row: dict[str, object]) -> str | None:
    published_at = row["published_at"]
    if published_at is None:
        return None
    return published_at.strftime("%Y-%m" if row["published_precision"] == "month" else "%Y-%m-%d")


def evaluate_page_dates(gold_paths: list[Path]) -> dict:
    """Event gold files of page sets -> how many pages get the publication date the gold states, and the misses."""
    from transforms.evaluation.events import page_articles  # (which reads its pages with this module's read_documents)

    n_pages = 0
    errors: list[dict[str, object]] = []
    for gold_path in gold_paths:
        gold_documents = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
        articles = page_articles(gold_path.parent, [gold["file"] for gold in gold_documents])
        by_path = {row["source_path"]: row for row in articles.iter_rows(named=True)}
        for gold in gold_documents:
            n_pages += 1
            row = by_path.get(gold["file"])
            got = _published_as_gold(row) if row else "no article"
            if got != gold["published"]:
                path = f"{gold_path.parent.name}/{gold['file']}"
                errors.append({"source_path": path, "field": "published", "expected": gold["published"], "got": got})
    return {"n_pages": n_pages, "n_right": n_pages - len(errors), "errors": errors}


def format_page_dates_report(result: dict) -> str:
    """evaluate_page_dates() result -> a readable report: accuracy and each page whose date is wrong."""
    accuracy = result["n_right"] / result["n_pages"] if result["n_pages"] else 0.0
    lines = [
        f"publication date on the event page sets: {result['n_right']} of {result['n_pages']} pages "
        f"({accuracy:.1%}; day, month only and none as the gold states)"
    ]
    for error in result["errors"]:
        lines.append(f"  {error['source_path']}: expected {error['expected']!r}, got {error['got']!r}")
    return "\n".join(lines)


def format_report(result: dict) -> str:
    """evaluate_articles() result -> a readable multi-line report."""
    lines = [f"Articles layer on {result['n_documents']} gold documents", "", "field accuracy:"]
    for name, accuracy in result["field_accuracy"].items():
        lines.append(f"  {name:<10} {accuracy:6.1%}")
    body = result["body"]
    lines += [
        "",
        "body (line level, kept content):",
        f"  precision  {body['precision']:6.1%}",
        f"  recall     {body['recall']:6.1%}",
        f"  F1         {body['f1']:6.1%}",
        f"  furniture lines leaked into body: {body['furniture_leaked']} of {body['furniture_lines']}",
        "",
    ]
    if not result["errors"]:
        lines.append("no errors: every gold document is correct")
    for error in result["errors"]:
        lines.append(
            f"  {error['source_path']}  {error['field']}: expected {error['expected']!r}, got {error['got']!r}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line arguments -> prints both reports; exit status 0 when every seed gold document is fully correct."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="folder of raw .txt documents")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file")
    parser.add_argument(
        "--page-sets", type=Path, default=EVENT_PAGE_SETS, help="folder of page sets with event gold (publication dates)"
    )
    arguments = parser.parse_args(argv)
    result = evaluate_articles(arguments.input, arguments.gold)
    print(format_report(result))
    page_dates = evaluate_page_dates(sorted(arguments.page_sets.glob("*/gold.json")))
    print()
    print(format_page_dates_report(page_dates))
    # The page dates are a measured figure (new page sets arrive blind); the exit status is the seed gold's.
    return 0 if not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
