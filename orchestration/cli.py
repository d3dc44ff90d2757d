"""The `pressespiegel` command: run the whole graph, query the warehouse, open the Dagster UI."""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import warnings
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import polars as pl

from orchestration.settings import DB_ENV, INPUT_ENV, db_path, input_dir
from orchestration.tables import format_frame
from warehouse.connection import WarehouseNotFoundError, read_only_connection

QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
# Extractors with an evaluation module transforms/evaluation/<name>.py.
EXTRACTORS = ["articles", "ner", "quotes", "temporal", "events"]
SUMMARY_TABLES = [
    "raw_documents",
    "articles",
    "stories",
    "entities",
    "entity_mentions",
    "quotes",
    "events",
    "event_mentions",
    "event_participants",
    "quarantine",
]


@dataclass(frozen=True)
class CheckOutcome:
    """One asset check's evaluation in a run."""

    name: str
    passed: bool
    severity: str
    failures: str


def _apply_location_options(args: argparse.Namespace) -> None:
    # The options become the environment variables, so definitions loaded later see the same paths.
    if getattr(args, "input", None):
        os.environ[INPUT_ENV] = str(Path(args.input).expanduser().resolve())
    if getattr(args, "db", None):
        os.environ[DB_ENV] = str(Path(args.db).expanduser().resolve())


def run_graph() -> tuple[list[CheckOutcome], list[str]]:
    """Materialise every asset for every file of the input folder -> (check outcomes, failed steps)."""
    warnings.filterwarnings("ignore")
    import dagster as dg
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    from orchestration.definitions import build_definitions
    from orchestration.partitions import source_files_partitions
    from transforms.documents import list_source_files, partition_key_for_path

    defs = build_definitions()
    keys = [partition_key_for_path(path) for path in list_source_files(input_dir())["source_path"]]
    outcomes: list[CheckOutcome] = []
    failed_steps: list[str] = []
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(source_files_partitions.name, keys)
        runs = []
        if keys:
            runs.append(
                defs.resolve_job_def("extract_files").execute_in_process(
                    instance=instance,
                    run_config=QUIET_RUN_CONFIG,
                    raise_on_error=False,
                    tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
                )
            )
        runs.append(
            defs.resolve_job_def("build_warehouse").execute_in_process(
                instance=instance, run_config=QUIET_RUN_CONFIG, raise_on_error=False
            )
        )
        for result in runs:
            failed_steps += [event.step_key for event in result.all_events if event.is_step_failure]
            for evaluation in result.get_asset_check_evaluations():
                failures = evaluation.metadata.get("failures")
                outcomes.append(
                    CheckOutcome(
                        name=evaluation.check_name,
                        passed=evaluation.passed,
                        severity=evaluation.severity.value,
                        failures=failures.value if failures is not None and not evaluation.passed else "",
                    )
                )
    return outcomes, failed_steps


def warehouse_summary(database: Path) -> pl.DataFrame:
    """Row counts of the contract tables in the warehouse file."""
    with read_only_connection(database) as con:
        counts = [(table, con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in SUMMARY_TABLES]
    return pl.DataFrame(counts, schema={"table": pl.String, "rows": pl.Int64}, orient="row")


def command_run(args: argparse.Namespace) -> int:
    _apply_location_options(args)
    source, database = input_dir(), db_path()
    if not source.is_dir():
        print(f"error: input folder {source} does not exist", file=sys.stderr)
        return 2
    print(f"input:     {source}\nwarehouse: {database}\n")
    outcomes, failed_steps = run_graph()
    print(format_frame(warehouse_summary(database)))
    checks = pl.DataFrame(
        [(o.name, "passed" if o.passed else f"FAILED ({o.severity.lower()})") for o in outcomes],
        schema={"check": pl.String, "result": pl.String},
        orient="row",
    )
    print()
    print(format_frame(checks))
    for outcome in outcomes:
        if not outcome.passed:
            print(f"\n{outcome.name}:\n{outcome.failures}")
    blocking_failures = [o for o in outcomes if not o.passed and o.severity == "ERROR"]
    if failed_steps:
        print(f"\nfailed steps: {', '.join(failed_steps)}", file=sys.stderr)
    return 1 if blocking_failures or failed_steps else 0


def command_sql(args: argparse.Namespace) -> int:
    _apply_location_options(args)
    import duckdb

    try:
        with read_only_connection(db_path()) as con:
            frame = con.execute(args.query).pl()
    except WarehouseNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_frame(frame, args.format))
    return 0


def dagster_home() -> Path:
    """$DAGSTER_HOME, else a folder beside the warehouse; holds the instance settings (one DuckDB slot)."""
    home = Path(os.environ.get("DAGSTER_HOME") or db_path().parent / "dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    settings = home / "dagster.yaml"
    if not settings.exists():
        settings.write_text(files("orchestration").joinpath("dagster.yaml").read_text(encoding="utf-8"))
    return home


def command_ui(args: argparse.Namespace) -> int:
    _apply_location_options(args)
    env = {**os.environ, INPUT_ENV: str(input_dir()), DB_ENV: str(db_path()), "DAGSTER_HOME": str(dagster_home())}
    dagster = shutil.which("dagster") or "dagster"
    command = [dagster, "dev", "-m", "orchestration.definitions", "-h", args.host, "-p", str(args.port)]
    return subprocess.call(command, env=env)


def command_evaluate(args: argparse.Namespace) -> int:
    evaluation = importlib.import_module(f"transforms.evaluation.{args.extractor}")
    return evaluation.main(args.options)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressespiegel", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    location = argparse.ArgumentParser(add_help=False)
    location.add_argument("--db", help=f"DuckDB file (default: ${DB_ENV} or data/pressespiegel.duckdb)")

    run = commands.add_parser("run", parents=[location], help="materialise the whole graph over the input folder")
    run.add_argument("--input", help=f"folder of raw *.txt articles (default: ${INPUT_ENV} or seeds/)")
    run.set_defaults(handler=command_run)

    sql = commands.add_parser("sql", parents=[location], help="run read-only SQL against the warehouse")
    sql.add_argument("query")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.set_defaults(handler=command_sql)

    ui = commands.add_parser("ui", parents=[location], help="start the Dagster UI on the same definitions")
    ui.add_argument("--input", help=f"folder of raw *.txt articles (default: ${INPUT_ENV} or seeds/)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(handler=command_ui)

    evaluate = commands.add_parser("evaluate", help="score an extractor against hand-checked or public gold data")
    evaluate.add_argument("extractor", choices=EXTRACTORS)
    evaluate.add_argument("options", nargs=argparse.REMAINDER, help="passed on to the evaluation")
    evaluate.set_defaults(handler=command_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `pressespiegel` console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # `pressespiegel sql … | head` closed the pipe early: not an error for the user.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
