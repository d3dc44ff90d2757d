from datetime import datetime

import polars as pl

from transforms.quote_links import quote_group_ids, speakers_linked_to_entities


def _quotes(rows: list[dict]) -> pl.DataFrame:
    defaults = {"speaker": None, "speaker_entity_id": None, "start_char": 0}
    return pl.DataFrame([{**defaults, **row} for row in rows])


def _mentions(rows: list[tuple[str, str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["article_id", "surface", "entity_type", "entity_id"], orient="row")


def test_speaker_links_to_the_entity_named_in_the_same_article():
    quotes = _quotes(
        [
            {"quote_id": "q1", "article_id": "a", "text": "x", "speaker": "Anna Berger"},
            {"quote_id": "q2", "article_id": "a", "text": "y", "speaker": "Berger"},
            {"quote_id": "q3", "article_id": "b", "text": "z", "speaker": "Anna Berger"},
        ]
    )
    mentions = _mentions([("a", "Anna Berger", "PER", "E1"), ("a", "Bergers", "PER", "E1")])
    linked = speakers_linked_to_entities(quotes, mentions)
    # Article b never names her: no link across articles from a name alone.
    assert linked["speaker_entity_id"].to_list() == ["E1", "E1", None]


def test_organisation_speaker_with_article_links_and_unnamed_source_does_not():
    quotes = _quotes(
        [
            {"quote_id": "q1", "article_id": "a", "text": "x", "speaker": "die Bundesregierung"},
            {"quote_id": "q2", "article_id": "a", "text": "y", "speaker": "ein ranghoher Beamter"},
            {"quote_id": "q3", "article_id": "a", "text": "z", "speaker": "er"},
        ]
    )
    mentions = _mentions([("a", "Bundesregierung", "ORG", "G"), ("a", "Beamter", "MISC", "M")])
    assert speakers_linked_to_entities(quotes, mentions)["speaker_entity_id"].to_list() == ["G", None, None]


def _articles(rows: list[tuple[str, datetime | None]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"article_id": pl.String, "published_at": pl.Datetime("us")}, orient="row")


def test_near_verbatim_printings_in_several_outlets_share_the_earliest_printing_as_group():
    quotes = _quotes(
        [
            {"quote_id": "late", "article_id": "b", "text": "Wir werden die Gespräche in der kommenden Woche fortsetzen, das ist sicher"},
            {"quote_id": "early", "article_id": "a", "text": "Wir werden die Gespräche in der kommenden Woche fortsetzen"},
            # A spelling variant and other words around it.
            {"quote_id": "variant", "article_id": "c", "text": "Dann werden wir die Gespräche in der kommenden Woche fortsetzen"},
            {"quote_id": "other", "article_id": "c", "text": "Die Lage an der Grenze bleibt angespannt und unübersichtlich"},
        ]
    )
    articles = _articles([("a", datetime(2024, 3, 1, 9)), ("b", datetime(2024, 3, 1, 12)), ("c", None)])
    groups = dict(quote_group_ids(quotes, articles).iter_rows())
    assert groups["early"] == groups["late"] == groups["variant"] == "early"
    assert groups["other"] == "other"


def test_short_quotes_group_only_with_the_same_speaker():
    quotes = _quotes(
        [
            {"quote_id": "q1", "article_id": "a", "text": "völlig inakzeptabel", "speaker": "Anna Berger"},
            {"quote_id": "q2", "article_id": "b", "text": "Völlig inakzeptabel", "speaker": "Berger"},
            {"quote_id": "q3", "article_id": "c", "text": "völlig inakzeptabel", "speaker": "Anna Berger"},
        ]
    )
    articles = _articles([("a", datetime(2024, 1, 1)), ("b", datetime(2024, 1, 2)), ("c", datetime(2024, 1, 3))])
    groups = dict(quote_group_ids(quotes, articles).iter_rows())
    assert groups == {"q1": "q1", "q2": "q2", "q3": "q1"}


def test_repeated_quote_within_one_article_is_not_a_second_printing():
    quotes = _quotes(
        [
            {"quote_id": "q1", "article_id": "a", "text": "Wir werden die Gespräche fortsetzen und nicht aufgeben", "start_char": 0},
            {"quote_id": "q2", "article_id": "a", "text": "Wir werden die Gespräche fortsetzen und nicht aufgeben", "start_char": 90},
        ]
    )
    groups = dict(quote_group_ids(quotes, _articles([("a", None)])).iter_rows())
    assert groups == {"q1": "q1", "q2": "q2"}


def test_most_mentioned_entity_wins_and_ties_go_to_the_first_named():
    quotes = _quotes(
        [
            {"quote_id": "q1", "article_id": "a", "text": "x", "speaker": "Max Roth"},
            {"quote_id": "q2", "article_id": "b", "text": "y", "speaker": "Roth"},
        ]
    )
    mentions = _mentions(
        [
            ("a", "Max Roth", "PER", "R1"), ("a", "Max Roth", "PER", "R2"), ("a", "Max Roth", "PER", "R2"),
            ("b", "Eva Roth", "PER", "E"), ("b", "Max Roth", "PER", "M"),
        ]
    )
    assert speakers_linked_to_entities(quotes, mentions)["speaker_entity_id"].to_list() == ["R2", "E"]
