import json
import os
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration.partitions import source_files_partitions
from orchestration.sensors import input_folder_sensor
from orchestration.settings import INPUT_ENV


@pytest.fixture
def input_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "eingang"
    folder.mkdir()
    monkeypatch.setenv(INPUT_ENV, str(folder))
    return folder


def evaluate(instance: dg.DagsterInstance, cursor: str | None) -> dg.SensorResult | dg.SkipReason:
    context = dg.build_sensor_context(instance=instance, cursor=cursor)
    return input_folder_sensor(context)


def test_new_files_become_partitions_and_one_ranged_run(input_dir: Path) -> None:
    (input_dir / "a.txt").write_text("Erster Artikel.", encoding="utf-8")
    (input_dir / "b c.txt").write_text("Zweiter Artikel.", encoding="utf-8")
    with dg.instance_for_test() as instance:
        result = evaluate(instance, None)
        assert result.dynamic_partitions_requests[0].partition_keys == ["a.txt", "b c.txt"]
        (run,) = result.run_requests
        assert run.tags[ASSET_PARTITION_RANGE_START_TAG] == "a.txt"
        assert run.tags[ASSET_PARTITION_RANGE_END_TAG] == "b c.txt"
        assert set(json.loads(result.cursor)) == {"a.txt", "b c.txt"}


def test_changed_and_removed_files_are_rerun_one_by_one_and_unchanged_skipped(input_dir: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (input_dir / name).write_text(f"Artikel {name}.", encoding="utf-8")
    with dg.instance_for_test() as instance:
        first = evaluate(instance, None)
        instance.add_dynamic_partitions(source_files_partitions.name, first.dynamic_partitions_requests[0].partition_keys)
        assert isinstance(evaluate(instance, first.cursor), dg.SkipReason)

        (input_dir / "a.txt").write_text("Artikel a, korrigiert und länger.", encoding="utf-8")
        stat = (input_dir / "a.txt").stat()
        os.utime(input_dir / "a.txt", (stat.st_atime, stat.st_mtime + 10))
        (input_dir / "c.txt").unlink()
        second = evaluate(instance, first.cursor)
        assert sorted(run.partition_key for run in second.run_requests) == ["a.txt", "c.txt"]
        assert second.dynamic_partitions_requests == []
