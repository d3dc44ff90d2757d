from datetime import datetime

import duckdb
import polars as pl
import pytest

from transforms.schemas import RAW_DOCUMENTS, TABLES
from warehouse.publish import read_rows, replace_rows, update_column
from warehouse.schema import create_table_sql, ensure_schema


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    ensure_schema(connection)
    ensure_schema(connection)  # idempotent: every write connection calls it
    yield connection
    connection.close()


def _documents(paths: list[str], status: str = "ok") -> pl.DataFrame:
    return pl.DataFrame(
        {
            "document_id": [f"id-{p}" for p in paths],
            "source_path": paths,
            "sha256": ["0" * 64] * len(paths),
            "n_bytes": [1] * len(paths),
            "raw_text": ["x"] * len(paths),
            "encoding": ["utf-8"] * len(paths),
            "ingested_at": [datetime(2024, 1, 1)] * len(paths),
            "status": [status] * len(paths),
            "problem": [None] * len(paths),
            "duplicate_of": [None] * len(paths),
        },
        schema=RAW_DOCUMENTS,
    )


def test_contract_columns_have_the_contract_types(con: duckdb.DuckDBPyConnection) -> None:
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'articles'").fetchall())
    assert types["published_at"] == "TIMESTAMP"
    assert types["agencies"] == "VARCHAR[]"
    assert set(TABLES) <= {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "CREATE TABLE IF NOT EXISTS events" in create_table_sql("events", TABLES["events"])


def test_replacing_a_partition_touches_only_its_own_rows(con: duckdb.DuckDBPyConnection) -> None:
    replace_rows(con, "raw_documents", _documents(["a.txt", "b.txt"]), ["a.txt", "b.txt"])
    replace_rows(con, "raw_documents", _documents(["a.txt"], status="ok"), ["a.txt"])
    replace_rows(con, "raw_documents", _documents(["a.txt"], status="ok"), ["a.txt"])
    rows = read_rows(con, "raw_documents").sort("source_path")
    assert rows["source_path"].to_list() == ["a.txt", "b.txt"]
    replace_rows(con, "raw_documents", _documents([]), ["b.txt"])
    assert read_rows(con, "raw_documents")["source_path"].to_list() == ["a.txt"]


def test_failed_write_leaves_the_table_as_it_was(con: duckdb.DuckDBPyConnection) -> None:
    replace_rows(con, "raw_documents", _documents(["a.txt"]), ["a.txt"])
    broken = _documents(["a.txt"]).with_columns(pl.lit("not a number").alias("n_bytes"))
    with pytest.raises(duckdb.Error):
        replace_rows(con, "raw_documents", broken, ["a.txt"])
    assert read_rows(con, "raw_documents")["n_bytes"].to_list() == [1]


def test_read_rows_filters_by_source_path_and_condition(con: duckdb.DuckDBPyConnection) -> None:
    replace_rows(con, "raw_documents", _documents(["a.txt", "b.txt", "c.txt"]), None)
    assert read_rows(con, "raw_documents", ["b.txt", "c.txt"], where="source_path <> 'c.txt'")["source_path"].to_list() == ["b.txt"]
    assert read_rows(con, "raw_documents").schema == pl.Schema(RAW_DOCUMENTS)


def test_warehouse_of_an_older_release_gains_new_columns_and_keeps_rows() -> None:
    connection = duckdb.connect(":memory:")
    connection.execute("CREATE TABLE quotes (quote_id VARCHAR, article_id VARCHAR, text VARCHAR)")
    connection.execute("INSERT INTO quotes VALUES ('q1', 'a', 'Wir sparen.')")
    ensure_schema(connection)
    columns = [name for name, *_ in connection.execute("DESCRIBE quotes").fetchall()]
    assert set(columns) == set(TABLES["quotes"])
    assert connection.execute("SELECT quote_id, quote_group_id FROM quotes").fetchall() == [("q1", None)]


def test_update_column_sets_only_the_matching_rows(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT INTO quotes (quote_id, article_id, text, quote_group_id) VALUES ('q1', 'a', 'x', 'q1'), ('q2', 'b', 'y', 'q2')")
    given = update_column(con, "quotes", "quote_id", pl.DataFrame({"quote_id": ["q2", "q9"], "quote_group_id": ["q1", "q1"]}))
    assert given == 2
    assert con.execute("SELECT quote_id, quote_group_id FROM quotes ORDER BY 1").fetchall() == [("q1", "q1"), ("q2", "q1")]
