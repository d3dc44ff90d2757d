"""The articles evaluation command."""

from pathlib import Path

from transforms.evaluation.articles import DEFAULT_GOLD, DEFAULT_INPUT, evaluate_articles, main


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
    assert main(["--input", str(tmp_path), "--gold", str(gold)]) == 1
    report = capsys.readouterr().out
    assert "title" in report and "Rat vertagt sich" in report
    assert "precision  100.0%" in report
