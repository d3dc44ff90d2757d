"""Shared fixtures: the repository's seeds, the shared data folder, folders of broken inputs."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "seeds"
SHARED_DATA_DIR = REPO_ROOT.parent / "shared" / "data"

GERMAN_PARAGRAPH = (
    "Die Bürgermeisterin von Kassel hat am Dienstag einen neuen Haushaltsplan vorgestellt. "
    "„Wir müssen sparen, aber nicht an der Bildung“, sagte sie vor Journalisten im Rathaus. "
    "Die Opposition kritisierte die Pläne als unausgewogen und kündigte Widerstand an."
)


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture
def shared_data_dir() -> Path:
    if not SHARED_DATA_DIR.is_dir():
        pytest.skip(f"shared data sets not found at {SHARED_DATA_DIR}; see ../shared/data/README.md")
    return SHARED_DATA_DIR


@pytest.fixture
def broken_inputs_dir(tmp_path: Path) -> Path:
    """A folder with one good article and every kind of bad or odd file a scraper produces."""
    folder = tmp_path / "broken inputs"
    (folder / "Unterordner mit Ümlaut").mkdir(parents=True)
    title = "Haushalt: Kassel muss sparen\n\n"
    text = title + GERMAN_PARAGRAPH + "\n\n" + GERMAN_PARAGRAPH.replace("Kassel", "Fulda") + "\n"
    (folder / "good article.txt").write_text(text, encoding="utf-8")
    (folder / "Unterordner mit Ümlaut" / "copy of good.txt").write_text(text, encoding="utf-8")
    (folder / "with bom and crlf.txt").write_bytes(codecs.BOM_UTF8 + text.replace("Kassel", "Gießen").replace("\n", "\r\n").encode())
    (folder / "windows-1252.txt").write_bytes(text.replace("Kassel", "Göttingen").encode("cp1252"))
    mojibake = text.replace("Kassel", "Würzburg").encode("utf-8").decode("cp1252", errors="replace")
    (folder / "mojibake.txt").write_text(mojibake, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_text("  \n\t\n   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "renamed pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "only furniture.txt").write_text(
        "Abonnieren\nMehr zum Thema:\nKommentare\nloader\n", encoding="utf-8"
    )
    (folder / "notes.md").write_text("not a .txt file, not an input", encoding="utf-8")
    return folder
