"""Printing query results for people and scripts: an aligned text table, CSV or JSON."""

from __future__ import annotations

import json

import polars as pl

MAX_CELL_CHARS = 80


def _cell(value: object) -> str:
    if value is None:
        return "NULL"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def format_frame(frame: pl.DataFrame, fmt: str = "table") -> str:
    """A result frame + 'table' | 'csv' | 'json' -> the text to print."""
    if fmt == "json":
        return json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=1)
    if fmt == "csv":
        flat = frame.with_columns(
            pl.col(name).cast(pl.List(pl.String)).list.join("|")
            for name, dtype in frame.schema.items()
            if isinstance(dtype, pl.List)
        )
        return flat.write_csv().rstrip("\n")
    rows = [[_cell(value) for value in row] for row in frame.iter_rows()]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(frame.columns)]
    numeric = [dtype.is_numeric() for dtype in frame.dtypes]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.rjust(width) if is_number else cell.ljust(width)
            for cell, width, is_number in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    header = line(list(frame.columns))
    rule = "  ".join("-" * width for width in widths)
    footer = f"({frame.height} row{'s' if frame.height != 1 else ''})"
    return "\n".join([header, rule, *[line(row) for row in rows], footer])
