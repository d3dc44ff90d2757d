import pytest

from transforms.evaluation.ner import evaluate, main
from transforms.ner.data import DATA_DIR, load_split
from transforms.ner.tagger import default_tagger

pytestmark = pytest.mark.skipif(
    not DATA_DIR.is_dir(), reason=f"GermEval 2014 data absent at {DATA_DIR}: held-out NER quality not measured"
)

# The shipped model's figures on the held-out part (transforms/ner/model/README.md), less a margin:
# a retrained model that falls below this has lost quality.
MIN_STRICT_F1 = 0.66


def test_shipped_model_keeps_its_held_out_strict_f1() -> None:
    _, held_out = load_split()
    scores = evaluate(held_out, default_tagger())
    assert scores["ALL"]["f1"] >= MIN_STRICT_F1, scores


def test_evaluation_command_prints_per_type_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert all(kind in out for kind in ("PER", "ORG", "LOC", "MISC", "ALL"))
