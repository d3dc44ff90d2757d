"""Entities: `articles` -> `entity_mentions` (per file) -> `entities` (across the warehouse)."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.checks import table_expectations_check
from orchestration.partitions import per_file_asset, source_paths_of_run, warehouse_wide_asset
from orchestration.resources import Warehouse
from transforms.entities import entities_from_mentions, entity_mentions_from_articles
from warehouse.publish import read_rows, replace_rows


@per_file_asset(
    deps=[articles],
    group_name="entities",
    description="Person, organisation, place and other names in article bodies, with offsets.",
)
def entity_mentions(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = source_paths_of_run(context)
    with warehouse.writer() as con:
        mentions = entity_mentions_from_articles(read_rows(con, "articles", source_paths))
        replace_rows(con, "entity_mentions", mentions, source_paths)
    return dg.MaterializeResult(metadata={"mentions": mentions.height})


@warehouse_wide_asset(
    deps=[entity_mentions],
    group_name="entities",
    description="One row per real-world entity across all articles, with aliases and counts.",
)
def entities(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        canonical = entities_from_mentions(read_rows(con, "entity_mentions"))
        replace_rows(con, "entities", canonical)
    return dg.MaterializeResult(metadata={"entities": canonical.height})


entity_mentions_check = table_expectations_check(entity_mentions, "entity_mentions")
entities_check = table_expectations_check(entities, "entities")
entity_mention_links_check = table_expectations_check(entities, "entity_mention_links")
