"""Outlet from imprints and publisher credits; agencies from text credits only."""

from transforms.outlets import (
    agencies_in,
    credit_outlet,
    imprint_outlet,
    is_agency,
    is_credit_list,
    split_signature,
    text_credit_agencies,
)


def test_agency_names_are_normalised():
    assert agencies_in("AFP/dpa/REUTERS") == ["AFP", "dpa", "Reuters"]
    assert agencies_in("Keystone-SDA, ITAR-TASS, RIA Novosti") == ["SDA", "TASS", "RIA Nowosti"]
    assert agencies_in("dpa-AFX") == ["dpa-AFX"]
    assert agencies_in("Die Kapitänin sagte") == []  # "AP" inside words does not count


def test_an_agency_is_told_by_its_whole_name():
    assert is_agency("dpa") and is_agency("Deutschen Presse-Agentur") and is_agency(" AFP ")
    assert not is_agency("Deutsche Bahn") and not is_agency("SPD")


def test_credit_lists_allow_initials_but_not_names():
    assert is_credit_list("Reuters, kau")
    assert not is_credit_list("Von Maria Beispiel, Reuters")


def test_opening_and_closing_agency_credits():
    assert text_credit_agencies("Hamburg (epd) - Die Kirche hat am Sonntag neue Zahlen vorgelegt.") == (["epd"], False)
    assert text_credit_agencies("Die Hafenbehörde bestätigte den Vorfall am Abend. (AP/KNA)") == (["AP", "KNA"], False)
    assert text_credit_agencies("(AFP/sid)") == (["AFP", "SID"], True)
    assert text_credit_agencies("Quelle: Reuters") == (["Reuters"], True)
    assert text_credit_agencies("mit Material von dpa und Interfax") == (["dpa", "Interfax"], True)


def test_agencies_mentioned_as_sources_are_not_credits():
    text = "Wie der Minister der Agentur Reuters sagte, sollen die Gespräche weitergehen und bald enden."
    assert text_credit_agencies(text) == ([], False)


def test_imprint_names_the_outlet():
    assert imprint_outlet("beispielbote.de ist ein Angebot von Muster Medien.") == "beispielbote.de"
    assert imprint_outlet("Der Hafenkurier ist ein Produkt der Nordverlag GmbH") == "Der Hafenkurier"


def test_glued_signature_is_split_off():
    text, signature = split_signature("Das bleibt abzuwarten.* tageblatt-muster.de ist ein Angebot von X.MEDIEN.")
    assert text == "Das bleibt abzuwarten."
    assert signature == "tageblatt-muster.de ist ein Angebot von X.MEDIEN."
    assert split_signature("Preise ab 5 Euro* gelten nur online.") == ("Preise ab 5 Euro* gelten nur online.", None)


def test_publisher_credits():
    assert credit_outlet("© Radio Muster / Lena Foto / Zur Bilddatenbank") == "Radio Muster"
    assert credit_outlet("Quelle: www.musterblatt.de") == "musterblatt.de"
    assert credit_outlet("© 2021 Musterstädter Rundschau. Alle Rechte vorbehalten.") == "Musterstädter Rundschau"
    assert credit_outlet("© dpa 2021") is None  # a photo agency, not the publisher
    assert credit_outlet("© Lena Foto/Beispielagentur") is None


def test_source_line_with_agencies_names_the_publisher_itself():
    assert credit_outlet("Quelle: MUSTER ONLINE, dpa, AFP, kk") == "MUSTER ONLINE"
    assert credit_outlet("Quelle: Statistisches Landesamt") is None
