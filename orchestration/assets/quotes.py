"""Quotes: `articles` -> `quotes` (per file)."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.checks import table_expectations_check
from orchestration.partitions import per_file_asset, source_paths_of_run
from orchestration.resources import Warehouse
from transforms.quotes import quotes_from_articles
from warehouse.publish import read_rows, replace_rows


@per_file_asset(
    deps=[articles],
    group_name="quotes",
    description="Direct and indirect quotes with speaker, cue and offsets into the article body.",
)
def quotes(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = source_paths_of_run(context)
    with warehouse.writer() as con:
        found = quotes_from_articles(read_rows(con, "articles", source_paths))
        replace_rows(con, "quotes", found, source_paths)
    return dg.MaterializeResult(metadata={"quotes": found.height})


quotes_check = table_expectations_check(quotes, "quotes")
