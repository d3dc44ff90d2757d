"""The articles evaluation command."""

import json
from pathlib import Path

from transforms.evaluation.articles import DEFAULT_GOLD, DEFAULT_INPUT, evaluate_articles, evaluate_page_dates, main


def test_seeds_are_all_correct():
    result = evaluate_articles(DEFAULT_INPUT, DEFAULT_GOLD)
    assert result["errors"] == []
    assert all(accuracy == 1.0 for accuracy in result["field_accuracy"].values())
    assert result["body"]["f1"] == 1.0


def test_report_names_errors(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text("Anzeige\n\nDer Rat tagte am Abend lange und vertagte die Entscheidung auf den Herbst.\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(
        '{"documents": [{"source_path": "a.txt", "title": "Rat vertagt sich", "kicker": null, '
        '"published_at": null, "published_precision": null, "outlet": null, "agencies": [], "language": "de", '
        '"content_lines": ["Der Rat tagte am Abend lange und vertagte die Entscheidung auf den Herbst."], '
        '"furniture_lines": ["Anzeige"]}]}',
        encoding="utf-8",
    )
    assert main(["--input", str(tmp_path), "--gold", str(gold), "--page-sets", str(tmp_path)]) == 1
    report = capsys.readouterr().out
    assert "title" in report and "Rat vertagt sich" in report
    assert "precision  100.0%" in report


def test_page_dates_are_scored_against_the_event_gold(tmp_path: Path, capsys):
    pages = tmp_path / "set1"
    pages.mkdir()
    body = "Der Stadtrat tagte am Montag bis in den Abend und vertagte die Entscheidung über das Freibad."
    (pages / "p1.txt").write_text(f"Stadtrat vertagt sich\n\nPolitik | 12.03.2024 | Lesezeit 3 Min\n\n{body}\n", encoding="utf-8")
    (pages / "p2.txt").write_text(f"Stadtrat vertagt sich\n\nAusgabe März 2024 | Kommunales\n\n{body}\n", encoding="utf-8")
    (pages / "p3.txt").write_text(f"Stadtrat vertagt sich\n\n{body}\n", encoding="utf-8")
    documents = [
        {"file": "p1.txt", "published": "2024-03-12", "events": []},
        {"file": "p2.txt", "published": "2024-03", "events": []},
        {"file": "p3.txt", "published": "2024-03-11", "events": []},
    ]
    (pages / "gold.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    result = evaluate_page_dates([pages / "gold.json"])
    assert (result["n_pages"], result["n_right"]) == (3, 2)
    assert result["errors"] == [{"source_path": "set1/p3.txt", "field": "published", "expected": "2024-03-11", "got": None}]
    assert main(["--page-sets", str(tmp_path)]) == 0  # the seed gold decides the exit status
    report = capsys.readouterr().out
    assert "2 of 3 pages" in report and "set1/p3.txt: expected '2024-03-11', got None" in report
