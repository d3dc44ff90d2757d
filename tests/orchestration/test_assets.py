"""Asset tests: materialise the graph with dagster.materialize into a temporary DuckDB file."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration.assets import articles, entities, events, ingestion, quotes
from orchestration.partitions import source_files_partitions
from tests.orchestration.conftest import resources_for
from transforms.documents import list_source_files, partition_key_for_path

ASSET_MODULES = [ingestion, articles, entities, quotes, events]
ALL_ASSETS = dg.load_assets_from_modules(ASSET_MODULES)
ALL_CHECKS = dg.load_asset_checks_from_modules(ASSET_MODULES)
PER_FILE = ["raw_documents", "articles", "entity_mentions", "quotes"]
WAREHOUSE_WIDE = ["stories", "entities", "quote_groups", "events", "event_mentions", "event_participants"]


def materialize_folder(
    input_dir: Path, db_file: Path, keys: list[str] | None = None, raise_on_error: bool = True
) -> list[dg.ExecuteInProcessResult]:
    """Per-file assets over a range of files in one run, then the warehouse-wide ones."""
    all_keys = [partition_key_for_path(p) for p in list_source_files(input_dir)["source_path"]]
    keys = keys or all_keys
    resources = resources_for(input_dir, db_file)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(source_files_partitions.name, all_keys)
        per_file = dg.materialize(
            [*ALL_ASSETS, *ALL_CHECKS],
            selection=PER_FILE,
            resources=resources,
            instance=instance,
            raise_on_error=raise_on_error,
            tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
        )
        warehouse_wide = dg.materialize(
            [*ALL_ASSETS, *ALL_CHECKS], selection=WAREHOUSE_WIDE, resources=resources, instance=instance,
            raise_on_error=raise_on_error,
        )
    return [per_file, warehouse_wide]


def table(db_file: Path, sql: str) -> pl.DataFrame:
    with duckdb.connect(str(db_file), read_only=True) as con:
        return con.execute(sql).pl()


def test_seeds_become_articles_and_every_check_passes(seeds_dir: Path, db_file: Path) -> None:
    results = materialize_folder(seeds_dir, db_file)
    assert all(result.success for result in results)
    evaluations = [e for result in results for e in result.get_asset_check_evaluations()]
    assert {e.check_name for e in evaluations} >= {"raw_documents_expectations", "articles_expectations"}
    assert all(e.passed for e in evaluations), [e.check_name for e in evaluations if not e.passed]
    seeds = sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert table(db_file, "SELECT source_path FROM articles ORDER BY 1")["source_path"].to_list() == seeds
    assert table(db_file, "SELECT count(*) AS n FROM articles WHERE story_id IS NULL")["n"].item() == 0


def test_one_partition_replaces_only_its_own_rows(seeds_dir: Path, db_file: Path) -> None:
    materialize_folder(seeds_dir, db_file)
    before = table(db_file, "SELECT * FROM articles ORDER BY article_id")
    first_key = partition_key_for_path(before["source_path"].sort()[0])
    materialize_folder(seeds_dir, db_file, keys=[first_key])
    after = table(db_file, "SELECT * FROM articles ORDER BY article_id")
    assert after.equals(before)


def test_running_twice_gives_identical_tables(seeds_dir: Path, db_file: Path) -> None:
    snapshot = "SELECT * FROM {} ORDER BY ALL"
    tables = ["raw_documents", "articles", "stories", "article_rejects", "quarantine"]
    materialize_folder(seeds_dir, db_file)
    first = {name: table(db_file, snapshot.format(name)) for name in tables}
    materialize_folder(seeds_dir, db_file)
    for name in tables:
        assert table(db_file, snapshot.format(name)).equals(first[name]), name


def test_every_broken_file_is_accounted_for(broken_inputs_dir: Path, db_file: Path) -> None:
    results = materialize_folder(broken_inputs_dir, db_file)
    assert all(result.success for result in results)
    txt_files = {p.relative_to(broken_inputs_dir).as_posix() for p in broken_inputs_dir.rglob("*.txt")}
    documents = table(db_file, "SELECT source_path, status, problem, duplicate_of FROM raw_documents")
    assert set(documents["source_path"]) == txt_files
    articles_from = set(table(db_file, "SELECT source_path FROM articles")["source_path"])
    quarantined = dict(table(db_file, "SELECT source_path, problem FROM quarantine").iter_rows())
    # Every file is either an article or in quarantine with a reason, never both, never neither.
    assert articles_from | set(quarantined) == txt_files
    assert not articles_from & set(quarantined)
    assert all(problem for problem in quarantined.values())
    assert "empty" in quarantined["empty.txt"]
    assert "whitespace" in quarantined["whitespace.txt"]
    assert "not text" in quarantined["binary.txt"] and "PDF" in quarantined["renamed pdf.txt"]
    assert "byte-identical copy" in quarantined["good article.txt"] or "byte-identical copy" in quarantined.get(
        "Unterordner mit Ümlaut/copy of good.txt", ""
    )
    assert "only furniture.txt" in quarantined
    bodies = dict(table(db_file, "SELECT source_path, body FROM articles").iter_rows())
    assert "Göttingen" in bodies["windows-1252.txt"]
    assert "Würzburg" in bodies["mojibake.txt"]
    assert "Gießen" in bodies["with bom and crlf.txt"] and "\r" not in bodies["with bom and crlf.txt"]


def test_failed_blocking_check_stops_downstream_assets(seeds_dir: Path, db_file: Path) -> None:
    from orchestration.resources import Warehouse

    with Warehouse(database=str(db_file)).writer() as con:
        con.execute(
            "INSERT INTO raw_documents (document_id, source_path, sha256, n_bytes, status) "
            "VALUES ('bad', 'elsewhere.txt', repeat('0', 64), 0, 'quarantined')"  # quarantined without a reason
        )
    per_file, _ = materialize_folder(seeds_dir, db_file, raise_on_error=False)
    check = next(e for e in per_file.get_asset_check_evaluations() if e.check_name == "raw_documents_expectations")
    assert not check.passed
    assert "elsewhere.txt" in check.metadata["failures"].value
    materialized = {event.asset_key.to_user_string() for event in per_file.get_asset_materialization_events()}
    assert "raw_documents" in materialized and "articles" not in materialized


_PAGE = """{title}

12.03.2024, {time} Uhr | {agency}

{lead}

"Wir werden die Verhandlungen über den Hafen in der kommenden Woche fortsetzen, ohne neue Bedingungen", sagte die Verkehrsministerin Johanna Kroll am Dienstag in Rostock. Kroll fügte hinzu, man habe viel erreicht.

Die Gewerkschaft hatte zuvor mit Streiks gedroht. Ein Sprecher der Hafengesellschaft wollte sich nicht äußern.
"""


def test_the_same_quote_in_two_outlets_forms_one_group_with_its_speaker_linked(tmp_path: Path, db_file: Path) -> None:
    input_dir = tmp_path / "input"
    input_dir.mkdir()
    (input_dir / "first.txt").write_text(
        _PAGE.format(title="Hafenstreit: Gespräche gehen weiter", time="09:15", agency="dpa",
                     lead="Im Streit um den Ausbau des Hafens soll weiter verhandelt werden."),
        encoding="utf-8",
    )
    (input_dir / "second.txt").write_text(
        _PAGE.format(title="Kroll setzt auf weitere Verhandlungen", time="14:40", agency="AFP",
                     lead="Die Ministerin zeigt sich nach dem Treffen zuversichtlich.").replace('"Wir', "„Wir").replace('Bedingungen"', "Bedingungen“"),
        encoding="utf-8",
    )
    results = materialize_folder(input_dir, db_file)
    assert all(result.success for result in results)
    evaluations = {e.check_name: e.passed for result in results for e in result.get_asset_check_evaluations()}
    assert evaluations["quotes_expectations"] and evaluations["quote_links_expectations"]
    groups = table(db_file, "SELECT * FROM quote_groups WHERE text LIKE 'Wir werden die Verhandlungen%'")
    assert groups.height == 1
    group = groups.row(0, named=True)
    assert group["n_articles"] == 2 and group["outlets"] is not None
    assert "Kroll" in group["speaker"]
    first = table(db_file, "SELECT article_id FROM articles WHERE source_path = 'first.txt'")["article_id"].item()
    assert group["first_article_id"] == first
    linked = table(
        db_file,
        "SELECT DISTINCT e.name FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id "
        "WHERE q.quote_group_id = '" + group["quote_group_id"] + "'",
    )
    assert linked["name"].to_list() == ["Johanna Kroll"]
