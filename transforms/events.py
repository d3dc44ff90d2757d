"""Events: dated talks, meetings and calls, merged across the articles that report them."""

from __future__ import annotations

import polars as pl

from transforms.schemas import EVENT_MENTIONS, EVENT_PARTICIPANTS, EVENTS, empty_frame


def events_from_articles(
    articles: pl.DataFrame, entity_mentions: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """articles + entity_mentions -> (events, event_mentions, event_participants).

    The temporal tagger and event extractor are not built yet (issue #5): no rows until then.
    """
    return empty_frame(EVENTS), empty_frame(EVENT_MENTIONS), empty_frame(EVENT_PARTICIPANTS)
