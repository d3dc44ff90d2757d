"""Named entities: mentions in article bodies, and canonical entities across the warehouse."""

from __future__ import annotations

import polars as pl

from transforms.ner.canonical import Mention, canonical_entities, entity_id
from transforms.ner.data import spans
from transforms.ner.document import harmonise
from transforms.ner.tagger import default_tagger
from transforms.ner.tokenize import sentences
from transforms.schemas import ENTITIES, ENTITY_MENTIONS, conform, empty_frame


def body_mentions(body: str) -> list[tuple[int, int, str, str]]:
    """Article body -> its entity mentions as (start_char, end_char, entity_type, entity_id), in text order."""
    tagger = default_tagger()
    tokenised = sentences(body)
    words = [[word for word, _, _ in sentence] for sentence in tokenised]
    tags = harmonise(words, [tagger.tag(sentence_words) for sentence_words in words], tagger.lexicon)
    found: list[tuple[int, int, Mention]] = []
    for sentence, sentence_words, sentence_tags in zip(tokenised, words, tags):
        for first, end, entity_type in spans(sentence_tags):
            # A span of punctuation alone ("-", "„") is a tagging slip, not a name.
            if not any(c.isalpha() for word in sentence_words[first:end] for c in word):
                continue
            mention = Mention(
                words=tuple(sentence_words[first:end]),
                entity_type=entity_type,
                previous_word=sentence_words[first - 1] if first > 0 else "",
                next_word=sentence_words[end] if end < len(sentence_words) else "",
            )
            found.append((sentence[first][1], sentence[end - 1][2], mention))
    keys = canonical_entities([mention for *_, mention in found], tagger.places)
    return [(start, end, kind, entity_id(key)) for (start, end, _), (key, kind) in zip(found, keys)]


def entity_mentions_from_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (article_id, source_path, body) -> entity_mentions rows with exact offsets into body."""
    rows = []
    for article in articles.select("article_id", "source_path", "body").iter_rows(named=True):
        body = article["body"] or ""
        for start, end, entity_type, mention_id in body_mentions(body):
            rows.append(
                {
                    "article_id": article["article_id"],
                    "source_path": article["source_path"],
                    "entity_id": mention_id,
                    "surface": body[start:end],
                    "entity_type": entity_type,
                    "start_char": start,
                    "end_char": end,
                }
            )
    if not rows:
        return empty_frame(ENTITY_MENTIONS)
    return conform(pl.DataFrame(rows, schema=ENTITY_MENTIONS), ENTITY_MENTIONS)


def entities_from_mentions(mentions: pl.DataFrame) -> pl.DataFrame:
    """entity_mentions (entity_id, surface, entity_type, article_id) -> one entities row per entity_id."""
    if mentions.is_empty():
        return empty_frame(ENTITIES)
    surface_counts = mentions.group_by("entity_id", "surface").agg(pl.len().alias("n"))
    # A genitive ("Anna Bergers", "Strauss'") whose base form is also a surface of the entity does not name it.
    bases = surface_counts.select("entity_id", pl.col("surface").alias("base"), pl.lit(True).alias("inflected"))
    surface_counts = (
        surface_counts.with_columns(base=pl.col("surface").str.replace(r"(?:s|'|’)$", ""))
        .join(bases, on=["entity_id", "base"], how="left")
        .with_columns(pl.col("inflected").fill_null(False) & (pl.col("base") != pl.col("surface")))
    )
    # The canonical name is the most frequent of the surfaces with the most words, so a full name
    # written once ("Dmitri Peskow") wins over the surname repeated after it; ties go to the longest.
    names = (
        surface_counts.sort(
            ["inflected", pl.col("surface").str.count_matches(r"\S+"), "n", pl.col("surface").str.len_chars(), "surface"],
            descending=[False, True, True, True, False],
        )
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
