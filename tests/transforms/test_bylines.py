"""Author lines and the authors they name (transforms/bylines.py)."""

from transforms.bylines import byline_authors, is_byline


def test_an_author_line_names_its_people_without_place_role_or_agencies():
    assert byline_authors("Von Antje Passenheim, New York") == ["Antje Passenheim"]
    assert byline_authors("Von Michaela Wiegel und Eckart Lohse") == ["Michaela Wiegel", "Eckart Lohse"]
    assert byline_authors("Von unserer Korrespondentin Lena Virtanen-Hoff") == ["Lena Virtanen-Hoff"]
    assert byline_authors("Von FOCUS-online-Redakteur Tobias Reinhardt") == ["Tobias Reinhardt"]
    assert byline_authors("Von Felix Wagenknecht und Agenturen") == ["Felix Wagenknecht"]
    assert byline_authors("Autor: Jens Hollerbach | Lesedauer: 4 Min.") == ["Jens Hollerbach"]
    assert byline_authors("VON STEFAN HUBER") == ["Stefan Huber"]
    assert byline_authors("Autor: Redaktion kma-online") == []


def test_a_reading_time_is_a_byline_without_authors_and_a_sentence_is_none():
    assert is_byline("Lesezeit: 3 Minuten") and byline_authors("Lesezeit: 3 Minuten") == []
    assert not is_byline("Von Montag an gilt in Berlin eine neue Regel.")
    assert not is_byline("Von Berlin aus reiste die Delegation weiter nach Warschau und traf dort den Präsidenten.")
