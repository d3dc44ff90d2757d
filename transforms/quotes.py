"""Quotes: direct and indirect speech in article bodies, with their speakers."""

from __future__ import annotations

import polars as pl

from transforms.schemas import QUOTES, empty_frame


def quotes_from_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (article_id, source_path, body) -> quotes rows.

    The quote extractor is not built yet (issue #3): no rows until then.
    """
    return empty_frame(QUOTES)
