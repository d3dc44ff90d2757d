"""Jobs: per-file extraction (partitioned) and the warehouse-wide tables built from it."""

import dagster as dg

from orchestration.partitions import source_files_partitions

PER_FILE_GROUPS = ("ingestion", "articles", "entities", "quotes")

per_file_assets = dg.AssetSelection.groups(*PER_FILE_GROUPS).required_multi_asset_neighbors() - dg.AssetSelection.keys(
    "stories", "entities", "quote_groups"
)
warehouse_wide_assets = dg.AssetSelection.all() - per_file_assets

extract_files_job = dg.define_asset_job(
    "extract_files",
    selection=per_file_assets,
    partitions_def=source_files_partitions,
    description="Ingest files and extract articles, entity mentions and quotes for the selected files.",
)

build_warehouse_job = dg.define_asset_job(
    "build_warehouse",
    selection=warehouse_wide_assets,
    description="Rebuild what spans all articles: stories, entities, quote groups, events.",
)
