"""Schedules: a nightly reprocessing of every file, so improved extractors reach old articles."""


import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration.jobs import build_warehouse_job, extract_files_job
from orchestration.partitions import source_files_partitions


@dg.schedule(job=extract_files_job, cron_schedule="0 3 * * *", execution_timezone="Europe/Berlin")
def nightly_reprocessing_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    """All known files in one single run; new files arrive through input_folder_sensor."""
    keys = source_files_partitions.get_partition_keys(dynamic_partitions_store=context.instance)
    if not keys:
        return dg.SkipReason("no files registered yet: input_folder_sensor adds them")
    return dg.RunRequest(
        run_key=f"nightly:{context.scheduled_execution_time:%Y-%m-%d}",
        tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
    )


nightly_warehouse_schedule = dg.ScheduleDefinition(
    job=build_warehouse_job,
    cron_schedule="30 4 * * *",
    execution_timezone="Europe/Berlin",
    description="Rebuild stories, entities and events after the nightly reprocessing.",
)
