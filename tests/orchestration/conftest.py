"""Fixtures that point the Dagster resources at a temporary warehouse."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from orchestration.resources import InputFolder, Warehouse


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "test.duckdb"


def resources_for(input_dir: Path, db_file: Path) -> dict[str, dg.ConfigurableResource]:
    return {"input_folder": InputFolder(path=str(input_dir)), "warehouse": Warehouse(database=str(db_file))}
