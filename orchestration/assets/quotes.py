"""Quotes: `articles` -> `quotes` (per file)."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.checks import table_expectations_check
from orchestration.partitions import single_run_backfill, source_files_partitions
from orchestration.resources import WAREHOUSE_POOL, Warehouse
from transforms.documents import path_for_partition_key
from transforms.quotes import quotes_from_articles
from warehouse.publish import read_rows, replace_rows


@dg.asset(
    deps=[articles],
    partitions_def=source_files_partitions,
    backfill_policy=single_run_backfill,
    pool=WAREHOUSE_POOL,
    group_name="quotes",
    kinds={"duckdb", "polars"},
    description="Direct and indirect quotes with speaker, cue and offsets into the article body.",
)
def quotes(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = [path_for_partition_key(key) for key in context.partition_keys]
    with warehouse.writer() as con:
        found = quotes_from_articles(read_rows(con, "articles", source_paths))
        replace_rows(con, "quotes", found, source_paths)
    return dg.MaterializeResult(metadata={"quotes": found.height})


quotes_check = table_expectations_check(quotes, "quotes")
