import polars as pl

from expectations import validate
from expectations.suites import ROW_IDS, SUITES
from warehouse.validation import VALIDATION_SQL


def _mentions(**overrides: list) -> pl.DataFrame:
    columns = {
        "article_id": ["a1", "a1"],
        "entity_id": ["e1", "e2"],
        "surface": ["Kassel", "Fulda"],
        "entity_type": ["LOC", "LOC"],
        "start_char": [0, 10],
        "end_char": [6, 15],
        "body_length": [40, 40],
        "body_slice": ["Kassel", "Fulda"],
        "article_exists": [True, True],
    }
    columns.update(overrides)
    return pl.DataFrame(columns)


def test_every_table_with_a_validation_frame_has_a_suite_and_row_ids() -> None:
    assert set(VALIDATION_SQL) == set(SUITES) == set(ROW_IDS)


def test_clean_rows_pass() -> None:
    report = validate("entity_mentions", _mentions())
    assert report.errors == [] and report.warnings == []


def test_offset_outside_the_body_and_wrong_surface_fail_with_the_rows_named() -> None:
    report = validate("entity_mentions", _mentions(end_char=[6, 45], body_slice=["Kassel", "Fuld"]))
    failed = {o.expectation: o for o in report.errors}
    assert "expect_column_pair_values_a_to_be_greater_than_b" in failed
    assert "expect_column_pair_values_to_be_equal" in failed
    assert failed["expect_column_pair_values_to_be_equal"].failing_rows == ["a1 / 10"]


def test_warnings_do_not_count_as_errors() -> None:
    frame = pl.DataFrame(
        {
            "quote_id": ["q1", "q2"],
            "article_id": ["a", "a"],
            "quote_type": ["direct", "direct"],
            "text": ["Wir sparen.", "Nein."],
            "start_char": [0, 20],
            "end_char": [10, 25],
            "body_length": [30, 30],
            "article_exists": [True, True],
            "quote_group_id": ["q1", "q2"],
            "direct_has_speaker": [False, False],
        }
    )
    report = validate("quotes", frame)
    assert report.errors == []
    assert [o.column for o in report.warnings] == ["direct_has_speaker"]


def test_duplicate_keys_are_errors() -> None:
    frame = pl.DataFrame(
        {"story_id": ["s1", "s1"], "title": ["a", "b"], "n_articles": [1, 0]},
    )
    report = validate("stories", frame)
    assert {o.expectation for o in report.errors} == {
        "expect_column_values_to_be_unique",
        "expect_column_values_to_be_between",
    }


def test_mention_without_its_entity_fails_the_link_suite() -> None:
    links = pl.DataFrame(
        {
            "article_id": ["a1", "a1"],
            "start_char": [0, 10],
            "entity_id": ["e1", "e9"],
            "entity_exists": [True, False],
            "type_matches_entity": [True, None],
        }
    )
    (error,) = validate("entity_mention_links", links).errors
    assert error.column == "entity_exists" and error.failing_rows == ["a1 / 10"]


def test_quote_linked_to_a_missing_speaker_entity_or_group_fails() -> None:
    frame = pl.DataFrame(
        {
            "quote_id": ["q1", "q2"],
            "speaker_entity_id": [None, "gone"],
            "quote_group_id": ["q1", "q9"],
            "speaker_entity_exists": [None, False],
            "group_exists": [True, False],
        }
    )
    report = validate("quote_links", frame)
    assert {(o.column, tuple(o.failing_rows)) for o in report.errors} == {
        ("speaker_entity_exists", ("q2",)),
        ("group_exists", ("q2",)),
    }


def test_event_dates_out_of_range_warn_and_undated_events_pass() -> None:
    from datetime import date

    frame = pl.DataFrame(
        {
            "event_id": ["ok", "undated", "ancient"],
            "event_type": ["talks", "meeting", "summit"],
            "start_date": [date(2022, 1, 9), None, date(1066, 10, 14)],
            "end_date": [date(2022, 1, 10), None, date(1066, 10, 14)],
            "date_precision": ["day", None, "day"],
            "n_articles": [2, 1, 1],
            "status": ["past", None, "past"],
        }
    )
    report = validate("events", frame)
    assert report.errors == []
    assert [(o.column, o.failing_rows) for o in report.warnings] == [("start_date", ["ancient"])]
