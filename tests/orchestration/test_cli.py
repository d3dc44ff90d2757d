"""The command line as a user meets it: run over a folder, then query the warehouse."""

import json
from pathlib import Path

import pytest

from orchestration.cli import main
from orchestration.settings import DB_ENV, INPUT_ENV


@pytest.fixture(autouse=True)
def restore_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI turns --input/--db into environment variables; monkeypatch undoes that after each test.
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.delenv(INPUT_ENV, raising=False)


def test_run_then_query_in_every_format(seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "cli.duckdb"
    assert main(["run", "--input", str(seeds_dir), "--db", str(db)]) == 0
    summary = capsys.readouterr().out
    assert "articles" in summary and "articles_expectations" in summary and "FAILED" not in summary

    assert main(["sql", "SELECT count(*) AS n FROM articles", "--db", str(db)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].strip() == "n" and table[2].strip() == str(len(list(seeds_dir.glob("*.txt"))))

    assert main(["sql", "SELECT source_path, agencies FROM articles ORDER BY 1", "--db", str(db), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["source_path"] == sorted(p.name for p in seeds_dir.glob("*.txt"))[0]
    assert isinstance(rows[0]["agencies"], list)

    assert main(["sql", "SELECT 1 AS a, 'x,y' AS b", "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["a,b", '1,"x,y"']


def test_sql_is_read_only_and_reports_errors(seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "cli.duckdb"
    main(["run", "--input", str(seeds_dir), "--db", str(db)])
    capsys.readouterr()
    assert main(["sql", "DELETE FROM articles", "--db", str(db)]) == 1
    assert "read-only" in capsys.readouterr().err.lower()
    assert main(["sql", "SELECT nonsense FROM nowhere", "--db", str(db)]) == 1


def test_sql_without_a_warehouse_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "missing.duckdb"))
    assert main(["sql", "SELECT 1"]) == 2
    assert "pressespiegel run" in capsys.readouterr().err


def test_run_on_a_missing_folder_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["run", "--input", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_evaluate_articles_scores_the_seed_gold(capsys: pytest.CaptureFixture) -> None:
    assert main(["evaluate", "articles"]) == 0
    report = capsys.readouterr().out
    assert "precision" in report and "title" in report
