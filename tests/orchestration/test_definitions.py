import dagster as dg

from orchestration.definitions import defs
from transforms.schemas import TABLES


def test_definitions_load_with_jobs_schedules_and_sensors() -> None:
    assert {job.name for job in defs.resolve_all_job_defs()} >= {"extract_files", "build_warehouse"}
    assert defs.resolve_schedule_def("nightly_reprocessing_schedule")
    assert defs.resolve_sensor_def("input_folder_sensor")


def test_every_contract_table_is_an_asset_with_a_blocking_check() -> None:
    asset_graph = defs.resolve_asset_graph()
    contract = set(TABLES) - {"article_rejects"}
    assert contract <= {key.to_user_string() for key in asset_graph.get_all_asset_keys()}
    checks = {(key.asset_key.to_user_string(), key.name) for key in asset_graph.asset_check_keys}
    for table in contract:
        assert (table, f"{table}_expectations") in checks, table
    # Mentions are linked to entities only once the warehouse-wide entities table is rebuilt.
    assert ("entities", "entity_mention_links_expectations") in checks
    assert all(isinstance(node, dg.AssetsDefinition) for node in defs.assets)
