"""Line units and their shape features."""

from transforms.lines import latin_share, line_key, normalise, split_units


def test_normalise_collapses_whitespace_including_nbsp():
    assert normalise("  Foto:\u00a0 Max   Muster \t") == "Foto: Max Muster"


def test_line_key_is_lower_case_and_bounded():
    assert line_key("Mehr zum Thema") == "mehr zum thema"
    assert len(line_key("x" * 500)) == 100


def test_units_split_on_lines_and_merge_hard_wrapped_continuations():
    text = (
        "Überschrift ohne Punkt\n\n"
        "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, wobei\n"
        "die Opposition scharfe Kritik übte.\n"
        "Ein zweiter Absatz folgt direkt.\n"
    )
    units = split_units(text)
    assert [unit.text for unit in units] == [
        "Überschrift ohne Punkt",
        "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, wobei die Opposition scharfe Kritik übte.",
        "Ein zweiter Absatz folgt direkt.",
    ]
    assert units[1].n_lines == 2


def test_a_dateline_in_lower_case_under_a_long_headline_is_not_its_continuation():
    units = split_units("ASEAN-Gipfel in Laos: Myanmar und Südchinesisches Meer dominieren\ndpa/AFP 10. Oktober 2024\n")
    assert [unit.text for unit in units] == [
        "ASEAN-Gipfel in Laos: Myanmar und Südchinesisches Meer dominieren",
        "dpa/AFP 10. Oktober 2024",
    ]


def test_shape_features():
    heading, paragraph, quote, credit_end = split_units(
        "Bürgermeisterin verteidigt Sparkurs\n"
        "Die Bürgermeisterin hat den umstrittenen Sparkurs der Stadt am Abend im Rat verteidigt.\n"
        "„Wir haben keine andere Wahl.“\n"
        "Der Rat stimmte am Ende knapp mit elf zu neun Stimmen für den Entwurf. (epd, 3.4.2019)\n"
    ).__iter__()
    assert heading.headline and not heading.sentence and not heading.paragraph
    assert paragraph.paragraph and not paragraph.headline
    assert quote.sentence and not quote.paragraph and not quote.headline
    assert credit_end.paragraph


def test_bullet_items_are_not_paragraphs():
    (unit,) = split_units("• Die Stadt spart in diesem Jahr rund zwei Millionen Euro bei den Bädern ein.")
    assert unit.sentence and not unit.paragraph


def test_latin_share():
    assert latin_share("Заголовок материала") == 0.0
    assert latin_share("Grüße aus Köln") == 1.0
    assert latin_share("12:30") == 1.0
    # A mixed line counts its letters rather than taking the all-Latin shortcut.
    assert latin_share("abc Привет") == 3 / 9
