"""Entities: `articles` -> `entity_mentions` (per file) -> `entities` (across the warehouse)."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.checks import table_expectations_check
from orchestration.partitions import single_run_backfill, source_files_partitions
from orchestration.resources import WAREHOUSE_POOL, Warehouse
from transforms.documents import path_for_partition_key
from transforms.entities import entities_from_mentions, entity_mentions_from_articles
from warehouse.publish import read_rows, replace_rows


@dg.asset(
    deps=[articles],
    partitions_def=source_files_partitions,
    backfill_policy=single_run_backfill,
    pool=WAREHOUSE_POOL,
    group_name="entities",
    kinds={"duckdb", "polars"},
    description="Person, organisation, place and other names in article bodies, with offsets.",
)
def entity_mentions(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = [path_for_partition_key(key) for key in context.partition_keys]
    with warehouse.writer() as con:
        mentions = entity_mentions_from_articles(read_rows(con, "articles", source_paths))
        replace_rows(con, "entity_mentions", mentions, source_paths)
    return dg.MaterializeResult(metadata={"mentions": mentions.height})


@dg.asset(
    deps=[entity_mentions],
    pool=WAREHOUSE_POOL,
    group_name="entities",
    kinds={"duckdb", "polars"},
    automation_condition=dg.AutomationCondition.eager(),
    description="One row per real-world entity across all articles, with aliases and counts.",
)
def entities(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        canonical = entities_from_mentions(read_rows(con, "entity_mentions"))
        replace_rows(con, "entities", canonical)
    return dg.MaterializeResult(metadata={"entities": canonical.height})


entity_mentions_check = table_expectations_check(entity_mentions, "entity_mentions")
entities_check = table_expectations_check(entities, "entities")
