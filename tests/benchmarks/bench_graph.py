"""Benchmark: the whole graph on the 1,028 derStandard articles of 10kGNAD-test.csv.

Run:  python -m tests.benchmarks.bench_graph [--limit N] [--keep DIR]

Writes each article as a .txt file into a temporary input folder, then
1. times the per-file transforms directly (ingest -> articles -> story ids), after start-up, and
2. materialises the full Dagster graph in-process into a temporary DuckDB file, timing each step.
Prints articles/s per stage and the peak resident memory. Target (issue #2): ingest + articles
>= 500 articles/s after start-up. Not collected by the default test run.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT.parent / "shared" / "data" / "corpus" / "10kGNAD-test.csv"
TARGET_INGEST_AND_ARTICLES = 500.0


def write_corpus_as_files(corpus: Path, folder: Path, limit: int | None) -> int:
    """10kGNAD CSV (label;'text') -> one UTF-8 .txt file per article under folder/<label>/."""
    with corpus.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))[:limit]
    for number, (label, text) in enumerate(rows):
        (folder / label).mkdir(parents=True, exist_ok=True)
        (folder / label / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    return len(rows)


def peak_memory_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_transforms(folder: Path) -> dict[str, float]:
    """Seconds spent in each per-file transform over the whole folder, in one process."""
    import polars as pl

    from transforms.articles import articles_from_documents, line_document_counts
    from transforms.documents import list_source_files, mark_duplicates, raw_documents_from_files, read_source_files
    from transforms.stories import articles_with_story_ids

    timings: dict[str, float] = {}
    started = time.perf_counter()
    paths = list_source_files(folder)["source_path"].to_list()
    documents = raw_documents_from_files(read_source_files(folder, paths), datetime.now())
    documents = mark_duplicates(documents, documents.clear())
    timings["ingest"] = time.perf_counter() - started

    started = time.perf_counter()
    sources = documents.filter((pl.col("status") == "ok") & pl.col("duplicate_of").is_null())
    articles, _ = articles_from_documents(sources, line_document_counts(sources))
    timings["articles"] = time.perf_counter() - started

    started = time.perf_counter()
    known = pl.DataFrame(schema={"article_id": pl.String, "source_path": pl.String, "n_shingles": pl.Int64,
                                 "minhash": pl.List(pl.UInt64), "story_id": pl.String})
    articles, _ = articles_with_story_ids(articles, known)
    timings["story ids"] = time.perf_counter() - started

    from transforms.entities import entity_mentions_from_articles
    from transforms.events import events_from_articles
    from transforms.quote_links import quote_group_ids, speakers_linked_to_entities
    from transforms.quotes import quotes_from_articles

    started = time.perf_counter()
    mentions = entity_mentions_from_articles(articles)
    timings["entity mentions (model loaded once)"] = time.perf_counter() - started
    started = time.perf_counter()
    quotes = speakers_linked_to_entities(quotes_from_articles(articles), mentions)
    timings["quotes with speaker links"] = time.perf_counter() - started
    started = time.perf_counter()
    quote_group_ids(quotes, articles)
    timings["quote groups"] = time.perf_counter() - started
    started = time.perf_counter()
    events_from_articles(articles, mentions)
    timings["events (dates, places, participants, merging)"] = time.perf_counter() - started
    return timings


def time_graph(folder: Path, db_file: Path) -> dict[str, float]:
    """Seconds per Dagster step when the whole graph is materialised in-process."""
    import dagster as dg
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    from orchestration.definitions import ASSET_MODULES
    from orchestration.partitions import source_files_partitions
    from orchestration.resources import InputFolder, Warehouse
    from transforms.documents import list_source_files, partition_key_for_path

    assets = [*dg.load_assets_from_modules(ASSET_MODULES), *dg.load_asset_checks_from_modules(ASSET_MODULES)]
    resources = {"input_folder": InputFolder(path=str(folder)), "warehouse": Warehouse(database=str(db_file))}
    keys = [partition_key_for_path(p) for p in list_source_files(folder)["source_path"]]
    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    durations: dict[str, float] = {}
    with dg.DagsterInstance.ephemeral() as instance:  # as `pressespiegel run` does
        instance.add_dynamic_partitions(source_files_partitions.name, keys)
        started = time.perf_counter()
        results = [
            dg.materialize(
                assets, selection=["raw_documents", "articles", "entity_mentions", "quotes"], resources=resources,
                instance=instance, run_config=quiet,
                tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
            ),
            dg.materialize(
                assets, selection=["stories", "entities", "quote_groups", "events", "event_mentions", "event_participants"],
                resources=resources, instance=instance, run_config=quiet,
            ),
        ]
        durations["whole graph (wall, incl. checks and Dagster overhead)"] = time.perf_counter() - started
    for result in results:
        for event in result.all_events:
            if event.is_step_success:
                durations[f"step {event.step_key}"] = event.event_specific_data.duration_ms / 1000
    return durations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--keep", type=Path, default=None, help="write the input files and DuckDB file here")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS} (see ../shared/data/README.md)")
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.keep or Path(scratch)
        folder, db_file = workdir / "input", workdir / "bench.duckdb"
        n_articles = write_corpus_as_files(CORPUS, folder, args.limit)
        print(f"{n_articles} articles from {CORPUS.name}\n")

        transforms = time_transforms(folder)
        print(f"{'transform (in-process, after start-up)':55s} {'seconds':>8s} {'articles/s':>11s}")
        for stage, seconds in transforms.items():
            print(f"{stage:55s} {seconds:8.2f} {n_articles / seconds:11.0f}")
        ingest_and_articles = n_articles / (transforms["ingest"] + transforms["articles"])
        verdict = "meets" if ingest_and_articles >= TARGET_INGEST_AND_ARTICLES else "MISSES"
        print(f"{'ingest + articles':55s} {'':8s} {ingest_and_articles:11.0f}  ({verdict} target {TARGET_INGEST_AND_ARTICLES:.0f}/s)")

        print()
        graph = time_graph(folder, db_file)
        for stage, seconds in graph.items():
            print(f"{stage:55s} {seconds:8.2f} {n_articles / seconds:11.0f}")
        print(f"\npeak resident memory: {peak_memory_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
