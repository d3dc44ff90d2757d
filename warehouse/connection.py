"""Opening the DuckDB file: one writer at a time, readers briefly and read-only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


class WarehouseNotFoundError(FileNotFoundError):
    """The DuckDB file to read does not exist yet."""


@contextmanager
def read_only_connection(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open an existing warehouse read-only; a clear error if there is none yet."""
    if not db_path.exists():
        raise WarehouseNotFoundError(
            f"no warehouse at {db_path}: run `pressespiegel run` first, or pass --db / set PRESSESPIEGEL_DB"
        )
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        yield con
    finally:
        con.close()
