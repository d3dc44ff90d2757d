import json
from pathlib import Path

import pytest

from transforms.ner import canonical
from transforms.ner.canonical import Mention, canonical_entities, canonical_keys, entity_id, fold_spelling
from transforms.ner.gazetteer import CAPITALS_FILE, COUNTRIES_FILE


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


def test_entity_ids_depend_on_the_key_only() -> None:
    assert entity_id("putin") == entity_id("putin") != entity_id("putins")


def test_acronyms_keep_doubled_letters() -> None:
    assert fold_spelling("ISS") != fold_spelling("IS")
    assert fold_spelling("Kiss") == fold_spelling("Kis")


@pytest.fixture
def countries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model folder whose country table knows two countries under several names."""
    names = {"Vereinigte Staaten": "Vereinigte Staaten", "USA": "Vereinigte Staaten", "United States": "Vereinigte Staaten",
             "Vereinigte Staaten von Amerika": "Vereinigte Staaten", "Russland": "Russland",
             "Russische Föderation": "Russland"}
    (tmp_path / COUNTRIES_FILE).write_text(json.dumps(names), encoding="utf-8")
    table = canonical.country_keys(tmp_path)
    monkeypatch.setattr(canonical, "country_keys", lambda model_dir=None: table)


@pytest.mark.usefixtures("countries")
def test_every_name_of_a_country_gives_one_key_and_the_type_loc() -> None:
    found = canonical_entities([
        mention("USA", "LOC"), mention("Vereinigte Staaten von Amerika", "ORG"), mention("United States", "LOC"),
        mention("Russische Föderation", "LOC"), mention("Russlands", "LOC", "des", "."), mention("Russland", "ORG"),
        mention("Vereinigten Staaten", "LOC", "den"), mention("Russischen Föderation", "ORG", "der"),
    ])
    assert found[0] == found[1] == found[2] == found[6] == ("vereinigte staten", "LOC")
    assert found[3] == found[4] == found[5] == found[7] == ("rusland", "LOC")


def test_mentions_of_one_key_share_the_articles_majority_type() -> None:
    found = canonical_entities([mention("Kowalczyk", "PER"), mention("Kowalczyk", "LOC"), mention("Kowalczyk", "PER")])
    assert [kind for _, kind in found] == ["PER", "PER", "PER"]


def test_a_known_place_loses_its_genitive_s() -> None:
    keys = canonical_keys([mention("Europas", "LOC", "", "größte")], places=frozenset({"Europa"}))
    assert keys == ["europa"]


def test_a_capital_maps_to_the_entity_id_of_its_country(tmp_path) -> None:
    (tmp_path / CAPITALS_FILE).write_text(json.dumps({"Moskau": "Russland", "Moscow": "Russland"}), encoding="utf-8")
    table = canonical.capital_country_ids(tmp_path)
    russia = entity_id(fold_spelling("Russland"))
    assert table == {entity_id(fold_spelling("Moskau")): russia, entity_id(fold_spelling("Moscow")): russia}
