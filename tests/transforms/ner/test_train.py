from pathlib import Path

from transforms.ner.features import Lexicon, sentence_features, word_shape
from transforms.ner.tagger import Tagger
from transforms.ner.train import lowercase_vocabulary, name_lists, train

SENTENCES = [
    (["Gestern", "sagte", "Anna", "Schmidt", "in", "Berlin", "etwas", "."], ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"]),
    (["Die", "Firma", "Siemens", "baut", "in", "Hamburg", "."], ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
    (["Peter", "Meier", "fährt", "nach", "Berlin", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    (["Siemens", "zahlt", "in", "München", "gut", "."], ["B-ORG", "O", "O", "B-LOC", "O", "O"]),
    (["Der", "Chef", "von", "Siemens", "heißt", "Anna", "Schmidt", "."], ["O", "O", "O", "B-ORG", "O", "B-PER", "I-PER", "O"]),
] * 4


def test_word_shapes_collapse_runs() -> None:
    assert word_shape("Ukraine-Krise") == "Xx-Xx"
    assert word_shape("EU") == "X"
    assert word_shape("2014") == "d"


def test_features_include_context_and_lexicon_cues() -> None:
    lexicon = Lexicon(frozenset({"gestern"}), {"LOC": frozenset({"Berlin"})})
    features = sentence_features(["Gestern", "in", "Berlin"], lexicon)
    assert "lc_known" in features[0] and "BOS" in features[0]
    assert "gaz=LOC" in features[2] and "+1:gaz=LOC" in features[1] and "-1:w=in" in features[2]


def test_lexicon_lists_come_from_the_training_data() -> None:
    lists = name_lists(SENTENCES)
    assert "Berlin" in lists["LOC"] and "Siemens" in lists["ORG"] and "Firma" in lists["NOUN"]
    assert "sagte" in lowercase_vocabulary(SENTENCES)


def test_a_tiny_model_trains_saves_loads_and_tags(tmp_path: Path) -> None:
    train(SENTENCES, tmp_path, max_iterations=50)
    tagger = Tagger(tmp_path)
    assert tagger.tag(["Anna", "Schmidt", "fährt", "nach", "Berlin", "."]) == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert tagger.tag([]) == []
