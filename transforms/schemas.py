"""Polars schemas of the warehouse tables: the contract in ARCHITECTURE.md, as code.

Every transform returns frames with exactly these columns in this order, and `warehouse/` derives
its DDL from them, so a column is declared once.
"""

from __future__ import annotations

import polars as pl

RAW_DOCUMENTS: dict[str, pl.DataType] = {
    "document_id": pl.String(),
    "source_path": pl.String(),  # relative to the input folder, "/"-separated; the partition
    "sha256": pl.String(),
    "n_bytes": pl.Int64(),
    "raw_text": pl.String(),
    "encoding": pl.String(),  # what the bytes were decoded as, "+ftfy" when mojibake was repaired
    "ingested_at": pl.Datetime("us"),
    "status": pl.String(),  # ok / quarantined
    "problem": pl.String(),
    "duplicate_of": pl.String(),  # document_id of the byte-identical file that yields the article
}

ARTICLES: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "document_id": pl.String(),
    "source_path": pl.String(),
    "title": pl.String(),
    "kicker": pl.String(),  # the line above the headline ("Fruchtlose Gespräche"), if any
    "authors": pl.List(pl.String()),  # the people an author line names ("Von Anna Lehmann")
    "published_at": pl.Datetime("us"),
    "published_precision": pl.String(),  # minute / day / month / NULL
    "outlet": pl.String(),
    "agencies": pl.List(pl.String()),
    "language": pl.String(),
    "body": pl.String(),
    "n_words": pl.Int64(),
    "story_id": pl.String(),
    "removed_lines": pl.Int64(),  # page-furniture lines dropped from the raw text
}

# Documents that are text but yield no article (e.g. nothing left after removing furniture).
ARTICLE_REJECTS: dict[str, pl.DataType] = {
    "document_id": pl.String(),
    "source_path": pl.String(),
    "stage": pl.String(),
    "problem": pl.String(),
}

ENTITIES: dict[str, pl.DataType] = {
    "entity_id": pl.String(),
    "name": pl.String(),
    "entity_type": pl.String(),  # PER / ORG / LOC / MISC
    "aliases": pl.List(pl.String()),
    "n_mentions": pl.Int64(),
    "n_articles": pl.Int64(),
}

ENTITY_MENTIONS: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "source_path": pl.String(),
    "entity_id": pl.String(),
    "surface": pl.String(),
    "entity_type": pl.String(),
    "start_char": pl.Int64(),
    "end_char": pl.Int64(),
}

QUOTES: dict[str, pl.DataType] = {
    "quote_id": pl.String(),
    "article_id": pl.String(),
    "source_path": pl.String(),
    "quote_type": pl.String(),  # direct / indirect
    "text": pl.String(),
    "speaker": pl.String(),
    "speaker_mention": pl.String(),
    "speaker_entity_id": pl.String(),
    "cue": pl.String(),
    "start_char": pl.Int64(),
    "end_char": pl.Int64(),
    # The same quote printed by several outlets shares one id: that of its earliest printing.
    "quote_group_id": pl.String(),
}

EVENTS: dict[str, pl.DataType] = {
    "event_id": pl.String(),
    "event_type": pl.String(),
    "label": pl.String(),
    "start_date": pl.Date(),
    "end_date": pl.Date(),
    "date_precision": pl.String(),
    "location": pl.String(),
    "location_entity_id": pl.String(),
    "n_articles": pl.Int64(),
    # How the latest reporting article presents it: "planned" or "past" (NULL if the text does not say).
    "status": pl.String(),
}

EVENT_MENTIONS: dict[str, pl.DataType] = {
    "event_id": pl.String(),
    "article_id": pl.String(),
    "evidence": pl.String(),
    "start_char": pl.Int64(),
    "end_char": pl.Int64(),
    "status": pl.String(),  # how this article presents the event: "planned" / "past" / NULL
}

EVENT_PARTICIPANTS: dict[str, pl.DataType] = {
    "event_id": pl.String(),
    "entity_id": pl.String(),
}

STORIES: dict[str, pl.DataType] = {
    "story_id": pl.String(),
    "title": pl.String(),  # headline of the earliest article of the story
    "first_published_at": pl.Datetime("us"),
    "n_articles": pl.Int64(),
    "outlets": pl.List(pl.String()),
}

# Table name -> schema, the order in which the warehouse creates them.
TABLES: dict[str, dict[str, pl.DataType]] = {
    "raw_documents": RAW_DOCUMENTS,
    "articles": ARTICLES,
    "article_rejects": ARTICLE_REJECTS,
    "stories": STORIES,
    "entities": ENTITIES,
    "entity_mentions": ENTITY_MENTIONS,
    "quotes": QUOTES,
    "events": EVENTS,
    "event_mentions": EVENT_MENTIONS,
    "event_participants": EVENT_PARTICIPANTS,
}


def empty_frame(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Schema -> an empty DataFrame with exactly those columns and types."""
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Any frame holding the schema's columns -> those columns only, in order, cast to their types."""
    missing = [name for name in schema if name not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks columns {missing}; it has {frame.columns}")
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
