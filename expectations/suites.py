"""One expectation suite per warehouse table. Each expectation carries a severity in its meta:
"error" blocks downstream assets, "warn" is reported only.

The frames validated come from warehouse/validation.py, which adds derived columns (body_length,
body_slice, *_exists, *_consistent) so cross-table rules read as plain column expectations.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import great_expectations as gx
import great_expectations.expectations as gxe

ERROR = {"severity": "error"}
WARN = {"severity": "warn"}


def _suite(name: str, expectations: list[gxe.Expectation]) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name=name)
    for expectation in expectations:
        suite.add_expectation(expectation)
    return suite


def _key(column: str) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=column, meta=ERROR),
        gxe.ExpectColumnValuesToBeUnique(column=column, meta=ERROR),
    ]


def _true(column: str, meta: dict = ERROR, mostly: float = 1.0) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True], mostly=mostly, meta=meta)


def _offsets_inside_body() -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToBeBetween(column="start_char", min_value=0, meta=ERROR),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="end_char", column_B="start_char", meta=ERROR),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="body_length", column_B="end_char", or_equal=True, meta=ERROR
        ),
    ]


def raw_documents_suite() -> gx.ExpectationSuite:
    """Suite for raw_documents: identity, status values, a reason for every quarantined file."""
    return _suite(
        "raw_documents",
        [
            *_key("document_id"),
            *_key("source_path"),
            gxe.ExpectColumnValuesToMatchRegex(column="sha256", regex=r"^[0-9a-f]{64}$", meta=ERROR),
            gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["ok", "quarantined"], meta=ERROR),
            gxe.ExpectColumnValuesToNotBeNull(column="status", meta=ERROR),
            gxe.ExpectColumnValuesToBeBetween(column="n_bytes", min_value=0, meta=ERROR),
            _true("problem_consistent"),
            _true("text_consistent"),
        ],
    )


def articles_suite() -> gx.ExpectationSuite:
    """Suite for articles: keys, value sets, plausible dates, a real body."""
    now = datetime.now()
    return _suite(
        "articles",
        [
            *_key("article_id"),
            *_key("document_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="source_path", meta=ERROR),
            _true("document_exists"),
            gxe.ExpectColumnValuesToBeInSet(
                column="published_precision", value_set=["minute", "day", "month"], meta=ERROR
            ),
            _true("precision_consistent"),
            gxe.ExpectColumnValuesToBeBetween(column="body_length", min_value=1, meta=ERROR),
            gxe.ExpectColumnValuesToBeBetween(column="n_words", min_value=1, meta=ERROR),
            gxe.ExpectColumnValuesToBeBetween(
                column="published_at", min_value=datetime(1990, 1, 1), max_value=now + timedelta(days=2), meta=WARN
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="language", meta=WARN),
            gxe.ExpectColumnValuesToBeInSet(column="language", value_set=["de"], mostly=0.9, meta=WARN),
            gxe.ExpectColumnValuesToNotBeNull(column="title", mostly=0.8, meta=WARN),
            gxe.ExpectColumnValuesToBeBetween(column="n_words", min_value=40, mostly=0.9, meta=WARN),
            gxe.ExpectColumnValuesToNotBeNull(column="story_id", meta=WARN),
        ],
    )


def stories_suite() -> gx.ExpectationSuite:
    """Suite for stories: one row per story, each with at least one article."""
    return _suite(
        "stories",
        [*_key("story_id"), gxe.ExpectColumnValuesToBeBetween(column="n_articles", min_value=1, meta=ERROR)],
    )


def entities_suite() -> gx.ExpectationSuite:
    """Suite for entities: keys, types in the NER tag set, consistent counts."""
    return _suite(
        "entities",
        [
            *_key("entity_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="name", meta=ERROR),
            gxe.ExpectColumnValuesToBeInSet(column="entity_type", value_set=["PER", "ORG", "LOC", "MISC"], meta=ERROR),
            gxe.ExpectColumnValuesToBeBetween(column="n_mentions", min_value=1, meta=ERROR),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="n_mentions", column_B="n_articles", or_equal=True, meta=ERROR
            ),
        ],
    )


def entity_mentions_suite() -> gx.ExpectationSuite:
    """Suite for entity_mentions: offsets inside the body, surface equal to the body slice."""
    return _suite(
        "entity_mentions",
        [
            gxe.ExpectColumnValuesToNotBeNull(column="entity_id", meta=ERROR),
            gxe.ExpectColumnValuesToBeInSet(column="entity_type", value_set=["PER", "ORG", "LOC", "MISC"], meta=ERROR),
            _true("article_exists"),
            *_offsets_inside_body(),
            gxe.ExpectColumnPairValuesToBeEqual(column_A="surface", column_B="body_slice", meta=ERROR),
        ],
    )


def entity_mention_links_suite() -> gx.ExpectationSuite:
    """Suite run once `entities` is rebuilt: every mention's entity exists, with the mention's type."""
    return _suite(
        "entity_mention_links",
        [_true("entity_exists"), _true("type_matches_entity", meta=WARN, mostly=0.95)],
    )


def quotes_suite() -> gx.ExpectationSuite:
    """Suite for quotes: types in set, non-empty text, offsets inside the body, speakers for direct quotes."""
    return _suite(
        "quotes",
        [
            *_key("quote_id"),
            _true("article_exists"),
            gxe.ExpectColumnValuesToBeInSet(column="quote_type", value_set=["direct", "indirect"], meta=ERROR),
            gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=1, meta=ERROR),
            gxe.ExpectColumnValuesToNotBeNull(column="text", meta=ERROR),
            *_offsets_inside_body(),
            gxe.ExpectColumnValuesToNotBeNull(column="quote_group_id", meta=ERROR),
            _true("direct_has_speaker", meta=WARN, mostly=0.8),
        ],
    )


def quote_links_suite() -> gx.ExpectationSuite:
    """Suite run once quote groups are rebuilt: every linked speaker entity and every group's first quote exist."""
    return _suite("quote_links", [_true("speaker_entity_exists"), _true("group_exists")])


def events_suite() -> gx.ExpectationSuite:
    """Suite for events: keys, start <= end, plausible years, at least one reporting article."""
    today = date.today()
    return _suite(
        "events",
        [
            *_key("event_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="event_type", meta=ERROR),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="end_date", column_B="start_date", or_equal=True, meta=ERROR
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="date_precision", value_set=["day", "week", "month", "quarter", "year"], meta=ERROR
            ),
            gxe.ExpectColumnValuesToBeBetween(column="n_articles", min_value=1, meta=ERROR),
            gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["planned", "past"], meta=ERROR),
            gxe.ExpectColumnValuesToBeBetween(
                column="start_date", min_value=datetime(1900, 1, 1), max_value=datetime(today.year + 5, 12, 31), meta=WARN
            ),
        ],
    )


def event_mentions_suite() -> gx.ExpectationSuite:
    """Suite for event_mentions: event and article exist, evidence offsets inside the body."""
    return _suite(
        "event_mentions",
        [
            _true("event_exists"),
            _true("article_exists"),
            gxe.ExpectColumnValuesToNotBeNull(column="evidence", meta=ERROR),
            gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["planned", "past"], meta=ERROR),
            *_offsets_inside_body(),
        ],
    )


def event_participants_suite() -> gx.ExpectationSuite:
    """Suite for event_participants: each pair once, event and entity exist."""
    return _suite(
        "event_participants",
        [
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["event_id", "entity_id"], meta=ERROR),
            _true("event_exists"),
            _true("entity_exists"),
        ],
    )


SUITES: dict[str, Callable[[], gx.ExpectationSuite]] = {
    "raw_documents": raw_documents_suite,
    "articles": articles_suite,
    "stories": stories_suite,
    "entities": entities_suite,
    "entity_mentions": entity_mentions_suite,
    "entity_mention_links": entity_mention_links_suite,
    "quotes": quotes_suite,
    "quote_links": quote_links_suite,
    "events": events_suite,
    "event_mentions": event_mentions_suite,
    "event_participants": event_participants_suite,
}

# The column that names a failing row in check results.
ROW_IDS: dict[str, list[str]] = {
    "raw_documents": ["source_path"],
    "articles": ["article_id"],
    "stories": ["story_id"],
    "entities": ["entity_id"],
    "entity_mentions": ["article_id", "start_char"],
    "entity_mention_links": ["article_id", "start_char"],
    "quotes": ["quote_id"],
    "quote_links": ["quote_id"],
    "events": ["event_id"],
    "event_mentions": ["event_id", "article_id"],
    "event_participants": ["event_id", "entity_id"],
}
