"""Sensors: notice new, changed and removed files in the input folder and request their runs."""


import json

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration.jobs import extract_files_job
from orchestration.partitions import source_files_partitions
from orchestration.settings import input_dir
from transforms.documents import list_source_files, partition_key_for_path


def file_versions() -> dict[str, str]:
    """Partition key -> a cheap version stamp (size and modification time) for every input file."""
    files = list_source_files(input_dir())
    return {
        partition_key_for_path(path): f"{n_bytes}:{modified_at.isoformat()}"
        for path, n_bytes, modified_at in files.select("source_path", "n_bytes", "modified_at").iter_rows()
    }


@dg.sensor(
    job=extract_files_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="New files become partitions and are extracted in one run; changed and removed files are re-run.",
)
def input_folder_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    current = file_versions()
    known_keys = set(source_files_partitions.get_partition_keys(dynamic_partitions_store=context.instance))
    new_keys = sorted(key for key in current if key not in known_keys)
    changed_keys = sorted(key for key in current if key in known_keys and seen.get(key) != current[key])
    # A removed file is re-run once: its partition then records that the file is gone.
    removed_keys = sorted(key for key in seen if key not in current and key in known_keys)
    if not (new_keys or changed_keys or removed_keys):
        return dg.SkipReason(f"no new, changed or removed files among {len(current)}")

    run_requests = [
        dg.RunRequest(partition_key=key, run_key=f"{key}@{current.get(key, 'removed')}")
        for key in changed_keys + removed_keys
    ]
    if new_keys:
        # Keys added together are contiguous, so one ranged run extracts all new files.
        run_requests.append(
            dg.RunRequest(
                run_key=f"new:{new_keys[0]}..{new_keys[-1]}:{len(new_keys)}",
                tags={ASSET_PARTITION_RANGE_START_TAG: new_keys[0], ASSET_PARTITION_RANGE_END_TAG: new_keys[-1]},
            )
        )
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=[source_files_partitions.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(current),
    )
