"""Where the input folder and the DuckDB file are: defaults, overridden by environment variables.

Every entry point (the CLI, `dagster dev`, the daemon) reads these, so PRESSESPIEGEL_INPUT and
PRESSESPIEGEL_DB mean the same everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

INPUT_ENV = "PRESSESPIEGEL_INPUT"
DB_ENV = "PRESSESPIEGEL_DB"
DEFAULT_INPUT = Path("seeds")
DEFAULT_DB = Path("data") / "pressespiegel.duckdb"


def input_dir() -> Path:
    """The folder of raw *.txt articles: $PRESSESPIEGEL_INPUT, else ./seeds."""
    return Path(os.environ.get(INPUT_ENV) or DEFAULT_INPUT).expanduser().resolve()


def db_path() -> Path:
    """The DuckDB warehouse file: $PRESSESPIEGEL_DB, else ./data/pressespiegel.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB).expanduser().resolve()
