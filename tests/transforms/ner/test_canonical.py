from transforms.ner.canonical import Mention, canonical_keys, entity_id, fold_spelling


def mention(text: str, kind: str, previous: str = "", following: str = "") -> Mention:
    return Mention(tuple(text.split()), kind, previous, following)


def test_transliteration_and_case_variants_fold_to_one_key() -> None:
    assert fold_spelling("Sergej Peskow") == fold_spelling("Sergey Peskov") == fold_spelling("Sergei Peskov")
    assert fold_spelling("Dmitrij") == fold_spelling("Dmitri")
    assert fold_spelling("Chodorkowski") == fold_spelling("Khodorkovsky")
    assert fold_spelling("Selenskyj") == fold_spelling("Zelensky")
    assert fold_spelling("NATO") == fold_spelling("Nato")
    assert fold_spelling("Müller") == fold_spelling("Mueller")


def test_genitives_fold_with_evidence_from_the_article_or_the_context() -> None:
    keys = canonical_keys([
        mention("Putins", "PER", "", "Sprecher"),
        mention("Baerbocks", "PER", "sagte", "."),
        mention("Annalena Baerbock", "PER"),
        mention("Kremls", "ORG", "des", "."),
        mention("Markus", "PER", "", "Sprecher"),
    ])
    assert keys == ["putin", "analena baerbok", "analena baerbok", "kreml", "markus"]


def test_surnames_resolve_to_the_full_name_only_when_unambiguous() -> None:
    keys = canonical_keys([mention("Wladimir Putin", "PER"), mention("Putin", "PER"),
                           mention("Hans Müller", "PER"), mention("Eva Müller", "PER"), mention("Müller", "PER")])
    assert keys[1] == "vladimir putin"
    assert keys[4] == "mueler"


def test_a_long_form_takes_the_key_of_its_acronym_in_the_same_article() -> None:
    keys = canonical_keys([mention("Europäische Union", "ORG"), mention("EU", "ORG")])
    assert keys[0] == keys[1] == "eu"


def test_entity_ids_depend_on_type_and_key_only() -> None:
    assert entity_id("PER", "putin") == entity_id("PER", "putin") != entity_id("LOC", "putin")
