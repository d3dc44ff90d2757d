"""Tests for the quote scorer (transforms/evaluation/quotes.py): matching, speaker rule, the dev figures."""

from __future__ import annotations

import pytest

from transforms.evaluation.quotes import DATA_DIR, evaluate, load_split, main, speaker_correct


def test_speaker_rule_is_lenient_on_heads_and_overlap() -> None:
    assert speaker_correct("der Sprecher des Ministeriums", "Der Sprecher", None)
    assert speaker_correct("Kanzlerin Angela Merkel", "Merkel", None)
    assert speaker_correct("er", "er", "Hans Meier")
    assert not speaker_correct("die Polizei", "Der Bürgermeister", "Der Bürgermeister")
    assert speaker_correct("", None, None)


def _document(text: str, annotations: list[tuple[str, str, str]]) -> dict:
    """Text + (quote text, speaker text, type) annotations -> a document in the corpus format."""
    tokens, position = [], 0
    for i, word in enumerate(text.split()):
        begin = text.index(word, position)
        position = begin + len(word)
        tokens.append({"id": i, "text": word, "charBegin": begin, "charEnd": position})

    def ids(part: str) -> list[int]:
        begin = text.index(part)
        return [t["id"] for t in tokens if begin <= t["charBegin"] and t["charEnd"] <= begin + len(part)]

    return {
        "documentName": "doc",
        "originalText": text,
        "tokens": tokens,
        "annotations": [
            {"quote": {"tokenIds": ids(quote)}, "speaker": {"text": speaker}, "type": kind}
            for quote, speaker, kind in annotations
        ],
    }


def test_a_quote_annotated_once_per_speaker_is_found_by_one_prediction() -> None:
    text = "Die Zeitung zitierte den Minister: „Wir senken die Steuern im nächsten Jahr deutlich.“"
    quote = "Wir senken die Steuern im nächsten Jahr deutlich."
    document = _document(text, [(quote, "Die Zeitung", "Direct"), (quote, "den Minister", "Direct")])
    together = evaluate([document])
    assert together["n_gold"] == 2 and together["n_pred"] == 1
    assert together["quote"] == (1.0, 1.0, 1.0)
    assert together["recall_by_type"]["Direct"] == (2, 2)
    # The prediction has one speaker: right for one of the two annotations.
    assert together["quote_speaker"][1] == 0.5
    one_to_one = evaluate([document], one_to_one=True)
    assert one_to_one["quote"][:2] == (1.0, 0.5)
    assert one_to_one["recall_by_type"]["Direct"] == (1, 2)


@pytest.mark.skipif(not (DATA_DIR / "dev").is_dir(), reason=f"quote gold absent: {DATA_DIR / 'dev'} not found")
def test_dev_set_floor() -> None:
    scores = evaluate(load_split(DATA_DIR / "dev"))
    _, _, f1 = scores["quote"]
    _, _, f1_speaker = scores["quote_speaker"]
    hit, total = scores["recall_by_type"]["Direct"]
    # Floors slightly under the measured dev figures.
    assert f1 >= 0.75
    assert f1_speaker >= 0.64
    assert hit / total >= 0.94


def test_evaluation_command_skips_without_data(tmp_path, capsys) -> None:
    assert main(["--data", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
