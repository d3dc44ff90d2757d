"""Resources, chosen by environment: where the raw files are and which DuckDB file to write."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from orchestration.settings import db_path, input_dir
from warehouse.schema import ensure_schema

# Every step that opens the DuckDB file runs in this pool; dagster.yaml limits it to one slot,
# because a DuckDB file admits one writing process and locks out readers while it writes.
WAREHOUSE_POOL = "duckdb_warehouse"


class InputFolder(dg.ConfigurableResource):
    """The folder whose *.txt files (recursively) are the raw articles."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)


class Warehouse(DuckDBResource):
    """The DuckDB warehouse; write connections come with every table and view in place."""

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        con = _connect_when_unlocked(self.database)
        # Closed on errors too, else the file stays locked for the rest of the process.
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()


def _connect_when_unlocked(database: str, attempts: int = 30) -> duckdb.DuckDBPyConnection:
    # Outside the pool (a reader in another process) the lock is held briefly: wait, then fail clearly.
    for attempt in range(attempts - 1):
        try:
            return duckdb.connect(database)
        except duckdb.IOException:
            time.sleep(min(0.2 * 2**attempt, 5.0))
    return duckdb.connect(database)


def resources_for_environment() -> dict[str, dg.ConfigurableResource]:
    """Resources for the current environment (PRESSESPIEGEL_INPUT / PRESSESPIEGEL_DB, else defaults)."""
    return {
        "input_folder": InputFolder(path=str(input_dir())),
        "warehouse": Warehouse(database=str(db_path())),
    }
