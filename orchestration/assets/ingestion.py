"""Ingestion: raw files -> `raw_documents`."""


from datetime import datetime

import dagster as dg

from orchestration.checks import table_expectations_check
from orchestration.partitions import per_file_asset, source_paths_of_run
from orchestration.resources import InputFolder, Warehouse
from transforms.documents import (
    keep_first_ingestion_time,
    mark_duplicates,
    raw_documents_from_files,
    read_source_files,
)
from warehouse.publish import read_rows, replace_rows


@per_file_asset(
    group_name="ingestion",
    description="Every *.txt file of the input folder, decoded, or quarantined with the reason.",
)
def raw_documents(
    context: dg.AssetExecutionContext, input_folder: InputFolder, warehouse: Warehouse
) -> dg.MaterializeResult:
    source_paths = source_paths_of_run(context)
    documents = raw_documents_from_files(read_source_files(input_folder.root, source_paths), datetime.now())
    with warehouse.writer() as con:
        documents = keep_first_ingestion_time(documents, read_rows(con, "raw_documents", source_paths))
        documents = mark_duplicates(documents, read_rows(con, "raw_documents", where="status = 'ok'"))
        replace_rows(con, "raw_documents", documents, source_paths)
    quarantined = documents.filter(documents["status"] == "quarantined")
    for source_path, problem in quarantined.select("source_path", "problem").iter_rows():
        context.log.warning(f"quarantined {source_path}: {problem}")
    return dg.MaterializeResult(
        metadata={
            "files": documents.height,
            "ok": documents.height - quarantined.height,
            "quarantined": quarantined.height,
            "duplicates": documents["duplicate_of"].is_not_null().sum(),
        }
    )


raw_documents_check = table_expectations_check(raw_documents, "raw_documents")
