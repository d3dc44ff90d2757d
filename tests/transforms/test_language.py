"""Language identification."""

from transforms.language import identify_language


def test_german_english_and_empty():
    assert identify_language("Die Bürgerinnen und Bürger der Stadt stimmen am Sonntag über den neuen Bahnhof ab.") == "de"
    assert identify_language("The city council voted on Sunday to rebuild the old railway station.") == "en"
    assert identify_language("   ") is None
