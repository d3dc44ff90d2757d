from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from transforms.documents import (
    decode_bytes,
    keep_first_ingestion_time,
    list_source_files,
    mark_duplicates,
    partition_key_for_path,
    path_for_partition_key,
    raw_documents_from_files,
    read_source_files,
)
from transforms.schemas import RAW_DOCUMENTS

TEXT = "Außenministerin Baerbock äußerte sich „deutlich“ – über Größe und Übermaß."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.replace("„", '"').replace("“", '"').replace("–", "-").encode("latin-1"), "cp1252"),
    ],
)
def test_decodes_german_text_in_common_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.problem is None
    assert decoded.encoding == encoding
    assert "Außenministerin" in decoded.text and "Übermaß" in decoded.text


def test_repairs_mojibake_without_touching_quotation_marks() -> None:
    mojibake = TEXT.encode("utf-8").decode("cp1252").encode("utf-8")
    decoded = decode_bytes(mojibake)
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8+ftfy"


def test_normalises_line_ends_and_composed_umlauts() -> None:
    decoded = decode_bytes("Zeile eins\r\nZeile zwei\rdrei: Mu\u0308nchen".encode())
    assert decoded.text == "Zeile eins\nZeile zwei\ndrei: München"


def test_decodes_cyrillic_legacy_encoding() -> None:
    decoded = decode_bytes("Сергей Лавров заявил журналистам, что переговоры продолжатся.".encode("cp1251"))
    assert decoded.problem is None and decoded.text.startswith("Сергей Лавров")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "only whitespace"),
        (b"\x00\x01abc\x00", "NUL bytes"),
        (b"%PDF-1.4 rest of a pdf", "PDF"),
        (b"PK\x03\x04zip", "ZIP"),
    ],
)
def test_quarantine_reasons_are_specific(data: bytes, problem: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert problem in decoded.problem


@pytest.mark.parametrize(
    "path", ["plain.txt", "Ordner/mit Leerzeichen.txt", "ümlaut/äöü.txt", "a,b[1]|x%.txt", "drei...punkte.txt"]
)
def test_partition_keys_round_trip_and_avoid_dagster_separators(path: str) -> None:
    key = partition_key_for_path(path)
    assert path_for_partition_key(key) == path
    assert not any(ch in key for ch in ",[]|") and "..." not in key


def test_lists_txt_files_recursively_with_relative_posix_paths(tmp_path: Path) -> None:
    (tmp_path / "Ordner mit Ü").mkdir()
    (tmp_path / "Ordner mit Ü" / "Artikel eins.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("yy", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("z", encoding="utf-8")
    files = list_source_files(tmp_path)
    assert files["source_path"].to_list() == ["Ordner mit Ü/Artikel eins.txt", "b.txt"]
    assert files["n_bytes"].to_list() == [1, 2]


def test_unreadable_file_becomes_a_quarantined_row(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("Ein Satz mit Inhalt.", encoding="utf-8")
    documents = raw_documents_from_files(read_source_files(tmp_path, ["here.txt", "gone.txt"]), datetime(2024, 1, 1))
    assert documents.schema == pl.Schema(RAW_DOCUMENTS)
    gone = documents.filter(pl.col("source_path") == "gone.txt").row(0, named=True)
    assert gone["status"] == "quarantined"
    assert "no longer exists" in gone["problem"]
    assert documents.filter(pl.col("source_path") == "here.txt")["status"].item() == "ok"


def _documents(paths_and_texts: dict[str, str]) -> pl.DataFrame:
    files = pl.DataFrame(
        {
            "source_path": list(paths_and_texts),
            "content": [text.encode() for text in paths_and_texts.values()],
            "read_error": [None] * len(paths_and_texts),
        },
        schema={"source_path": pl.String, "content": pl.Binary, "read_error": pl.String},
    )
    return raw_documents_from_files(files, datetime(2024, 1, 1))


def test_byte_identical_copy_points_to_the_file_with_the_smallest_path() -> None:
    documents = _documents({"b/copy.txt": "Gleicher Text.", "a/original.txt": "Gleicher Text.", "c.txt": "Anderer."})
    marked = mark_duplicates(documents, documents.clear())
    original_id = marked.filter(pl.col("source_path") == "a/original.txt")["document_id"].item()
    assert dict(marked.select("source_path", "duplicate_of").iter_rows()) == {
        "b/copy.txt": original_id,
        "a/original.txt": None,
        "c.txt": None,
    }


def test_duplicate_marking_does_not_depend_on_arrival_order() -> None:
    everything = _documents({"a.txt": "Gleicher Text.", "z.txt": "Gleicher Text."})
    first_z = mark_duplicates(everything.filter(pl.col("source_path") == "z.txt"), everything.clear())
    then_a = mark_duplicates(everything.filter(pl.col("source_path") == "a.txt"), first_z)
    assert then_a["duplicate_of"].to_list() == [None]
    rerun_z = mark_duplicates(first_z, then_a)
    assert rerun_z["duplicate_of"].to_list() == then_a["document_id"].to_list()


def test_unchanged_file_keeps_its_first_ingestion_time() -> None:
    before = _documents({"a.txt": "Text."}).with_columns(pl.lit(datetime(2020, 5, 1)).alias("ingested_at"))
    again = _documents({"a.txt": "Text."})
    changed = _documents({"a.txt": "Neuer Text."})
    assert keep_first_ingestion_time(again, before)["ingested_at"].to_list() == [datetime(2020, 5, 1)]
    assert keep_first_ingestion_time(changed, before)["ingested_at"].to_list() == [datetime(2024, 1, 1)]
