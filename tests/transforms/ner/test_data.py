from pathlib import Path

from transforms.ner.data import load_split, map_label, read_germeval, repair_bio, spans

SAMPLE = """#\thttp://example.org\t[2010-01-01]
1\tDie\tO\tO
2\tUkraine-Krise\tB-LOCpart\tO
3\tin\tO\tO
4\tNew\tB-LOC\tO
5\tYork\tI-LOC\tO
6\tund\tO\tO
7\tdie\tO\tO
8\trussische\tB-LOCderiv\tO
9\tEcce\tB-OTH\tO
10\thomo\tI-OTH\tO

#\thttp://example.org/2\t[2010-01-02]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
"""


def write_sample(folder: Path) -> None:
    (folder / "NER-de-dev.tsv").write_text(SAMPLE, encoding="utf-8")
    (folder / "NER-de-extra.tsv").write_text(SAMPLE.replace("Angela", "Olaf").replace("Merkel", "Scholz"), encoding="utf-8")


def test_labels_map_oth_to_misc_and_drop_deriv_and_part() -> None:
    assert map_label("B-OTH") == "B-MISC"
    assert map_label("I-LOC") == "I-LOC"
    assert map_label("B-LOCderiv") == "O"
    assert map_label("I-ORGpart") == "O"


def test_an_inside_tag_after_a_dropped_label_starts_a_span() -> None:
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_spans_are_token_ranges_with_types() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-MISC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "MISC")]


def test_reading_and_the_fixed_split(tmp_path: Path) -> None:
    write_sample(tmp_path)
    sentences = read_germeval(tmp_path / "NER-de-dev.tsv")
    assert sentences[0] == (
        ["Die", "Ukraine-Krise", "in", "New", "York", "und", "die", "russische", "Ecce", "homo"],
        ["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-MISC", "I-MISC"],
    )
    train, held_out = load_split(tmp_path)
    assert len(train) + len(held_out) == 4 and not held_out  # fewer than 7 sentences: nothing held out
