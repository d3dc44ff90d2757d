from transforms.ner.document import harmonise
from transforms.ner.features import Lexicon

LEXICON = Lexicon(frozenset({"sagte", "die", "und"}), {"NOUN": frozenset({"Ministerin"}), "LEX_NOUN": frozenset({"Haus"})})


def test_a_surface_takes_its_majority_type_within_the_article() -> None:
    sentences = [["Kowalczyk", "sagte", "nein"], ["Kowalczyk", "sagte", "ja"], ["Dann", "sagte", "Kowalczyk", "nichts"]]
    tags = [["B-PER", "O", "O"], ["B-LOC", "O", "O"], ["O", "O", "B-PER", "O"]]
    assert harmonise(sentences, tags, LEXICON) == [["B-PER", "O", "O"], ["B-PER", "O", "O"], ["O", "O", "B-PER", "O"]]


def test_a_surname_of_a_full_name_is_tagged_wherever_it_recurs() -> None:
    sentences = [["Die", "Ministerin", "Jolanta", "Wierzbicka", "sagte", "nein"], ["Wierzbicka", ":", "Nein"],
                 ["Wierzbickas", "Haus", "und", "die", "Ministerin"]]
    tags = [["O", "O", "B-PER", "I-PER", "O", "O"], ["O", "O", "O"], ["O", "O", "O", "O", "O"]]
    assert harmonise(sentences, tags, LEXICON) == [
        ["O", "O", "B-PER", "I-PER", "O", "O"], ["B-PER", "O", "O"], ["B-PER", "O", "O", "O", "O"]]


def test_common_words_and_rarely_tagged_surfaces_are_not_spread() -> None:
    sentences = [["Haus", "Ministerin", "Quendel"], ["Haus", "und", "Ministerin"], ["Quendel", "und", "Quendel"]]
    tags = [["B-ORG", "B-PER", "B-MISC"], ["O", "O", "O"], ["O", "O", "O"]]
    # "Haus" and "Ministerin" are common nouns; "Quendel" was tagged once and left untagged twice.
    assert harmonise(sentences, tags, LEXICON)[1:] == [["O", "O", "O"], ["O", "O", "O"]]
