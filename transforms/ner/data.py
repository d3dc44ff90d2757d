"""GermEval 2014 (NoSta-D) reading: outer labels mapped to PER/ORG/LOC/MISC BIO tags, and a fixed split."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "germeval2014"
DATA_FILES = ("NER-de-dev.tsv", "NER-de-extra.tsv")
# Every HELD_OUT_EVERY-th sentence (counted over both files in order) is never trained on: a fixed,
# seed-free split that spreads the held-out part over all sources and dates.
HELD_OUT_EVERY = 7

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags

_TYPE_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def map_label(label: str) -> str:
    """NoSta-D outer label ("B-OTH", "I-LOCderiv") -> BIO tag over PER/ORG/LOC/MISC; deriv/part become O."""
    if label == "O" or label.endswith(("deriv", "part")):
        return "O"
    prefix, _, kind = label.partition("-")
    return f"{prefix}-{_TYPE_MAP[kind]}"


def repair_bio(tags: list[str]) -> list[str]:
    """BIO tags -> the same with an I- that follows O or another type turned into B- (after deriv/part removal)."""
    repaired = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def read_germeval(path: Path) -> list[Sentence]:
    """A NoSta-D TSV file -> sentences as (tokens, BIO tags over PER/ORG/LOC/MISC)."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append((tokens, repair_bio(tags)))
            tokens, tags = [], []
            continue
        fields = line.split("\t")
        tokens.append(fields[1])
        tags.append(map_label(fields[2]))
    if tokens:
        sentences.append((tokens, repair_bio(tags)))
    return sentences


def load_split(data_dir: Path = DATA_DIR) -> tuple[list[Sentence], list[Sentence]]:
    """GermEval folder -> (training sentences, held-out sentences) by the fixed every-n-th rule."""
    sentences = [s for name in DATA_FILES for s in read_germeval(data_dir / name)]
    train = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    held_out = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    return train, held_out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> entity spans as (first token, end token exclusive, type)."""
    found = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            found.append((start, i, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = i, tag[2:]
    return found
