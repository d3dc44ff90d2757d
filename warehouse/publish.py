"""Writing asset outputs: each write replaces exactly the rows it owns, in one transaction."""

from __future__ import annotations

import duckdb
import polars as pl

from collections.abc import Iterator
from contextlib import contextmanager

from warehouse.schema import ALL_TABLES


@contextmanager
def _source_paths_view(con: duckdb.DuckDBPyConnection, name: str, source_paths: list[str]) -> Iterator[None]:
    # A registered frame keeps long path lists out of the SQL text and needs no quoting.
    con.register(name, pl.DataFrame({"source_path": source_paths}, schema={"source_path": pl.String}))
    try:
        yield
    finally:
        con.unregister(name)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    # Readers never see a table half replaced, and a failed write leaves the old rows.
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    frame: pl.DataFrame,
    source_paths: list[str] | None = None,
) -> int:
    """Delete the table's rows of these source files (all rows if None), insert the frame; returns rows inserted."""
    schema = ALL_TABLES[table]
    incoming = frame.select(list(schema))
    with _transaction(con):
        if source_paths is None:
            con.execute(f"DELETE FROM {table}")
        else:
            with _source_paths_view(con, "owned_source_paths", source_paths):
                con.execute(f"DELETE FROM {table} WHERE source_path IN (SELECT source_path FROM owned_source_paths)")
        if incoming.height:
            con.register("incoming_rows", incoming)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
            con.unregister("incoming_rows")
    return incoming.height


def read_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    source_paths: list[str] | None = None,
    where: str | None = None,
) -> pl.DataFrame:
    """Rows of a warehouse table (optionally only these source files / a SQL condition) as a Polars frame."""
    schema = ALL_TABLES[table]
    conditions = [where] if where else []
    if source_paths is not None:
        conditions.append("source_path IN (SELECT source_path FROM wanted_source_paths)")
    sql = f"SELECT {', '.join(schema)} FROM {table}"
    if conditions:
        sql += " WHERE " + " AND ".join(f"({c})" for c in conditions)
    with _source_paths_view(con, "wanted_source_paths", source_paths or []):
        frame = con.execute(sql).pl()
    return frame.cast(schema)


def read_story_fingerprints(con: duckdb.DuckDBPyConnection, exclude_source_paths: list[str]) -> pl.DataFrame:
    """Fingerprints and story_id of every article except those of these source files."""
    with _source_paths_view(con, "excluded_source_paths", exclude_source_paths):
        return con.execute(
            """SELECT f.article_id, f.source_path, f.n_shingles, f.minhash, a.story_id
               FROM article_fingerprints f JOIN articles a USING (article_id)
               WHERE f.source_path NOT IN (SELECT source_path FROM excluded_source_paths)"""
        ).pl()


def update_column(con: duckdb.DuckDBPyConnection, table: str, key: str, frame: pl.DataFrame) -> int:
    """Set one column of existing rows from a (key, column) frame, in one transaction; returns the number of values given."""
    (column,) = [name for name in frame.columns if name != key]
    incoming = frame.select(key, column).cast({key: ALL_TABLES[table][key], column: ALL_TABLES[table][column]})
    with _transaction(con):
        con.register("incoming_values", incoming)
        con.execute(
            f"UPDATE {table} SET {column} = incoming_values.{column} "
            f"FROM incoming_values WHERE {table}.{key} = incoming_values.{key}"
        )
        con.unregister("incoming_values")
    return incoming.height
