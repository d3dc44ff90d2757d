"""Events: `articles` + `entity_mentions` -> `events`, `event_mentions`, `event_participants`."""


import dagster as dg

from orchestration.assets.articles import articles
from orchestration.assets.entities import entities, entity_mentions
from orchestration.checks import table_expectations_check
from orchestration.resources import WAREHOUSE_POOL, Warehouse
from transforms.events import events_from_articles
from warehouse.publish import read_rows, replace_rows

EVENT_TABLES = ("events", "event_mentions", "event_participants")


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            table,
            # Participants and places link to entities, so events follow the entities rebuild.
            deps=[articles, entity_mentions, entities],
            group_name="events",
            kinds={"duckdb", "polars"},
            automation_condition=dg.AutomationCondition.eager(),
        )
        for table in EVENT_TABLES
    ],
    pool=WAREHOUSE_POOL,
    description="Dated talks, meetings and calls, merged across the articles that report them.",
)
def events(warehouse: Warehouse):
    with warehouse.writer() as con:
        tables = events_from_articles(read_rows(con, "articles"), read_rows(con, "entity_mentions"))
        for table, frame in zip(EVENT_TABLES, tables, strict=True):
            replace_rows(con, table, frame)
    for table, frame in zip(EVENT_TABLES, tables, strict=True):
        yield dg.MaterializeResult(asset_key=table, metadata={"rows": frame.height})


events_checks = [table_expectations_check(dg.AssetKey(table), table) for table in EVENT_TABLES]
