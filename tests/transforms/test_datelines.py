"""Publication dates from datelines, caption stamps, closing credits and the scraper header."""

from datetime import datetime

from transforms.datelines import (
    parse_caption_stamp,
    parse_closing_credit_date,
    parse_dateline,
    parse_header,
    parse_issue_line,
    parse_lead_dateline,
)


def test_numeric_dateline_with_time_and_credit():
    dateline = parse_dateline("23.11.2021, 07:45 Uhr | dpa, mhe")
    assert dateline.published_at == datetime(2021, 11, 23, 7, 45)
    assert dateline.precision == "minute"
    assert dateline.credit == "dpa, mhe"
    assert not dateline.updated


def test_written_out_dates_with_weekday_and_label():
    assert parse_dateline("Donnerstag, 3. März 2022").published_at == datetime(2022, 3, 3)
    assert parse_dateline("Donnerstag, 3. März 2022").precision == "day"
    assert parse_dateline("Veröffentlicht am 5. Jänner 2023").published_at == datetime(2023, 1, 5)
    assert parse_dateline("Aktualisiert: 07.02.2020, 10:00 Uhr").updated


def test_iso_dates():
    assert parse_dateline("2021-06-30").published_at == datetime(2021, 6, 30)
    dateline = parse_dateline("2021-06-30T18:20:00+02:00")
    assert dateline.published_at == datetime(2021, 6, 30, 18, 20)
    assert dateline.precision == "minute"


def test_dates_inside_sentences_are_not_datelines():
    assert parse_dateline("Der Gipfel fand am 4. Mai 2019 in Paris statt.") is None
    assert parse_dateline("Bis zum 30.06.2021 müssen alle Anträge vorliegen") is None


def test_impossible_dates_are_rejected():
    assert parse_dateline("31.02.2022") is None


def test_caption_stamp():
    name, dateline = parse_caption_stamp("Ein Hafen im Nebel - RIA, 1200, 02.03.2021")
    assert name == "RIA"
    assert dateline.published_at == datetime(2021, 3, 2)
    assert parse_caption_stamp("Ein Hafen im Nebel - Foto: privat") is None


def test_closing_credit_date():
    assert parse_closing_credit_date("Der Prozess wird fortgesetzt. (Eva Beispiel, 8.10.2016)").published_at == datetime(2016, 10, 8)
    assert parse_closing_credit_date("Das Urteil fiel knapp aus (Urteil vom 8.10.2016)") is None


def test_header_gives_month_and_title_candidate():
    header = parse_header("date 2020-11 Stadtwerke erhöhen die Preise")
    assert header.dateline.published_at == datetime(2020, 11, 1)
    assert header.dateline.precision == "month"
    assert header.title == "Stadtwerke erhöhen die Preise"
    assert parse_header("Stadtwerke erhöhen die Preise") is None


def test_a_magazine_issue_line_gives_its_month():
    for line, month in [
        ("Ausgabe März 2021 | Rubrik: Bildungspolitik", datetime(2021, 3, 1)),
        ("Ausgabe 11/2019 · Politik & Recht", datetime(2019, 11, 1)),
        ("Verbandsnachrichten · Ausgabe April 2026", datetime(2026, 4, 1)),
        ("Ausgabe 4/2021 – März 2021", datetime(2021, 3, 1)),
        ("Text: Claire Hoffmann | August 2019 | Lesezeit 5 Minuten", datetime(2019, 8, 1)),
        ("Archiv › 2019 › August 2019", datetime(2019, 8, 1)),
        ("Stiftung Weltdialog – Newsletter März 2024", datetime(2024, 3, 1)),
        ("Mitglieder-Rundbrief | Rundbrief Oktober 2024", datetime(2024, 10, 1)),
    ]:
        issue = parse_issue_line(line)
        assert (issue.published_at, issue.precision) == (month, "month"), line
    assert parse_issue_line("Die Ausgabe März 2021 war nach zwei Tagen vergriffen, sagte der Verleger.") is None
    assert parse_issue_line("Ausgabe 13/2019") is None
    # A month alone on its line may head a section about that month.
    assert parse_issue_line("August 2019") is None
    assert parse_issue_line("Baden-Württemberg – Bilanz vom August 2019") is None


def test_two_digit_years_are_this_century():
    line = parse_dateline("Mo 13.06.22 – 18:22 Uhr")
    assert line is not None and (line.published_at, line.precision) == (datetime(2022, 6, 13, 18, 22), "minute")
    assert parse_dateline("Stand: 11.10.23, 16:40 Uhr").published_at == datetime(2023, 10, 11, 16, 40)
    assert parse_dateline("13.06.2") is None


def test_byline_may_share_the_dateline():
    line = parse_dateline("Von Sabine Lenz | 19.03.2025")
    assert line is not None and (line.published_at, line.precision) == (datetime(2025, 3, 19), "day")
    assert parse_dateline("Von Sabine Lenz, 19.03.2025, 12:00 Uhr").published_at == datetime(2025, 3, 19, 12, 0)
    assert parse_dateline("Von Montag an gilt die neue Regel | 19.03.2025 ist der Stichtag") is None


def test_agency_or_place_may_lead_the_dateline():
    assert parse_dateline("dpa/lni 7. Oktober 2019").published_at == datetime(2019, 10, 7)
    assert parse_dateline("Heilbronn, 09.05.2016 | Ulrich Kraus").credit == "Ulrich Kraus"
    assert parse_dateline("Regionaljournal Basel Baselland, 04.06.24, 17:12 Uhr").published_at == datetime(2024, 6, 4, 17, 12)
    assert parse_dateline("Die Gespräche begannen am 7. Oktober 2019") is None
    assert parse_dateline("ntx 18.02.2024 11:42 (MEZ)").published_at == datetime(2024, 2, 18, 11, 42)
    assert parse_dateline("Brüssel (AFP) 28.01.2025 – 11:47").published_at == datetime(2025, 1, 28, 11, 47)
    # A preposition or a capitalised word before a date starts a sentence or a heading.
    for line in ["Am 11. November 2014", "bis 30.06.2021", "Gipfel 11. November 2014"]:
        assert parse_dateline(line) is None, line


def test_slashed_dates_times_and_a_second_update_stamp():
    assert parse_dateline("Veröffentlicht am 18/02/2025 - 07:30 MEZ").published_at == datetime(2025, 2, 18, 7, 30)
    assert parse_dateline("09.11.2019 / 06:00 Uhr").published_at == datetime(2019, 11, 9, 6, 0)
    first = parse_dateline("Erstellt: 24.10.2022 Aktualisiert: 24.10.2022, 16:55 Uhr")
    assert (first.published_at, first.updated) == (datetime(2022, 10, 24), False)
    assert parse_dateline("Zuletzt geändert: 09.12.2023 09:30").updated


def test_a_field_of_a_separated_byline_may_be_the_dateline():
    line = parse_dateline("Ausgabe 06/2026 | Veröffentlicht am 9. Februar 2026, 16:45")
    assert (line.published_at, line.precision) == (datetime(2026, 2, 9, 16, 45), "minute")
    assert parse_dateline("dpa · 05.05.2023 · 15:27").published_at == datetime(2023, 5, 5)
    assert parse_dateline("Politik | 12.03.2024 | Lesezeit 3 Min").published_at == datetime(2024, 3, 12)
    assert parse_dateline("Gipfel | am 12.03.2024 beginnt die Tagung") is None


def test_an_edition_or_a_place_may_say_on_which_day():
    assert parse_dateline("Wien, am 16.11.2023 um 19:02").published_at == datetime(2023, 11, 16, 19, 2)
    assert parse_dateline("vom 06.08.2022 | 09:30 Uhr").published_at == datetime(2022, 8, 6, 9, 30)
    assert parse_dateline("Erschienen in der Ausgabe vom 14. Juni 2021, 08:00").published_at == datetime(2021, 6, 14, 8, 0)
    assert parse_dateline("Artikel vom 3.4.2020").published_at == datetime(2020, 4, 3)
    # "am" alone starts a sentence; only a place before it makes the line a dateline.
    for line in ["Am 16.11.2023 um 19:02", "Wien, am 16.11.2023 tagte der Rat"]:
        assert parse_dateline(line) is None, line


def test_a_dateline_may_name_two_places_and_end_with_its_agencies_in_parentheses():
    filed = parse_dateline("Baden-Baden, 28.03.2025 (red/dpa)")
    assert (filed.published_at, filed.credit) == (datetime(2025, 3, 28), "red/dpa")
    assert parse_dateline("Bozen/Wien, 10. April 2025").published_at == datetime(2025, 4, 10)
    # A parenthesis that holds a number is a remark, not a credit.
    assert parse_dateline("Bozen, 10. April 2025 (Teil 2)") is None


def test_a_pages_metadata_stamp_copied_into_the_text_is_its_dateline():
    assert parse_dateline("datePublished: 2019-11-04T10:26:00+01:00").published_at == datetime(2019, 11, 4, 10, 26)
    assert parse_dateline("Published: 04.11.2019").published_at == datetime(2019, 11, 4)


def test_a_closing_line_saying_when_the_article_appeared_is_its_dateline():
    dateline = parse_dateline("Dieser Artikel erschien am 11.08.2022 um 06:45 Uhr.")
    assert (dateline.published_at, dateline.precision) == (datetime(2022, 8, 11, 6, 45), "minute")
    # a bare date closing a sentence is not a dateline
    assert parse_dateline("3. Mai 2019.") is None


def test_a_wire_dateline_opening_the_first_paragraph_dates_it_only_with_a_year():
    lead = parse_lead_dateline("Garmisch-Partenkirchen (dpa/AFP) 24. Juni 2022 – Zwei Tage vor Beginn des Gipfels laufen die Vorbereitungen.")
    assert (lead.published_at, lead.precision, lead.credit) == (datetime(2022, 6, 24), "day", "dpa/AFP")
    assert parse_lead_dateline("BERLIN, 3. Mai 2023 (Reuters) - Die Minister trafen sich.").published_at == datetime(2023, 5, 3)
    assert parse_lead_dateline("KIEW, 12. Mai (Reuters) - Erstmals seit Jahren verhandeln sie.") is None
    assert parse_lead_dateline("Am 3. Mai 2023 - so die Polizei - trafen sie sich.") is None


def test_an_agencys_copyright_line_with_its_date_is_a_dateline():
    dateline = parse_dateline("© dpa-infocom, 06.12.2024 18:12")
    assert (dateline.published_at, dateline.precision) == (datetime(2024, 12, 6, 18, 12), "minute")
    assert parse_dateline("© Lateinamerika Aktuell – Alle Rechte vorbehalten") is None
