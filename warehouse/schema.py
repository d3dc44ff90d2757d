"""DDL for the warehouse, derived from the Polars schemas in transforms/schemas.py."""

from __future__ import annotations

from importlib.resources import files

import duckdb
import polars as pl

from transforms.schemas import TABLES
from transforms.stories import FINGERPRINTS

# Tables written by the warehouse but not part of the public contract.
INTERNAL_TABLES: dict[str, dict[str, pl.DataType]] = {"article_fingerprints": FINGERPRINTS}

ALL_TABLES: dict[str, dict[str, pl.DataType]] = {**TABLES, **INTERNAL_TABLES}


def duckdb_type(dtype: pl.DataType) -> str:
    """Polars dtype -> the DuckDB column type that stores it."""
    if isinstance(dtype, pl.List):
        return f"{duckdb_type(dtype.inner)}[]"
    simple = {
        pl.String: "VARCHAR",
        pl.Int64: "BIGINT",
        pl.Int32: "INTEGER",
        pl.UInt64: "UBIGINT",
        pl.Float64: "DOUBLE",
        pl.Boolean: "BOOLEAN",
        pl.Date: "DATE",
        pl.Datetime: "TIMESTAMP",
    }
    for polars_type, sql_type in simple.items():
        if dtype == polars_type or isinstance(dtype, polars_type):
            return sql_type
    raise TypeError(f"no DuckDB type for Polars dtype {dtype}")


def create_table_sql(name: str, schema: dict[str, pl.DataType]) -> str:
    """Table name + Polars schema -> CREATE TABLE IF NOT EXISTS statement."""
    columns = ",\n    ".join(f"{column} {duckdb_type(dtype)}" for column, dtype in schema.items())
    return f"CREATE TABLE IF NOT EXISTS {name} (\n    {columns}\n)"


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table and (re)create every view; safe to call on each write connection."""
    columns = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall()
    existing_tables = {table for table, _ in columns}
    known_columns = set(columns)
    for name, schema in ALL_TABLES.items():
        con.execute(create_table_sql(name, schema))
        if name not in existing_tables:
            continue
        # A warehouse built by an older release gains the columns added since; a re-run fills them.
        for column, dtype in schema.items():
            if (name, column) not in known_columns:
                con.execute(f"ALTER TABLE {name} ADD COLUMN {column} {duckdb_type(dtype)}")
    con.execute(files("warehouse").joinpath("views.sql").read_text(encoding="utf-8"))
