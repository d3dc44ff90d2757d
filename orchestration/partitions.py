"""One partition per raw file: new or changed files are (re)processed on their own, and a
backfill over many files runs as one run."""

import dagster as dg

source_files_partitions = dg.DynamicPartitionsDefinition(name="source_files")

single_run_backfill = dg.BackfillPolicy.single_run()
