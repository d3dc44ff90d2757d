"""Articles: `raw_documents` -> clean `articles` (per file) -> `stories` (across the warehouse)."""


import dagster as dg

from orchestration.assets.ingestion import raw_documents
from orchestration.checks import table_expectations_check
from orchestration.partitions import per_file_asset, source_paths_of_run, warehouse_wide_asset
from orchestration.resources import Warehouse
from transforms.articles import articles_from_documents, line_document_counts
from transforms.stories import articles_with_story_ids, stories_from_articles
from warehouse.publish import read_rows, read_story_fingerprints, replace_rows

ARTICLE_SOURCES = "status = 'ok' AND duplicate_of IS NULL"


@per_file_asset(
    deps=[raw_documents],
    group_name="articles",
    description="One clean article per ok document: title, date, outlet, agencies, body without page furniture.",
)
def articles(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    source_paths = source_paths_of_run(context)
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


@warehouse_wide_asset(
    deps=[articles],
    group_name="articles",
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
