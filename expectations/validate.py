"""Run a table's expectation suite on a Polars frame and summarise the outcome."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import polars as pl

MAX_FAILING_IDS = 20


@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation's result: what it expected, how severe, which rows failed it."""

    expectation: str
    column: str
    severity: str
    success: bool
    n_unexpected: int
    failing_rows: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ValidationReport:
    """All outcomes of one suite on one table."""

    table: str
    n_rows: int
    outcomes: list[ExpectationOutcome]

    @property
    def errors(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity == "error"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity != "error"]


def _row_label(row: dict, id_columns: list[str]) -> str:
    return " / ".join(str(row.get(column)) for column in id_columns)


def validate(table: str, frame: pl.DataFrame) -> ValidationReport:
    """Table name + its validation frame -> the suite's outcomes with failing row ids."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    from expectations.suites import ROW_IDS, SUITES

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    batch = (
        context.data_sources.add_pandas(f"{table}_source")
        .add_dataframe_asset(table)
        .add_batch_definition_whole_dataframe("whole_table")
        .get_batch(batch_parameters={"dataframe": frame.to_pandas()})
    )
    id_columns = ROW_IDS[table]
    result = batch.validate(
        SUITES[table](),
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": id_columns},
    )
    outcomes = []
    for expectation_result in result.results:
        config = expectation_result.expectation_config
        kwargs = config.kwargs
        column = kwargs.get("column") or ",".join(
            str(kwargs[k]) for k in ("column_A", "column_B", "column_list") if k in kwargs
        )
        details = expectation_result.result or {}
        unexpected_rows = details.get("unexpected_index_list") or []
        outcomes.append(
            ExpectationOutcome(
                expectation=config.type,
                column=column,
                severity=(config.meta or {}).get("severity", "error"),
                success=bool(expectation_result.success),
                n_unexpected=int(details.get("unexpected_count") or 0),
                failing_rows=[
                    _row_label(row, id_columns) if isinstance(row, dict) else str(row)
                    for row in unexpected_rows[:MAX_FAILING_IDS]
                ],
            )
        )
    return ValidationReport(table=table, n_rows=frame.height, outcomes=outcomes)
