"""The Dagster definitions of Pressespiegel, assembled in one place: `dagster dev` and
`pressespiegel ui` load `defs` from here."""

import dagster as dg

from orchestration.assets import articles, entities, events, ingestion, quotes
from orchestration.jobs import build_warehouse_job, extract_files_job
from orchestration.resources import resources_for_environment
from orchestration.schedules import nightly_reprocessing_schedule, nightly_warehouse_schedule
from orchestration.sensors import input_folder_sensor

ASSET_MODULES = [ingestion, articles, entities, quotes, events]


def build_definitions() -> dg.Definitions:
    """Definitions bound to the resources of the current environment (PRESSESPIEGEL_INPUT / _DB)."""
    return dg.Definitions(
        assets=dg.load_assets_from_modules(ASSET_MODULES),
        asset_checks=dg.load_asset_checks_from_modules(ASSET_MODULES),
        jobs=[extract_files_job, build_warehouse_job],
        schedules=[nightly_reprocessing_schedule, nightly_warehouse_schedule],
        sensors=[
            input_folder_sensor,
            dg.AutomationConditionSensorDefinition(
                "warehouse_wide_automation",
                target=dg.AssetSelection.all(),
                default_status=dg.DefaultSensorStatus.RUNNING,
                description="Rebuilds stories, entities, quote groups and events after their per-file inputs change.",
            ),
        ],
        resources=resources_for_environment(),
        # Steps share one DuckDB file and run one at a time anyway (the pool has one slot), so a
        # process per step would only add start-up time.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
