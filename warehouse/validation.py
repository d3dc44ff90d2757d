"""Frames the expectation suites validate: each table plus derived columns for cross-table rules."""

from __future__ import annotations

import duckdb
import polars as pl

_OFFSETS = "length(a.body) AS body_length, a.article_id IS NOT NULL AS article_exists"

VALIDATION_SQL: dict[str, str] = {
    "raw_documents": """
        SELECT document_id, source_path, sha256, n_bytes, status, problem, duplicate_of,
               (status = 'quarantined') = (problem IS NOT NULL) AS problem_consistent,
               (status = 'ok') = (raw_text IS NOT NULL) AS text_consistent
        FROM raw_documents""",
    "articles": """
        SELECT a.* EXCLUDE (body), length(a.body) AS body_length,
               (a.published_at IS NULL) = (a.published_precision IS NULL) AS precision_consistent,
               d.document_id IS NOT NULL AS document_exists
        FROM articles a LEFT JOIN raw_documents d USING (document_id)""",
    "stories": "SELECT * FROM stories",
    "entities": "SELECT * FROM entities",
    "entity_mentions": f"""
        SELECT m.*, {_OFFSETS},
               substring(a.body, m.start_char + 1, m.end_char - m.start_char) AS body_slice
        FROM entity_mentions m
        LEFT JOIN articles a USING (article_id)""",
    # Mentions are written per file, entities afterwards across all files: links are checked then.
    "entity_mention_links": """
        SELECT m.article_id, m.start_char, m.entity_id,
               e.entity_id IS NOT NULL AS entity_exists,
               CASE WHEN e.entity_id IS NOT NULL THEN e.entity_type = m.entity_type END AS type_matches_entity
        FROM entity_mentions m
        LEFT JOIN entities e USING (entity_id)""",
    "quotes": f"""
        SELECT q.* EXCLUDE (text), q.text, {_OFFSETS},
               CASE WHEN q.quote_type = 'direct' THEN q.speaker IS NOT NULL END AS direct_has_speaker
        FROM quotes q
        LEFT JOIN articles a USING (article_id)""",
    # Quotes are written per file, entities and quote groups afterwards across all files.
    "quote_links": """
        SELECT q.quote_id, q.speaker_entity_id, q.quote_group_id,
               CASE WHEN q.speaker_entity_id IS NOT NULL THEN e.entity_id IS NOT NULL END AS speaker_entity_exists,
               g.quote_id IS NOT NULL AS group_exists
        FROM quotes q
        LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
        LEFT JOIN quotes g ON g.quote_id = q.quote_group_id""",
    "events": "SELECT * FROM events",
    "event_mentions": f"""
        SELECT m.* EXCLUDE (evidence), m.evidence, {_OFFSETS},
               ev.event_id IS NOT NULL AS event_exists
        FROM event_mentions m
        LEFT JOIN articles a USING (article_id)
        LEFT JOIN events ev USING (event_id)""",
    "event_participants": """
        SELECT p.*, ev.event_id IS NOT NULL AS event_exists, e.entity_id IS NOT NULL AS entity_exists
        FROM event_participants p
        LEFT JOIN events ev USING (event_id)
        LEFT JOIN entities e USING (entity_id)""",
}


def validation_frame(con: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame:
    """Warehouse table name -> its rows with the derived columns its expectation suite checks."""
    return con.execute(VALIDATION_SQL[table]).pl()
