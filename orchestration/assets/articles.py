"""Articles: `raw_documents` -> clean `articles` (per file) -> `stories` (across the warehouse)."""


import dagster as dg

from orchestration.assets.ingestion import raw_documents
from orchestration.checks import table_expectations_check
from orchestration.partitions import single_run_backfill, source_files_partitions
from orchestration.resources import WAREHOUSE_POOL, Warehouse
from transforms.articles import articles_from_documents, line_document_counts
from transforms.documents import path_for_partition_key
from transforms.stories import articles_with_story_ids, stories_from_articles
from warehouse.publish import read_rows, read_story_fingerprints, replace_rows

ARTICLE_SOURCES = "status = 'ok' AND duplicate_of IS NULL"


@dg.asset(
    deps=[raw_documents],
    partitions_def=source_files_partitions,
    backfill_policy=single_run_backfill,
    pool=WAREHOUSE_POOL,
    group_name="articles",
    kinds={"duckdb", "polars"},
    description="One clean article per ok document: title, date, outlet, agencies, body without page furniture.",
)
def articles(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = [path_for_partition_key(key) for key in context.partition_keys]
    with warehouse.writer() as con:
        documents = read_rows(con, "raw_documents", source_paths, where=ARTICLE_SOURCES)
        corpus_lines = line_document_counts(read_rows(con, "raw_documents", where=ARTICLE_SOURCES))
        extracted, rejects = articles_from_documents(documents, corpus_lines)
        extracted, fingerprints = articles_with_story_ids(extracted, read_story_fingerprints(con, source_paths))
        replace_rows(con, "articles", extracted, source_paths)
        replace_rows(con, "article_rejects", rejects, source_paths)
        replace_rows(con, "article_fingerprints", fingerprints, source_paths)
    for source_path, problem in rejects.select("source_path", "problem").iter_rows():
        context.log.warning(f"no article from {source_path}: {problem}")
    return dg.MaterializeResult(
        metadata={
            "articles": extracted.height,
            "rejected": rejects.height,
            "with_date": extracted["published_at"].is_not_null().sum(),
            "with_outlet": extracted["outlet"].is_not_null().sum(),
            "words": int(extracted["n_words"].sum() or 0),
        }
    )


@dg.asset(
    deps=[articles],
    pool=WAREHOUSE_POOL,
    group_name="articles",
    kinds={"duckdb", "polars"},
    automation_condition=dg.AutomationCondition.eager(),
    description="One row per story: near-duplicate wire copies and rewrites grouped by articles.story_id.",
)
def stories(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        summary = stories_from_articles(read_rows(con, "articles"))
        replace_rows(con, "stories", summary)
    return dg.MaterializeResult(
        metadata={"stories": summary.height, "multi_article_stories": (summary["n_articles"] > 1).sum()}
    )


articles_check = table_expectations_check(articles, "articles")
stories_check = table_expectations_check(stories, "stories")
