"""The German temporal tagger (transforms/temporal.py) and its WikiWarsDE evaluation."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from transforms.evaluation import temporal as temporal_eval
from transforms.temporal import DateExpression, date_expressions, interval

# A Wednesday: weekdays before it are in the past, after it in the future.
WEDNESDAY = dt.date(2021, 6, 16)


def only(text: str, anchor: dt.date | None = WEDNESDAY, narrative: bool = False) -> DateExpression:
    """The single expression the tagger finds in text (fails if there is not exactly one)."""
    found = date_expressions(text, anchor, narrative)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    return found[0]


def values(text: str, anchor: dt.date | None = WEDNESDAY, narrative: bool = False) -> list[tuple[str, str | None]]:
    """(surface, value) of every expression in text."""
    return [(e.text, e.value) for e in date_expressions(text, anchor, narrative)]


# --- absolute dates -------------------------------------------------------------------------


def test_full_date_with_offsets_and_interval():
    text = "Die Außenminister unterzeichneten das Abkommen am 3. März 2019 in Wien."
    e = only(text)
    assert (e.text, e.value) == ("3. März 2019", "2019-03-03")
    assert text[e.start_char : e.end_char] == e.text
    assert (e.start_date, e.end_date, e.precision) == (dt.date(2019, 3, 3), dt.date(2019, 3, 3), "day")
    assert e.relative is False and e.modifier is None


@pytest.mark.parametrize(
    ("text", "surface", "value", "precision"),
    [
        ("Der Termin wurde am 07.10.2019 festgelegt.", "07.10.2019", "2019-10-07", "day"),
        ("Laut Protokoll vom 2019-10-07 war alles geregelt.", "2019-10-07", "2019-10-07", "day"),
        ("Im Oktober 2019 kam der Ausschuss zusammen.", "Oktober 2019", "2019-10", "month"),
        ("Im Jänner 2020 lag Schnee in Graz.", "Jänner 2020", "2020-01", "month"),
        ("Die Reform trat 2004 in Kraft.", "2004", "2004", "year"),
        ("Im Jahr 1871 wurde das Reich gegründet.", "Jahr 1871", "1871", "year"),
        ("Im dritten Quartal 2020 stieg der Umsatz.", "dritten Quartal 2020", "2020-Q3", "quarter"),
        ("Im Herbst 1989 fiel die Mauer.", "Herbst 1989", "1989-FA", "quarter"),
    ],
)
def test_absolute_expressions(text, surface, value, precision):
    e = only(text)
    assert (e.text, e.value, e.precision, e.relative) == (surface, value, precision, False)


def test_end_of_year_keeps_the_year_and_narrows_the_dates():
    e = only("Ende 2022 soll die Brücke fertig sein.")
    assert (e.text, e.value, e.modifier, e.precision) == ("Ende 2022", "2022", "END", "year")
    assert e.end_date == dt.date(2022, 12, 31) and e.start_date.month == 9


def test_decade_and_century():
    assert values("Anfang der 1980er Jahre zog die Familie nach Kiel.") == [("Anfang der 1980er Jahre", "198")]
    e = date_expressions("Anfang der 1980er Jahre zog die Familie nach Kiel.", WEDNESDAY)[0]
    assert e.modifier == "START" and e.start_date == dt.date(1980, 1, 1) and e.precision is None
    assert values("Die Stadt wuchs im 18. Jahrhundert stark.") == [("18. Jahrhundert", "17")]
    assert values("Das Bündnis entstand um 480 v. Chr. in Griechenland.", None, True) == [("um 480 v. Chr.", "BC0480")]


def test_two_days_sharing_a_month():
    assert values("Zwischen dem 8. und 10. März 2018 tagte die Synode.") == [("8.", "2018-03-08"), ("10. März 2018", "2018-03-10")]
    assert values("Vom 2. bis 4. Oktober 2017 streikten die Piloten.") == [("2.", "2017-10-02"), ("4. Oktober 2017", "2017-10-04")]


def test_year_ranges_and_slashes():
    assert values("Von 2009 bis 2013 leitete sie das Ressort.") == [("2009", "2009"), ("2013", "2013")]
    assert values("Die Saison 1998/99 endete mit einem Titel.") == [("1998", "1998"), ("99", "1999")]


def test_numbers_that_are_not_years():
    assert date_expressions("Der Verein zählt 2000 Mitglieder und 1.500 Fans.", WEDNESDAY) == []
    assert date_expressions("Mit rund 1800 Beschäftigten ist das Werk der größte Arbeitgeber.", WEDNESDAY) == []
    assert date_expressions("Der Kurs stieg um 1200 auf 3400 Punkte.", WEDNESDAY) == []
    assert date_expressions("Das Spiel endete 3:1, der Index lag bei 2.345,5.", WEDNESDAY) == []


# --- dates without a year: the tense picks the year -------------------------------------------


def test_day_and_month_without_year_follow_the_tense():
    assert only("Am 13. Januar wurde der Vertrag unterzeichnet.").value == "2021-01-13"
    assert only("Am 13. Januar wird der Vertrag unterzeichnet.").value == "2022-01-13"
    assert only("Das Gesetz soll am 1. Juli in Kraft treten.").value == "2021-07-01"
    e = only("Das Gesetz trat am 1. Juli in Kraft.")
    assert (e.value, e.relative) == ("2020-07-01", True)


def test_an_occasion_told_in_the_present_is_the_coming_one():
    # June 2021: last February is nearer, but news tells what has happened in a past tense.
    assert only("Die Konferenz findet im Februar in München statt.").value == "2022-02"
    assert only("Brasilien richtet am 10. Februar das Treffen aus.").value == "2022-02-10"
    # Without such a verb the nearer occurrence stays; since a day, the present goes on from the past.
    assert only("Die Inflation lag im Februar bei drei Prozent.").value == "2021-02"
    assert only("Seit dem 13. Februar verhandeln die Delegationen.").value == "2021-02-13"


def test_mid_december_in_both_directions():
    future = only("Mitte Dezember soll der Haushalt verabschiedet werden.")
    assert (future.text, future.value, future.modifier) == ("Mitte Dezember", "2021-12", "MID")
    assert (future.start_date, future.end_date) == (dt.date(2021, 12, 11), dt.date(2021, 12, 21))
    past = only("Mitte Dezember hatte der Landtag den Haushalt verabschiedet.")
    assert past.value == "2020-12" and past.relative


def test_explicit_year_earlier_in_the_sentence_wins_over_the_tense():
    assert values("Seit März 2019 galt die Regel, bis Ende Juni.") == [("März 2019", "2019-03"), ("Ende Juni", "2019-06")]


def test_season_without_year():
    spring_past = only("Im Frühjahr hatten die Gespräche begonnen.")
    assert (spring_past.value, spring_past.precision) == ("2021-SP", "quarter")
    assert only("Im Frühjahr sollen die Gespräche beginnen.").value == "2022-SP"
    winter = only("Im Winter wird die Halle geschlossen.")
    assert winter.value == "2021-WI" and winter.end_date == dt.date(2022, 2, 28)


# --- weekdays and deictic days ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Die Ministerin telefonierte am Montag mit ihrem Amtskollegen.", "Montag", "2021-06-14"),
        ("Der Bürgermeister hat am Dienstag die Pläne vorgestellt.", "Dienstag", "2021-06-15"),
        ("Am Freitag will der Rat abstimmen.", "Freitag", "2021-06-18"),
        ("Am Freitag beginnt das Stadtfest.", "Freitag", "2021-06-18"),
        ("Die Delegationen trafen sich am Mittwoch in Genf.", "Mittwoch", "2021-06-16"),
        # Past tense of deliberating and gathering: the Saturday before, though the next one is nearer.
        ("Am Samstag berieten die Minister in Bern.", "Samstag", "2021-06-12"),
        ("Am Samstag versammelten sich die Delegierten.", "Samstag", "2021-06-12"),
        ("Die Gäste aßen am Samstag im Rathaus.", "Samstag", "2021-06-12"),
        ("Am vergangenen Mittwoch hatte der Rat getagt.", "vergangenen Mittwoch", "2021-06-09"),
        ("Am nächsten Mittwoch soll abgestimmt werden.", "nächsten Mittwoch", "2021-06-23"),
        ("Kommenden Montag beginnt der Prozess.", "Kommenden Montag", "2021-06-21"),
        ("Sie kündigte an, am Freitag nach Rom zu reisen.", "Freitag", "2021-06-18"),
        # A day set for something lies ahead of the setting, whatever the tense of the saying.
        ("Die Regierung hat für Montag zu einer Sondersitzung geladen.", "Montag", "2021-06-21"),
        ("Der Rat hat die Abstimmung auf Dienstag verschoben.", "Dienstag", "2021-06-22"),
    ],
)
def test_weekdays_resolved_by_tense(text, surface, value):
    e = only(text)
    assert (e.text, e.value, e.precision, e.relative) == (surface, value, "day", True)


def test_weekday_with_day_part():
    past = only("Am Sonntagabend kam es in der Innenstadt zu Protesten.")
    assert (past.text, past.value, past.start_date) == ("Sonntagabend", "2021-06-13TEV", dt.date(2021, 6, 13))
    future = only("Für Sonntagabend ist eine Kundgebung geplant.")
    assert future.value == "2021-06-20TEV" and future.precision == "day"
    assert only("Die Polizei meldete am Dienstagmorgen einen Unfall.").value == "2021-06-15TMO"


def test_weekday_with_explicit_date():
    e = only("Der Prozess beginnt am Montag, 21. Juni.")
    assert (e.text, e.value) == ("Montag, 21. Juni", "2021-06-21")


def test_yesterday_today_tomorrow():
    assert values("Gestern sagte die Sprecherin, heute werde beraten und morgen entschieden.") == [
        ("Gestern", "2021-06-15"),
        ("heute", "2021-06-16"),
        ("morgen", "2021-06-17"),
    ]
    assert values("Vorgestern und übermorgen ist das Büro geschlossen.") == [("Vorgestern", "2021-06-14"), ("übermorgen", "2021-06-18")]
    assert values("Heute Abend spielt die Nationalmannschaft.") == [("Heute Abend", "2021-06-16TEV")]


def test_a_day_part_the_clause_tells_in_the_past_is_not_that_of_a_coming_day():
    text = "Die Klage wird am Freitag verhandelt. Die Kommission wollte noch am späten Abend beraten."
    assert values(text) == [("Freitag", "2021-06-18"), ("am späten Abend", "2021-06-16TEV")]
    # A day part in the future after that day is still that day's.
    assert values("Am Freitag wird der Rat tagen. Am Abend soll es ein Essen geben.") == [
        ("Freitag", "2021-06-18"), ("Am Abend", "2021-06-18TEV"),
    ]


def test_a_second_eve_is_the_same_eve():
    text = "Die Minister sind heute zusammengekommen.\n\nArbeitsessen am Vorabend\n\nBereits am Vorabend hatten sie gesprochen."
    assert [value for _, value in values(text)] == ["2021-06-16", "2021-06-15TEV", "2021-06-15TEV"]


def test_the_eve_is_before_the_first_day_the_sentence_before_told():
    text = "Die Konferenz hatte am Montag begonnen und endete am Mittwoch. Am Vorabend waren die Minister zu Gast."
    assert values(text) == [("Montag", "2021-06-14"), ("Mittwoch", "2021-06-16"), ("Am Vorabend", "2021-06-13TEV")]
    # In the same sentence it is the eve of the day just named.
    assert values("Der Gipfel beginnt am Montag und endet am Mittwoch, am Vorabend gibt es ein Essen.") == [
        ("Montag", "2021-06-21"), ("Mittwoch", "2021-06-16"), ("am Vorabend", "2021-06-15TEV"),
    ]


def test_a_weekday_with_a_verb_in_the_present_plural_looks_ahead():
    assert only("Am Montag eröffnen die beiden Präsidenten ein Wirtschaftsforum.").value == "2021-06-21"
    assert only("Am Montag eröffneten die beiden Präsidenten ein Wirtschaftsforum.").value == "2021-06-14"
    # "Delegierten" is a noun, not the past of "delegieren".
    assert only("Die Ministerdelegierten kommen am Montag in Straßburg zusammen.").value == "2021-06-21"
    assert only("Die Minister delegierten am Montag die Entscheidung.").value == "2021-06-14"


def test_morning_is_not_tomorrow():
    assert values("Am Morgen des 12. Mai 2020 brannte die Scheune.") == [("Morgen des 12. Mai 2020", "2020-05-12TMO")]
    assert values("Morgen entscheidet das Gericht.") == [("Morgen", "2021-06-17")]


# --- relative weeks, months, years ----------------------------------------------------------------


def test_last_week_next_month():
    assert values("Vergangene Woche traf sich der Vorstand, nächsten Monat folgt die Hauptversammlung.") == [
        ("Vergangene Woche", "2021-W23"),
        ("nächsten Monat", "2021-07"),
    ]
    week = date_expressions("Vergangene Woche traf sich der Vorstand.", WEDNESDAY)[0]
    assert (week.start_date, week.end_date, week.precision) == (dt.date(2021, 6, 7), dt.date(2021, 6, 13), "week")
    # The week after next and the week before last.
    assert values("Anfang übernächster Woche treffen sie sich, vorletzte Woche tagte der Rat.") == [
        ("Anfang übernächster Woche", "2021-W26"),
        ("vorletzte Woche", "2021-W22"),
    ]
    assert values("Die Sitzung ist für übernächsten Dienstag geplant.") == [("übernächsten Dienstag", "2021-06-29")]
    assert values("Er reist übernächste Woche Montag nach Rom.")[-1] == ("Montag", "2021-06-28")


def test_weekend():
    e = only("Dieses Wochenende soll es wieder Proteste geben.")
    assert (e.value, e.start_date, e.end_date, e.precision) == ("2021-W24-WE", dt.date(2021, 6, 19), dt.date(2021, 6, 20), "week")
    assert only("Am Wochenende demonstrierten Tausende.").value == "2021-W23-WE"


def test_relative_years_and_offsets():
    assert values("Im vergangenen Jahr sank die Zahl, im kommenden Jahr soll sie steigen.") == [
        ("vergangenen Jahr", "2020"),
        ("kommenden Jahr", "2022"),
    ]
    assert values("Vor zwei Wochen hatte er seinen Rücktritt angekündigt.") == [("Vor zwei Wochen", "2021-W22")]
    # The part of the period does not swallow the word that moves it.
    assert values("Anfang nächsten Jahres reist er ab, Ende letzten Monats war er noch da.") == [
        ("Anfang nächsten Jahres", "2022"),
        ("Ende letzten Monats", "2021-05"),
    ]
    assert values("Am 3. Mai 2021 begann die Sitzung. Zwei Tage später wurde abgestimmt.") == [
        ("3. Mai 2021", "2021-05-03"),
        ("Zwei Tage später", "2021-05-05"),
    ]


def test_a_gatherings_nth_day_counts_from_the_first_day_told():
    summit, monday = "Beim Gipfel am 18. und 19. Dezember stritten sie. Ungarn lenkte ein. ", dt.date(2025, 12, 22)
    assert values(summit + "Er hatte am ersten Gipfeltag an einem Treffen teilgenommen. Am gleichen Abend aß er mit Macron.", monday)[2:] == [
        ("am ersten Gipfeltag", "2025-12-18"), ("Am gleichen Abend", "2025-12-18TEV"),
    ]
    assert values(summit + "Am letzten Tag des Gipfels kam Selenskyj.", monday)[-1] == ("Am letzten Tag des Gipfels", "2025-12-19")
    # In a lead, with no first day told, which day the visit began is not said.
    assert values("Am zweiten Tag seines Staatsbesuchs hat der Präsident Hamburg besucht.") == []


def test_the_day_before_and_after_a_day_told():
    assert values("Am 3. Mai 2021 begann die Sitzung. Tags zuvor hatten sie verhandelt.") == [("3. Mai 2021", "2021-05-03"), ("Tags zuvor", "2021-05-02")]
    assert values("Am 3. Mai 2021 begann die Sitzung. Tags darauf stimmten sie ab.") == [("3. Mai 2021", "2021-05-03"), ("Tags darauf", "2021-05-04")]
    assert values("Der Gipfel begann am 3. Mai 2021. Am Tag zuvor trafen sich die Minister.")[1:] == [("Am Tag zuvor", "2021-05-02")]
    assert values("Der Gipfel begann am 3. Mai 2021. Am Abend zuvor aßen die Minister.")[1:] == [("Am Abend zuvor", "2021-05-02TEV")]
    # The day before a gathering told over two days is the day before its first.
    two_days = "Die Minister trafen sich am Mittwoch und Donnerstag. Sie stritten. "
    friday = dt.date(2021, 6, 18)
    assert values(two_days + "Bereits tags zuvor hatte er sie getroffen.", friday)[-1] == ("tags zuvor", "2021-06-15")
    assert values(two_days + "Am Vortag war er angereist.", friday)[-1] == ("Vortag", "2021-06-15")
    # "tags" alone is no day ("tags im Hafen, nachts am Tor")
    assert values("Die Wachen arbeiten tags im Hafen.") == []


def test_the_same_evening_is_the_main_lines_not_a_papers_or_a_last_times():
    # A proposal's or an earlier sitting's day is background: "am selben Abend" and a bare
    # "am Nachmittag" stay on the day the news is about.
    text = "Am Montag trafen sich die Minister. Anlass ist ein Vorschlag Seouls vom 6. April, am Nachmittag gab es Proteste. Am selben Abend aßen sie."
    assert values(text) == [("Montag", "2021-06-14"), ("6. April", "2021-04-06"), ("am Nachmittag", "2021-06-14TAF"), ("Am selben Abend", "2021-06-14TEV")]
    text = "Am Montag trafen sich die Minister. Das Parlament war zuletzt am 19. Januar zusammengetreten. Am selben Abend telefonierten sie."
    assert values(text)[-1] == ("Am selben Abend", "2021-06-14TEV")
    text = "Am Montag trafen sich die Minister. Grundlage ist ein Vorschlag der EU-Kommission vom 6. April. Am selben Abend aßen sie."
    assert values(text)[-1] == ("Am selben Abend", "2021-06-14TEV")
    # A comparison is background; a clause with "als" is not.
    assert values("Am Montag trafen sie sich. Die Stimmung war eine andere als am Vortag. Am Abend aßen sie.")[-1] == ("Am Abend", "2021-06-14TEV")
    assert values("Er war dabei, als am 3. Juni die Minister kamen. Am Abend aßen sie.")[-1] == ("Am Abend", "2021-06-03TEV")
    # The day a spokesman told the news is not a day the news is about.
    text = "Der Präsident wird am Montag empfangen, wie die Kanzlei am Mittwoch mitteilte. Am Abend gibt es ein Bankett."
    assert values(text)[-1] == ("Am Abend", "2021-06-21TEV")
    # A paper is dated before the news about it, even in a clause that looks ahead.
    assert values("Grundlage ist der Beschluss vom 12. Juli, die Renten zu erhöhen.") == [("12. Juli", "2020-07-12")]
    # An event's own day is still the story's.
    assert values("Beim Treffen vom 3. Mai 2021 einigten sie sich. Am selben Abend aßen sie.")[-1] == ("Am selben Abend", "2021-05-03TEV")
    # A compound names a paper too ("ein Sicherheitsabkommen vom"); a report of an institute between noun and date does not hide it.
    text = "Am Montag trafen sich die Minister. Es ergänzt ein Sicherheitsabkommen vom 6. April. Am selben Abend aßen sie."
    assert values(text)[-1] == ("Am selben Abend", "2021-06-14TEV")
    # Told in the pluperfect, the same day is the paper's: it goes back to the background.
    text = "Am Montag trafen sich die Minister. Grundlage ist ein Gutachten der Technischen Universität Wien vom 6. April. Am gleichen Tag hatten sich Stelzer und Hanke (SPÖ) in Wien getroffen."
    assert values(text)[-1] == ("Am gleichen Tag", "2021-04-06")


def test_a_bare_day_part_after_a_flashback_paragraph_is_the_datelines_day():
    flashback = "Heute spricht sie in Wien. Am Montag hatte sie in Prag mit dem Premier gesprochen. Das Gespräch dauerte lange."
    # a new paragraph leaves the flashback: the evening is the dateline's
    assert values(flashback + "\n\nAm Abend steht ein Treffen auf dem Programm.")[-1] == ("Am Abend", "2021-06-16TEV")
    # in the flashback's own paragraph, or "noch am Abend", it goes on from Monday
    assert values(flashback + " Am Abend aßen sie zusammen.")[-1] == ("Am Abend", "2021-06-14TEV")
    assert values(flashback + "\n\nSie telefonierte noch am Abend mit dem Kanzler.")[-1] == ("am Abend", "2021-06-14TEV")


def test_time_of_day_attaches_to_the_last_day():
    assert values("Am 3. Mai 2021 um 14:30 Uhr begann die Sitzung.") == [("3. Mai 2021", "2021-05-03"), ("14:30 Uhr", "2021-05-03T14:30")]


def test_durations_have_no_dates():
    found = date_expressions("Die Verhandlungen dauerten drei Tage, der Konflikt zwei Jahre.", WEDNESDAY)
    assert [(e.text, e.value) for e in found] == [("drei Tage", "P3D"), ("zwei Jahre", "P2Y")]
    assert all(e.start_date is None and e.end_date is None and e.precision is None for e in found)
    assert only("Nach einer dreitägigen Klausur stand der Plan.").value == "P3D"


def test_holidays():
    assert values("An Weihnachten 2019 war das Haus voll.") == [("Weihnachten 2019", "2019-12-25")]
    assert only("Zu Ostern hatten die Kirchen geöffnet.").value == "2021-04-04"


# --- no anchor, narratives, robustness ----------------------------------------------------------


def test_relative_expressions_stay_unresolved_without_anchor():
    text = "Am Mittwoch trafen sich die Minister, gestern kam der Bericht, Mitte Dezember folgt die Abstimmung, vergangene Woche tagte der Rat."
    found = date_expressions(text, None)
    assert [e.text for e in found] == ["Mittwoch", "gestern", "Mitte Dezember", "vergangene Woche"]
    assert all(e.value is None and e.start_date is None and e.end_date is None and e.precision is None and e.relative for e in found)
    absolute = date_expressions("Am 3. März 2019 wurde gewählt.", None)[0]
    assert absolute.value == "2019-03-03" and absolute.start_date == dt.date(2019, 3, 3)


def test_narrative_mode_resolves_against_the_last_mentioned_date():
    text = (
        "Im Jahr 1866 begann der Feldzug. Am 3. Juli kam es zur Entscheidung, zwei Tage später "
        "zogen sich die Truppen zurück. Am Abend desselben Tages wurde verhandelt. Heute erinnert ein Denkmal daran."
    )
    assert values(text, None, True) == [
        ("Jahr 1866", "1866"),
        ("3. Juli", "1866-07-03"),
        ("zwei Tage später", "1866-07-05"),
        ("Am Abend desselben Tages", "1866-07-05TEV"),
        ("Heute", "PRESENT_REF"),
    ]


def test_narrative_asides_do_not_move_the_story_year():
    text = "Im Jahr 1915 erreichte die Front den Fluss, den schon 1812 ein Heer überquert hatte. Am 5. Mai begann der Angriff."
    assert values(text, None, True)[-1] == ("5. Mai", "1915-05-05")


def test_interval_of_values():
    assert interval("2021-W23") == (dt.date(2021, 6, 7), dt.date(2021, 6, 13), "week")
    assert interval("2021-Q4") == (dt.date(2021, 10, 1), dt.date(2021, 12, 31), "quarter")
    assert interval("2021-H1") == (dt.date(2021, 1, 1), dt.date(2021, 6, 30), "year")
    assert interval("2021-12", "END") == (dt.date(2021, 12, 22), dt.date(2021, 12, 31), "month")
    assert interval("BC0490") == (None, None, None)
    assert interval("P3D") == (None, None, None)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01\x02\ufffd", "1." * 3000, "12. " * 2000, "Am 31. Februar 2021", "am 99.99.9999", "0. Januar", "Mai " * 2000],
)
def test_no_crash_on_garbage(text):
    for anchor in (WEDNESDAY, None):
        for narrative in (False, True):
            found = date_expressions(text, anchor, narrative)
            assert all(text[e.start_char : e.end_char] == e.text for e in found)


def test_no_crash_on_random_text():
    rng = random.Random(7)
    alphabet = "0123456789.:/- \nJanurMaiäöüßAmSonntagabendvorgesternEndeMitte"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200)))
        for e in date_expressions(text, WEDNESDAY):
            assert 0 <= e.start_char < e.end_char <= len(text)


def test_invalid_dates_are_not_days():
    # the impossible day is dropped, the month and year still stand
    assert values("Am 31. Februar 2021 geschah nichts.") == [("Februar 2021", "2021-02")]
    assert only("Am 29.2.2020 war Schalttag.").value == "2020-02-29"


def test_output_is_in_text_order_and_does_not_overlap():
    text = "Am Montag, 14. Juni, und am 16. Juni 2021 sowie vergangene Woche und Ende 2020."
    found = date_expressions(text, WEDNESDAY)
    assert [e.start_char for e in found] == sorted(e.start_char for e in found)
    assert all(a.end_char <= b.start_char for a, b in zip(found, found[1:]))


# --- evaluation command ---------------------------------------------------------------------------


def test_evaluation_on_wikiwarsde(shared_data_dir: Path, capsys):
    data = shared_data_dir / "wikiwarsde"
    if not (data / "in").is_dir():
        pytest.skip(f"WikiWarsDE not found at {data}; see ../shared/data/README.md")
    docs = temporal_eval.load_corpus(data)
    assert len(docs) == 15
    # the byte offsets of the APF key, converted, reproduce every gold text
    for doc in docs:
        assert all(doc["body"][s:e] == text for s, e, text, _ in doc["gold"])
    scores = temporal_eval.evaluate(docs)
    assert scores["lenient"][2] > 0.9
    assert scores["value"][2] > 0.85
    assert temporal_eval.main(["--data", str(data), "--split", "0"]) == 0
    out = capsys.readouterr().out
    assert "extraction strict" in out and "value (lenient + value)" in out and "sentences/s" in out


def test_evaluation_without_data_exits_2(tmp_path: Path, capsys):
    assert temporal_eval.main(["--data", str(tmp_path / "missing")]) == 2
    assert "WikiWarsDE not found" in capsys.readouterr().err


def test_deictic_adjectives_date_occasions_in_news_only():
    anchor = dt.date(2005, 12, 9)
    assert [(e.text, e.value) for e in date_expressions("Beim gestrigen Treffen in Rom wurde gestritten.", anchor)] == [
        ("gestrigen", "2005-12-08")
    ]
    assert [(e.text, e.value) for e in date_expressions("Die morgige Sitzung fällt aus.", anchor)] == [("morgige", "2005-12-10")]
    # "heutig" before anything but an occasion or a time of day means present-day, not a date.
    assert date_expressions("Das heutige Polen ist groß.", anchor) == []
    assert date_expressions("Beim gestrigen Treffen wurde gestritten.", anchor, narrative=True) == []


def test_a_weekday_without_tense_cue_is_the_nearer_occurrence():
    # 2011-06-27 is a Monday: Saturday two days back is nearer than Saturday five days ahead.
    monday = dt.date(2011, 6, 27)
    assert [e.value for e in date_expressions("Bei dem Treffen am Samstag stach sie zu.", monday)] == ["2011-06-25"]
    friday = dt.date(2011, 7, 1)
    assert [e.value for e in date_expressions("Die Ausstellung am Montag im Rathaus.", friday)] == ["2011-07-04"]


def test_coordinated_weekdays_run_forward_from_the_first():
    # Published on a Monday: Thursday alone is ahead, Friday alone would be the one just past.
    monday = dt.date(2023, 6, 19)
    assert values("Am Donnerstag und Freitag besucht der Präsident Kirgistan.", monday) == [
        ("Donnerstag", "2023-06-22"), ("Freitag", "2023-06-23"),
    ]


def test_the_adjective_letzte_and_a_reporting_clause_set_no_tense():
    # Both would otherwise read as past and send the weekday back a week.
    assert only("In Potsdam beginnt am Freitag die vorerst letzte Verhandlungsrunde.").value == "2021-06-18"
    sunday = dt.date(2023, 6, 18)
    said = values("Scholz empfängt Li am Montagabend im Kanzleramt, wie ein Sprecher am Sonntag mitteilte.", sunday)
    assert said[0] == ("Montagabend", "2023-06-19TEV")


def test_a_relative_clause_in_the_present_keeps_its_own_tense():
    thursday = dt.date(2023, 3, 16)
    assert values("Kishida lud Yoon zum G7-Gipfel ein, der im Mai in Hiroshima stattfindet.", thursday) == [("Mai", "2023-05")]
    # A list of names after a comma is no relative clause: the sentence's past holds.
    listed = "Den Plan hatten Merkel, der niederländische Regierungschef Rutte und Davutoğlu am Sonntagabend ausgearbeitet."
    assert values(listed, thursday) == [("Sonntagabend", "2023-03-12TEV")]


def test_what_is_announced_lies_ahead_but_the_announcing_day_is_past():
    thursday = dt.date(2022, 3, 24)
    assert values("Danach kündigte Nehammer ein weiteres Paket „noch vor dem Sommer“ an.", thursday) == [("Sommer", "2022-SU")]
    assert values("Scholz kündigte im Mai seinen Rücktritt an.", thursday) == [("Mai", "2021-05")]


def test_weekday_with_a_present_verb_looks_ahead_unless_since_or_after_an_event():
    friday = dt.date(2015, 10, 2)  # Tuesday alone is nearer behind (29 Sept) than ahead (6 Oct)
    assert only("Am Dienstag empfängt die Stadtpräsidentin die Gäste im Stadthaus.", friday).value == "2015-10-06"
    assert only("Die Delegation hält sich seit Dienstag in Zürich auf.", friday).value == "2015-09-29"
    assert only("Nach den Gesprächen am Dienstag reist die Delegation weiter.", friday).value == "2015-09-29"


def test_weekday_of_the_week_named_before_it():
    thursday = dt.date(2022, 6, 23)
    assert values("Sie hatten vergangene Woche Donnerstag Kiew besucht.", thursday)[-1] == ("Donnerstag", "2022-06-16")
    assert values("Er reist nächste Woche Montag nach Rom.", thursday)[-1] == ("Montag", "2022-06-27")
    # The same, with the week named after the day.
    assert values("Union und SPD verhandeln seit Donnerstag vergangener Woche.", thursday)[0] == ("Donnerstag", "2022-06-16")


def test_a_present_verb_of_the_weekdays_own_clause_outweighs_the_rest_of_the_sentence():
    friday = dt.date(2021, 6, 11)  # Wednesday alone is nearer behind (9 June) than ahead (16 June)
    text = "Am Mittwoch folgt ein Gespräch mit den Grünen, die der Koalition angehört hatten."
    assert values(text, friday)[0] == ("Mittwoch", "2021-06-16")
    assert only("Am Dienstag beginnen die Sondierungen.", friday).value == "2021-06-15"
    # "ist öffentlich" is a copula, not the auxiliary of a participle: "beginnt" stays present.
    tuesday = dt.date(2017, 11, 7)
    assert values("Die Sitzung beginnt am Donnerstag und ist öffentlich.", tuesday)[0] == ("Donnerstag", "2017-11-09")
    assert values("Er sagte, dass man sich am Montag getroffen hat.", tuesday)[0] == ("Montag", "2017-11-06")


def test_weekdays_before_the_news_of_the_sentence_look_back():
    tuesday = dt.date(2022, 8, 30)
    text = "Nach stundenlangen Verhandlungen zwischen Magnus Brunner (ÖVP) und Peter Hanke (SPÖ) am Montag steht fest: Wien bekommt Geld."
    assert ("Montag", "2022-08-29") in values(text, tuesday)
    assert only("Seit Montag verhandeln beide Seiten an einem nicht genannten Ort.", tuesday).value == "2022-08-29"


def test_a_span_filled_with_something_is_a_duration_not_a_date():
    thursday = dt.date(2022, 9, 22)
    assert only("Nach zwei Tagen intensiver Gespräche gingen sie auseinander.", thursday).value == "P2D"
    assert only("Nach zwei Tagen kehrte er zurück.", thursday).value == "2022-09-24"


def test_a_month_scheduled_for_lies_ahead_whatever_the_tense_of_the_saying():
    november = dt.date(2015, 11, 8)
    assert only("Für Anfang Februar ist in Hannover ein Treffen vereinbart.", november).value == "2016-02"
    october = dt.date(2016, 10, 22)
    assert only("Die Entscheidung wurde auf den nächsten Gipfel Mitte Dezember vertagt.", october).value == "2016-12"
    assert only("Hogan kündigte an, im November einen Bericht vorzulegen.", october).value == "2016-11"


def test_an_auxiliary_whose_participle_lies_beyond_the_clause_is_no_present_verb():
    thursday = dt.date(2014, 7, 17)
    text = "Bei einer Sitzung hat sich der Rat in New York am Mittwoch (Ortszeit) mit den Tests befasst."
    assert ("Mittwoch", "2014-07-16") in values(text, thursday)


def test_a_part_of_the_week_already_behind_or_still_ahead_moves_with_its_clauses_tense():
    sunday, monday = dt.date(2025, 3, 9), dt.date(2025, 3, 10)
    assert only("Anfang der Woche wollen Merz und Klingbeil mit den Grünen sprechen.", sunday).value == "2025-W11"
    assert only("Anfang der Woche hatten Merz und Klingbeil mit den Grünen gesprochen.", sunday).value == "2025-W10"
    assert only("Ende der Woche hatten sie in Paris verhandelt.", monday).value == "2025-W10"
    tuesday = dt.date(2022, 1, 4)
    # The clause of the week's part decides, not the saying around it.
    assert only("Es hieß, sie würden noch Ende der Woche in Paris zusammenkommen.", tuesday).value == "2022-W01"


def test_the_last_day_of_something_is_no_day_before_the_anchor():
    assert values("Er hat am Montag den letzten Tag seines dreitägigen Besuchs begonnen.") == [
        ("Montag", "2021-06-14"), ("dreitägigen", "P3D")
    ]
    # Without what it is the last day of, "am letzten Tag" still looks back.
    assert values("Am letzten Tag wurde nicht mehr verhandelt.")[0][1] is not None


def test_a_weekday_told_with_a_copula_and_no_participle_lies_ahead():
    thursday = dt.date(2026, 1, 15)
    assert ("Montag", "2026-01-19") in values("Erste Station ist am Montag Tallinn: Dort besucht er das Nato-Zentrum.", thursday)
    # A participle beyond a parenthesis or an ordinal's dot makes "ist" the perfect's auxiliary.
    assert ("Mittwoch", "2026-01-14") in values("Kompatscher ist am Mittwoch mit Stocker (ÖVP) zusammengetroffen.", thursday)
    assert ("Mittwoch", "2026-01-14") in values("Die Minister sind am Mittwoch zu ihrer 354. Plenarsitzung zusammengekommen.", thursday)


def test_a_comparison_with_the_plan_is_no_plan():
    thursday = dt.date(2026, 1, 15)
    assert ("Mittwoch", "2026-01-14") in values("Die Konferenz ist am Mittwoch nicht wie geplant zu Ende gegangen.", thursday)
    assert ("Mittwoch", "2026-01-14") in values("Die Gespräche dauerten am Mittwoch länger als erwartet.", thursday)


def test_the_week_named_after_a_pair_of_weekdays_is_the_first_days_week_too():
    thursday = dt.date(2023, 10, 12)
    found = values("Die Konferenz findet am Donnerstag und Freitag kommender Woche in Bremen statt.", thursday)
    assert ("Donnerstag", "2023-10-19") in found and ("Freitag", "2023-10-20") in found


def test_a_day_part_does_not_join_a_weekday_across_a_line_break():
    tuesday = dt.date(2025, 7, 15)
    assert values("Gipfel am Mittwoch\n\nMorgen sollen die Staatschefs zusammenkommen.", tuesday) == [
        ("Mittwoch", "2025-07-16"), ("Morgen", "2025-07-16")
    ]


def test_morgens_is_no_tomorrow():
    friday = dt.date(2024, 11, 15)
    assert values("Der am Donnerstagabend begonnene Ausschuss endete erst gegen drei Uhr morgens.", friday) == [
        ("Donnerstagabend", "2024-11-14TEV")
    ]
