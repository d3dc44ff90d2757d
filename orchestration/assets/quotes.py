"""Quotes: `articles` + `entity_mentions` -> `quotes` (per file) -> quote groups across outlets."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.assets.entities import entities, entity_mentions
from orchestration.checks import table_expectations_check
from orchestration.partitions import per_file_asset, source_paths_of_run, warehouse_wide_asset
from orchestration.resources import Warehouse
from transforms.quote_links import quote_group_ids, speakers_linked_to_entities
from transforms.quotes import quotes_from_articles
from warehouse.publish import read_rows, replace_rows, update_column


@per_file_asset(
    deps=[articles, entity_mentions],
    group_name="quotes",
    description="Direct and indirect quotes with speaker, cue and offsets into the article body.",
)
def quotes(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = source_paths_of_run(context)
    with warehouse.writer() as con:
        found = speakers_linked_to_entities(
            quotes_from_articles(read_rows(con, "articles", source_paths)),
            read_rows(con, "entity_mentions", source_paths),
        )
        replace_rows(con, "quotes", found, source_paths)
    return dg.MaterializeResult(metadata={"quotes": found.height})


@warehouse_wide_asset(
    deps=[quotes, entities],
    group_name="quotes",
    description="The same quote printed by several outlets gets one quote_group_id (view `quote_groups`).",
)
def quote_groups(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        groups = quote_group_ids(read_rows(con, "quotes"), read_rows(con, "articles"))
        update_column(con, "quotes", "quote_id", groups)
    n_groups = groups["quote_group_id"].n_unique() if groups.height else 0
    return dg.MaterializeResult(metadata={"quotes": groups.height, "groups": n_groups})


quotes_check = table_expectations_check(quotes, "quotes")
quote_links_check = table_expectations_check(quote_groups, "quote_links")
