"""Page furniture found by general signals, on invented pages."""

from transforms.furniture import (
    caption_parts,
    is_photo_credit,
    mark_context,
    mark_local_furniture,
    mark_repetition,
)
from transforms.lines import split_units

PARAGRAPH_1 = "Die Stadtwerke Musterstadt erhöhen zum ersten April die Preise für Fernwärme deutlich, teilte das Unternehmen mit."
PARAGRAPH_2 = "Begründet wird der Schritt mit gestiegenen Einkaufskosten, die nach Angaben des Versorgers nicht mehr aufzufangen seien."
PARAGRAPH_3 = "Verbraucherschützer kritisieren die Erhöhung und raten Kundinnen und Kunden, ihre Verträge genau zu prüfen."


def kept(text: str, corpus_counts: dict[str, int] | None = None, headline_index: int | None = None) -> list[str]:
    units = split_units(text)
    mark_local_furniture(units)
    mark_repetition(units, corpus_counts)
    mark_context(units, headline_index)
    return [unit.text for unit in units if unit.furniture is None]


def test_widgets_prompts_script_counters_and_tag_strings_go():
    page = "\n".join(
        [
            PARAGRAPH_1,
            "Anzeige",
            "Jetzt kostenlos registrieren und keine Nachricht verpassen",
            PARAGRAPH_2,
            "Читать далее",
            "12",
            "StadtwerkeEnergiePreise",
            PARAGRAPH_3,
        ]
    )
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]


def test_a_login_prompt_goes_but_a_notice_asking_to_register_for_a_meeting_stays():
    notice = (
        "Die Mitgliederversammlung findet am Samstag in der Festhalle statt. "
        "Bitte melden Sie sich bis 20. Oktober in der Geschäftsstelle an."
    )
    page = "\n".join([PARAGRAPH_1, "Bitte melden Sie sich an, um zu kommentieren.", notice, PARAGRAPH_2])
    assert kept(page) == [PARAGRAPH_1, notice, PARAGRAPH_2]


def test_a_row_of_page_buttons_goes_but_a_line_with_other_words_stays():
    mailed = "Kunden werden per E-Mail informiert, teilen die Stadtwerke mit, und können die Briefe drucken."
    page = "\n".join([PARAGRAPH_1, "Anmelden | Abo", "Teilen  Twittern  E-Mail  Drucken", PARAGRAPH_2, mailed, PARAGRAPH_3])
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2, mailed, PARAGRAPH_3]


def test_a_sites_section_menu_goes_but_a_headline_with_one_break_stays():
    headline = "Krise in Nahost | Gespräche in Kairo"
    menu = ["Tirol | Österreich | Welt | Wirtschaft | Sport", "Würzburg · Schweinfurt · Kitzingen · Main-Spessart"]
    # (read line by line, before the headline is chosen: the menu must not compete with it)
    units = split_units("\n".join([*menu, headline, PARAGRAPH_1]))
    mark_local_furniture(units)
    assert [unit.furniture for unit in units] == ["navigation menu", "navigation menu", None, None]


def test_caption_pair_and_teaser_after_caption_go_but_sub_heading_stays():
    page = "\n".join(
        [
            PARAGRAPH_1,
            "Ein Heizkraftwerk am Stadtrand",
            "Ein Heizkraftwerk am Stadtrand - IMAGO/Archiv",
            PARAGRAPH_2,
            "Blick auf den Hafen - Beispielnews, 1600, 02.02.2020",
            "Hafen wird für zehn Millionen Euro ausgebaut",
            "Kritik von Verbraucherschützern",
            PARAGRAPH_3,
        ]
    )
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2, "Kritik von Verbraucherschützern", PARAGRAPH_3]


def test_end_marker_cuts_the_reading_list_and_comments():
    page = "\n".join(
        [
            PARAGRAPH_1,
            PARAGRAPH_2,
            "Meistgelesen",
            "Neues Freibad öffnet im Mai",
            "Die Feuerwehr rückte am Morgen zu einem Brand in der Altstadt aus, verletzt wurde niemand.",
            "Leserkommentare",
        ]
    )
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2]


def test_summary_box_runs_to_the_next_paragraph():
    page = "\n".join(
        [PARAGRAPH_1, "Das Wichtigste im Überblick", "• Preise steigen um zwölf Prozent.", "• Kunden können kündigen.", PARAGRAPH_2]
    )
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2]


def test_info_box_entries_go_but_a_single_colon_headline_stays():
    page = "\n".join(
        [PARAGRAPH_1, "Alter:54", "Wohnort:Musterstadt", "Energiepreise: Was Mieter jetzt wissen müssen", PARAGRAPH_2]
    )
    assert kept(page) == [PARAGRAPH_1, "Energiepreise: Was Mieter jetzt wissen müssen", PARAGRAPH_2]


def test_repeated_short_lines_go_and_duplicate_paragraphs_keep_their_first_copy():
    teaser = "Neues Freibad öffnet im Mai"
    page = "\n".join([PARAGRAPH_1, teaser, teaser, PARAGRAPH_2, PARAGRAPH_2, PARAGRAPH_3])
    assert kept(page) == [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]


def test_a_teaser_repeated_at_the_start_of_the_body_goes_and_the_body_paragraph_stays():
    teaser = "Es ist eines der letzten grossen Dossiers im Verhältnis zur EU, das noch offen ist: der Marktzugang für Banken."
    lead = teaser + " Am Mittwoch beginnt in Bern die entscheidende Verhandlungsrunde."
    assert kept("\n".join([teaser, "Von Reto Amstutz", lead, PARAGRAPH_2])) == ["Von Reto Amstutz", lead, PARAGRAPH_2]
    # Two paragraphs that only begin alike are both text.
    other = teaser[:-1] + " und Versicherungen, sagen die Verbände seit Jahren."
    assert kept("\n".join([lead, other])) == [lead, other]


def test_corpus_frequent_line_goes_unless_its_neighbours_are_shared_too():
    heading = "Preise steigen weiter"
    page = "\n".join([PARAGRAPH_1, heading, PARAGRAPH_2])
    counts_furniture = {"preise steigen weiter": 40}
    assert kept(page, counts_furniture) == [PARAGRAPH_1, PARAGRAPH_2]
    # A wire copy: the paragraphs around the heading are as common as the heading itself.
    counts_wire = {**counts_furniture, PARAGRAPH_1.lower()[:100]: 38, PARAGRAPH_2.lower()[:100]: 39}
    assert kept(page, counts_wire) == [PARAGRAPH_1, heading, PARAGRAPH_2]


def test_lines_above_the_headline_go():
    page = "\n".join(["Startseite › Lokales", "Musterstadt aktuell", "Fernwärme wird teurer", PARAGRAPH_1])
    assert kept(page, headline_index=2) == ["Fernwärme wird teurer", PARAGRAPH_1]


def test_photo_credits():
    assert caption_parts("Der Bahnhof bei Nacht - picture alliance/Max Muster") == (
        "Der Bahnhof bei Nacht",
        "picture alliance/Max Muster",
    )
    assert caption_parts("Berlin - Die Regierung hat sich auf einen Kompromiss geeinigt.") is None
    assert is_photo_credit("Foto: Lena Beispiel")
    assert not is_photo_credit(PARAGRAPH_1)


def test_a_crosshead_below_a_described_photo_stays_but_the_caption_below_a_bare_credit_goes():
    crosshead = "Stadtrat berät am Dienstag"
    described = "Foto: Archiv – Das Heizkraftwerk am Stadtrand im Winter"
    assert kept("\n".join([PARAGRAPH_1, described, crosshead, PARAGRAPH_2])) == [PARAGRAPH_1, crosshead, PARAGRAPH_2]
    # A bare credit is followed by the words that describe the picture: those are no crosshead.
    bare = "Foto: Archiv / Max Muster"
    assert kept("\n".join([PARAGRAPH_1, bare, "Das Heizkraftwerk am Stadtrand", PARAGRAPH_2])) == [PARAGRAPH_1, PARAGRAPH_2]
