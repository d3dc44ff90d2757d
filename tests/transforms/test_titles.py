"""Headline and kicker selection."""

from transforms.furniture import mark_local_furniture, mark_repetition
from transforms.lines import Unit, split_units
from transforms.titles import choose_title, looks_like_kicker

LEAD = "Die Stadtwerke Musterstadt erhöhen zum ersten April die Preise für Fernwärme deutlich, teilte das Unternehmen mit."


def choice_for(text: str, header_title: str | None = None):
    units = split_units(text)
    mark_local_furniture(units)
    return choose_title(units, Unit(-1, header_title, 0) if header_title else None)


def test_kicker_shape():
    assert looks_like_kicker(Unit(0, "Teure Wärme", 1))
    assert looks_like_kicker(Unit(0, "„Das ist unfair“", 1))
    assert not looks_like_kicker(Unit(0, "Stadtwerke erhöhen Preise", 1))


def test_kicker_above_headline():
    choice = choice_for(f"Teure Wärme\n\nStadtwerke erhöhen die Preise für Fernwärme deutlich\n\n{LEAD}")
    assert (choice.kicker, choice.title) == ("Teure Wärme", "Stadtwerke erhöhen die Preise für Fernwärme deutlich")
    assert (choice.kicker_index, choice.title_index) == (0, 1)


def test_quoted_kicker_in_header_and_headline_on_next_line():
    choice = choice_for(f"Stadtwerke erhöhen die Preise\n\n{LEAD}", header_title="„Das ist unfair“")
    assert (choice.kicker, choice.title) == ("„Das ist unfair“", "Stadtwerke erhöhen die Preise")
    assert choice.kicker_index is None


def test_lead_sentence_and_prompts_are_not_headlines():
    choice = choice_for(f"Bitte melden Sie sich an\n{LEAD}\nPreise steigen")
    assert choice.title is None


def test_no_invented_title_for_plain_text():
    assert choice_for(LEAD).title is None


def test_one_word_kicker_above_headline():
    choice = choice_for(f"Energiewende\n\nStadtwerke bauen neuen Solarpark am Stadtrand\n\n{LEAD}")
    assert (choice.kicker, choice.title) == ("Energiewende", "Stadtwerke bauen neuen Solarpark am Stadtrand")


def test_a_sites_name_above_the_kicker_is_neither_kicker_nor_headline():
    choice = choice_for(f"Stadtwerke-Nachrichten\nMusterstadt | Energie\n\nStadtwerke erhöhen die Preise für Fernwärme deutlich\n\n{LEAD}")
    assert (choice.kicker, choice.title) == ("Musterstadt | Energie", "Stadtwerke erhöhen die Preise für Fernwärme deutlich")


def test_the_headline_is_the_last_headline_above_the_date_and_byline():
    # The site's name and its motto stand above the headline; the section and the byline below it.
    page = (
        "Weltblick24 – Nachrichten ohne Grenzen\nAusland > Vereinte Nationen\n\n"
        "Stadtwerke erhöhen die Preise für Fernwärme deutlich\nSACHSEN | Landespolitik\n"
        f"Do 26.09.24 – 07:40 Uhr\nVon Miriam Ostertag\n\n{LEAD}"
    )
    assert choice_for(page).title == "Stadtwerke erhöhen die Preise für Fernwärme deutlich"
    page = f"Das Magazin für Asien und den Pazifik\n\nStadtwerke bauen neuen Solarpark\nVon Anna Muster, Berlin\nLesezeit: 3 Minuten\n\n{LEAD}"
    assert choice_for(page).title == "Stadtwerke bauen neuen Solarpark"


def test_a_headline_the_page_repeats_is_still_the_headline():
    headline = "Stadtwerke erhöhen die Preise für Fernwärme deutlich"
    page = f"Musterstädter Anzeiger – Lokales\n\n{headline}\n\nKunden sollen Verträge prüfen / Verband kritisiert Zeitpunkt\n\n{headline}\n\n{LEAD}"
    units = split_units(page)
    mark_local_furniture(units)
    mark_repetition(units)
    assert choose_title(units).title == headline
