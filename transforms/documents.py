"""Raw files -> `raw_documents` rows: robust decoding, content identity and quarantine reasons."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, unquote

import charset_normalizer
import ftfy
import polars as pl

from transforms.schemas import RAW_DOCUMENTS, conform

# A news article is a few kilobytes; anything this large is a dump or a mistake, not one article.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

# Magic numbers of formats that are sometimes saved with a .txt name by scrapers.
_BINARY_SIGNATURES: dict[bytes, str] = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}

_BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# Legacy encodings German news files come in, besides UTF-8: Western and Central European,
# and Cyrillic for the Russian-language fragments scrapers pick up.
_LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5"]
_WESTERN_LOOKALIKES = {"cp1250", "iso8859_2", "iso8859_15", "latin_1", "mac_roman", "mac_latin2"}

# C0 controls and DEL other than tab, line feed, form feed and carriage return.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# UTF-8 read as cp1252 or latin-1: a lead byte (0xC2-0xF4) followed by a continuation byte (0x80-0xBF).
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
_MOJIBAKE_HINT = re.compile(
    "[{}][{}]".format(
        re.escape(bytes(range(0xC2, 0xF5)).decode("latin-1")),
        re.escape(_CONTINUATION_BYTES.decode("latin-1") + _CONTINUATION_BYTES.decode("cp1252", errors="ignore")),
    )
)

# Characters Dagster's partition UI treats as separators or ranges; percent-encoded in keys.
_PARTITION_KEY_UNSAFE = {",", "[", "]", "|", "%", "\n", "\r", "\t"}


@dataclass(frozen=True)
class DecodedText:
    """The outcome of decoding one file: text and encoding, or the reason it is not text."""

    text: str | None
    encoding: str | None
    problem: str | None


def partition_key_for_path(source_path: str) -> str:
    """Relative source path -> the Dagster partition key naming that file (reversible)."""
    key = "".join(quote(ch, safe="") if ch in _PARTITION_KEY_UNSAFE else ch for ch in source_path)
    # "..." marks a key range in Dagster's UI.
    return key.replace("...", ".%2E.")


def path_for_partition_key(partition_key: str) -> str:
    """Dagster partition key -> the relative source path it names."""
    return unquote(partition_key)


def list_source_files(input_dir: Path) -> pl.DataFrame:
    """Input folder -> one row per *.txt file below it: source_path (relative, '/'-separated), n_bytes, modified_at."""
    rows = []
    for path in sorted(input_dir.rglob("*.txt")):
        if not path.is_file():
            continue
        stat = path.stat()
        rows.append(
            {
                "source_path": path.relative_to(input_dir).as_posix(),
                "n_bytes": stat.st_size,
                "modified_at": datetime.fromtimestamp(stat.st_mtime),
            }
        )
    return pl.DataFrame(
        rows, schema={"source_path": pl.String, "n_bytes": pl.Int64, "modified_at": pl.Datetime("us")}
    )


def read_source_files(input_dir: Path, source_paths: list[str]) -> pl.DataFrame:
    """Input folder + relative paths -> source_path, content (bytes, NULL if unreadable), read_error."""
    rows = []
    for source_path in source_paths:
        try:
            content, error = (input_dir / source_path).read_bytes(), None
        except FileNotFoundError:
            content, error = None, "file no longer exists in the input folder"
        except OSError as exc:  # a vanished or unreadable file is quarantined, not fatal
            content, error = None, f"file could not be read: {exc.strerror or exc}"
        rows.append({"source_path": source_path, "content": content, "read_error": error})
    return pl.DataFrame(
        rows, schema={"source_path": pl.String, "content": pl.Binary, "read_error": pl.String}
    )


def _looks_binary(data: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return f"binary file ({kind}), not text"
    if b"\x00" in data:
        return "binary content (contains NUL bytes), not text"
    return None


def _control_character_share(text: str) -> float:
    return len(_CONTROL_CHARACTERS.findall(text)) / max(len(text), 1)


def decode_bytes(data: bytes) -> DecodedText:
    """File bytes -> decoded, normalised text (NFC, '\\n' line ends, mojibake repaired) or the problem."""
    if not data:
        return DecodedText(None, None, "empty file (0 bytes)")
    if len(data) > MAX_DOCUMENT_BYTES:
        return DecodedText(
            None, None, f"file too large for one article ({len(data):,} bytes > {MAX_DOCUMENT_BYTES:,})"
        )

    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        binary = _looks_binary(data)
        if binary:
            return DecodedText(None, None, binary)
    try:
        text = data.decode(encoding or "utf-8")
        encoding = encoding or "utf-8"
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
        if guess is None:
            return DecodedText(None, None, "not decodable as text in any known encoding")
        encoding, text = guess.encoding, str(guess)
        if encoding in _WESTERN_LOOKALIKES:
            # German text decodes identically in these; cp1252 is what German Windows tools write.
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass

    # fix_encoding repairs only mojibake (quotes and dashes stay as written); it is slow, so only
    # texts showing a UTF-8 lead byte read as cp1252/latin-1 go through it.
    if _MOJIBAKE_HINT.search(text):
        repaired = ftfy.fix_encoding(text)
        if repaired != text:
            text, encoding = repaired, f"{encoding}+ftfy"
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    if not text.strip():
        return DecodedText(None, encoding, "no text: the file holds only whitespace")
    if _control_character_share(text) > 0.01:
        return DecodedText(None, encoding, "binary content (many control characters), not text")
    return DecodedText(text, encoding, None)


def _document_id(source_path: str, sha256: str) -> str:
    # One id per version of one file; byte-identical copies elsewhere share sha256, not the id.
    return hashlib.sha256(f"{source_path}\0{sha256}".encode()).hexdigest()[:16]


def raw_documents_from_files(files: pl.DataFrame, ingested_at: datetime) -> pl.DataFrame:
    """Files read (source_path, content, read_error) -> raw_documents rows, ok or quarantined with the reason."""
    rows = []
    for source_path, content, read_error in files.select("source_path", "content", "read_error").iter_rows():
        data = content or b""
        sha256 = hashlib.sha256(data).hexdigest()
        try:
            decoded = DecodedText(None, None, read_error) if read_error else decode_bytes(data)
        except Exception as exc:  # one undecodable file must not stop the others
            decoded = DecodedText(None, None, f"decoding failed: {type(exc).__name__}: {exc}")
        rows.append(
            {
                "document_id": _document_id(source_path, sha256),
                "source_path": source_path,
                "sha256": sha256,
                "n_bytes": len(data),
                "raw_text": decoded.text,
                "encoding": decoded.encoding,
                "ingested_at": ingested_at,
                "status": "quarantined" if decoded.problem else "ok",
                "problem": decoded.problem,
                "duplicate_of": None,
            }
        )
    return conform(pl.DataFrame(rows, schema=RAW_DOCUMENTS), RAW_DOCUMENTS)


def mark_duplicates(documents: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """New raw_documents + known ones (source_path, sha256, document_id) -> new rows with duplicate_of set.

    Of byte-identical ok files, the one with the smallest source_path yields the article, whichever
    was ingested first, so the outcome does not depend on the order files arrived in.
    """
    ok = documents.filter(pl.col("status") == "ok").select("source_path", "sha256", "document_id")
    others = known.select("source_path", "sha256", "document_id").filter(
        ~pl.col("source_path").is_in(documents["source_path"].implode())
    )
    canonical = (
        pl.concat([ok, others])
        .sort("source_path")
        .group_by("sha256", maintain_order=True)
        .agg(pl.col("document_id").first().alias("canonical_id"))
    )
    return (
        documents.join(canonical, on="sha256", how="left")
        .with_columns(
            pl.when((pl.col("status") == "ok") & (pl.col("canonical_id") != pl.col("document_id")))
            .then(pl.col("canonical_id"))
            .otherwise(None)
            .alias("duplicate_of")
        )
        .pipe(conform, RAW_DOCUMENTS)
    )


def keep_first_ingestion_time(documents: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """New raw_documents + the rows they replace -> new rows whose unchanged files keep their first ingested_at."""
    earlier = previous.select("document_id", pl.col("ingested_at").alias("earlier_ingested_at"))
    return (
        documents.join(earlier, on="document_id", how="left")
        .with_columns(pl.coalesce("earlier_ingested_at", "ingested_at").alias("ingested_at"))
        .pipe(conform, RAW_DOCUMENTS)
    )
