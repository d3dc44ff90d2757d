"""The one way a warehouse table is checked: its Great Expectations suite, as a Dagster asset check.

Asset modules call `table_expectations_check` beside the asset that writes the table.
"""


import dagster as dg

from expectations import ValidationReport, validate
from orchestration.resources import WAREHOUSE_POOL, Warehouse
from warehouse.validation import validation_frame


def check_result(report: ValidationReport) -> dg.AssetCheckResult:
    """A suite's report -> a check result: failed errors block downstream, failed warnings are reported."""
    failed = report.errors + report.warnings
    lines = ["| severity | expectation | column | failing rows | examples |", "| --- | --- | --- | --- | --- |"]
    lines += [
        f"| {o.severity} | {o.expectation} | {o.column} | {o.n_unexpected} | {', '.join(o.failing_rows) or '-'} |"
        for o in failed
    ]
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR if report.errors else dg.AssetCheckSeverity.WARN,
        metadata={
            "rows": report.n_rows,
            "expectations": len(report.outcomes),
            "failed_errors": len(report.errors),
            "failed_warnings": len(report.warnings),
            "failures": dg.MetadataValue.md("\n".join(lines) if failed else "all expectations met"),
        },
    )


def table_expectations_check(asset: dg.AssetsDefinition | dg.AssetKey, table: str) -> dg.AssetChecksDefinition:
    """Asset + the suite to run after it (named after the table it validates) -> a blocking check."""

    @dg.asset_check(
        asset=asset,
        name=f"{table}_expectations",
        description=f"Great Expectations suite `{table}` (expectations/suites.py, warehouse/validation.py).",
        blocking=True,
        pool=WAREHOUSE_POOL,
    )
    def _check(warehouse: Warehouse) -> dg.AssetCheckResult:
        with warehouse.writer() as con:
            frame = validation_frame(con, table)
        return check_result(validate(table, frame))

    return _check
