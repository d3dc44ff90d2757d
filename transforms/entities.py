"""Named entities: mentions in article bodies, and canonical entities across the warehouse."""

from __future__ import annotations

import polars as pl

from transforms.schemas import ENTITIES, ENTITY_MENTIONS, conform, empty_frame


def entity_mentions_from_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (article_id, source_path, body) -> entity_mentions rows.

    The German recogniser trained from GermEval 2014 is not built yet (issue #4): no rows until then.
    """
    return empty_frame(ENTITY_MENTIONS)


def entities_from_mentions(mentions: pl.DataFrame) -> pl.DataFrame:
    """entity_mentions (entity_id, surface, entity_type, article_id) -> one entities row per entity_id."""
    if mentions.is_empty():
        return empty_frame(ENTITIES)
    surface_counts = mentions.group_by("entity_id", "surface").agg(pl.len().alias("n"))
    # The canonical name is the longest of the most frequent surfaces ("Wladimir Putin" over "Putin").
    names = (
        surface_counts.sort(["n", pl.col("surface").str.len_chars(), "surface"], descending=[True, True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(pl.col("surface").first().alias("name"))
    )
    types = (
        mentions.group_by("entity_id", "entity_type")
        .agg(pl.len().alias("n"))
        .sort(["n", "entity_type"], descending=[True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(pl.col("entity_type").first())
    )
    counts = mentions.group_by("entity_id").agg(
        pl.col("surface").unique().sort().alias("aliases"),
        pl.len().cast(pl.Int64).alias("n_mentions"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
    )
    return (
        names.join(types, on="entity_id").join(counts, on="entity_id").sort("entity_id").pipe(conform, ENTITIES)
    )
