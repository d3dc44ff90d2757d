"""One partition per raw file: new or changed files are (re)processed on their own, and a
backfill over many files runs as one run."""

from collections.abc import Callable
from typing import Any

import dagster as dg

from orchestration.resources import WAREHOUSE_POOL
from transforms.documents import path_for_partition_key

source_files_partitions = dg.DynamicPartitionsDefinition(name="source_files")


def per_file_asset(**asset_kwargs: Any) -> Callable[..., dg.AssetsDefinition]:
    """@dg.asset for a table with rows per source file: partitioned by file, single-run backfills, DuckDB pool."""
    return dg.asset(
        partitions_def=source_files_partitions,
        backfill_policy=dg.BackfillPolicy.single_run(),
        pool=WAREHOUSE_POOL,
        kinds={"duckdb", "polars"},
        **asset_kwargs,
    )


def warehouse_wide_asset(**asset_kwargs: Any) -> Callable[..., dg.AssetsDefinition]:
    """@dg.asset for a table built from all articles: unpartitioned, rebuilt when its inputs change."""
    return dg.asset(
        pool=WAREHOUSE_POOL,
        kinds={"duckdb", "polars"},
        automation_condition=dg.AutomationCondition.eager(),
        **asset_kwargs,
    )


def source_paths_of_run(context: dg.AssetExecutionContext) -> list[str]:
    """The relative paths of the files whose partitions this run materialises."""
    return [path_for_partition_key(key) for key in context.partition_keys]
