"""Events: dated talks, meetings and calls, with place and participants, merged across the articles that report them.

An event mention is a sentence with an event word (Gespräche, Treffen, Telefonat, tagen …). It
takes the date expression nearest to that word in the sentence (resolved against the article's
publication date by transforms.temporal), the place named with "in" next to it, and the people,
organisations and countries named in the sentence as participants. Within an article, undated
mentions of the same kind refer back to the dated one; across articles, mentions of the same
kind on the same date at the same place (or with a shared participant) are one event. An event
word that no date in its article (or, for an undated article, its story) pins down makes no event.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import polars as pl

from transforms.ner.canonical import capital_country_ids, country_keys, entity_id, fold_spelling
from transforms.ner.document import is_name_word
from transforms.ner.tagger import default_tagger
from transforms.ner.tokenize import sentences
from transforms.outlets import is_agency
from transforms.schemas import EVENT_MENTIONS, EVENT_PARTICIPANTS, EVENTS, conform, empty_frame
from transforms.temporal import AS_PLANNED_RE, MONTHS, NUMBER_WORDS, WEEKDAYS, DateExpression, date_expressions, interval, tense_of
from transforms.venues import venues_in

# Event words, general German vocabulary. Nouns may be the head of a compound
# ("Sondierungsgespräche", "G7-Gipfel", "Krisentreffen"); verbs are lower case.
def _nouns(*heads: str) -> str:
    """Capitalised noun heads -> a pattern for each alone or as the head of a compound."""
    alternatives = "|".join(heads)
    lowered = "|".join(h[0].lower() + h[1:] for h in heads)
    return rf"(?:[A-ZÄÖÜ0-9][\w-]*(?:{lowered}|-(?:{alternatives}))|{alternatives})"


# Kinds of place whose name follows them: "in der äthiopischen Hauptstadt Addis Abeba", "im Badeort Antalya".
_PLACE_KINDS = (
    r"[\w-]*(?:[Hh]auptstadt|[Ss]tadt|[Mm]etropole|[Rr]egion|[Pp]rovinz|[Gg]emeinde|[Oo]rtschaft|[Oo]rt|[Dd]orf|"
    r"[Bb]undesstaat|[Bb]undesland|[Rr]epublik|[Ee]mirat|[Kk]önigreich|[Ii]nsel|[Kk]anton)"
)
# A noun a bare year qualifies ("die Pensionsanpassung 2024", "der Haushalt 2025"); not a word of time ("Ende 2024").
_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?!(?:Jahr|Jahre|Jahres|Jahren|Ende|Anfang|Mitte|Beginn|Herbst|Winter|Sommer|Frühjahr|Frühling|Quartal|Halbjahr)\s)"
    r"[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+$"
)
# A word of a clause, a day's ordinal number included ("kommt am 25. September wieder zusammen").
_WORD = r"(?:\d{1,2}\.|[^\s,;:.]+)\s+"
# A word of the clause between the parts of a separable or reflexive verb; a comma only inside a
# list of names ("mit Vertretern von Lime, Tier und Voi … treffen").
_CLAUSE_WORD = r"(?:\d{1,2}\.|[^\s,;:.]+(?:,(?=\s+[A-ZÄÖÜ][^\s,;:.]*(?:,|\s+und\s)))?)\s+"

_EVENT_WORDS: tuple[tuple[str, str], ...] = (
    ("call", _nouns("Telefonate?", "Telefonats", "Telefongespräche?", "Videokonferenz", "Videoschalte", "Schalte", "Telefonkonferenz", "Telefonschalte")),
    # "hatten sich mehrfach am Telefon ausgetauscht", "am Telefon gesprochen".
    ("call", rf"am\s+Telefon\s+(?:{_WORD}){{0,3}}?(?:ausgetauscht|austauschen|gesprochen|beraten|besprochen|abgestimmt)"),
    ("call", r"(?:telefonierte|telefonierten|telefoniert|telefonieren)"),
    ("call", rf"telefonisch\s+(?:{_WORD}){{0,6}}?(?:ausgetauscht|austauschen|beraten|berieten|gesprochen|abgestimmt|besprochen|bedankt|bedankte|gratuliert|gratulierte)"),
    ("summit", _nouns("Gipfeltreffens?", "Gipfels?", "Gipfelgespräche")),
    ("meeting", _nouns("Treffens?", "Zusammenkunft", "Begegnung", "Begegnungen", "Arbeitsessens?", "Arbeitsfrühstücks?", "Arbeitsabendessens?", "Arbeitsmittagessens?", "Bürgerversammlung", "Einwohnerversammlung", "Betriebsversammlung", "Gemeindeversammlung",
                        "Personalversammlung", "Bankett", "Banketts")),
    # "empfängt Li zu einem Abendessen", "bei einem Abendessen im Kanzleramt": a meal with guests.
    ("meeting", r"(?:zu|bei)\s+einem\s+(?:\w+en\s+)?(?:Abendessen|Mittagessen|Frühstück|Essen)|zu\s+(?:Abend|Mittag)\s+(?:gegessen|essen|aßen|aß|isst)"),
    ("meeting", rf"(?:aßen|aß|essen|isst)\s+(?:{_CLAUSE_WORD}){{0,12}}?zu\s+(?:Abend|Mittag)|(?:frühstückte|frühstückten|frühstückt|gefrühstückt)\s+(?:{_WORD}){{0,6}}?mit(?=\s)"),
    # "zu einem Empfang im Außenministerium", "beim Neujahrsempfang"; a round table.
    ("meeting", r"(?:zu|bei)\s+einem\s+(?:\w+en\s+)?Empfang|beim\s+Empfang|(?:Neujahrs|Staats|Sommer|Jahres)empfangs?|[Rr]unde[nmr]?\s+Tisch(?:es|s)?"),
    ("meeting", _nouns("Mediationsrunden?", "Spitzenrunden?", "Krisenrunden?", "Koalitionsrunden?") + r"|Bund-Länder-Runden?"),
    ("meeting", r"(?:trafen|treffen|trifft|traf)\s+sich"),
    ("meeting", r"(?:zusammenkommen|zusammengekommen|zusammenkam|zusammenkamen|zusammenkommt|zusammentreffen|zusammengetroffen|zusammentraf|zusammentrafen|zusammentrifft)"),
    # "kamen heute die Spitzen der Koalition zusammen", "will sich in Kinshasa mit X treffen": the
    # separable or reflexive verb around its clause.
    ("meeting", rf"(?:kamen|kommen|kommt|kam|trafen|trifft|traf)\s+(?:{_CLAUSE_WORD}){{0,14}}?zusammen"),
    ("meeting", rf"sich\s+(?:{_CLAUSE_WORD}){{1,22}}?(?:treffen|getroffen|trafen|begegnet|begegneten|begegnen)"),
    ("meeting", r"(?:begegneten|begegnen)\s+sich"),
    ("talks", _nouns("Gespräch", "Gesprächs", "Gespräche", "Gesprächen", "Gesprächsrunden?", "Unterredung", "Unterredungen", "Sondierungen", "Sondierungsrunden?", "Besprechung", "Besprechungen")),
    ("talks", r"(?:sondieren|sondiert|sondierte|sondierten)"),
    # A named format of regular talks ("beim Strategischen Dialog in Brüssel"); a bare "Dialog" is a process.
    ("talks", r"Strategische[nmr]?\s+Dialog(?:e?s)?"),
    # "sprachen per Videoschaltung miteinander", "haben vier Stunden zusammengesessen".
    ("talks", rf"(?:sprach|sprachen|sprechen)\s+(?:{_WORD}){{0,6}}?miteinander|miteinander\s+(?:gesprochen|sprechen)"),
    ("talks", r"(?:zusammengesessen|zusammensetzen|zusammengesetzt|zusammensaßen|zusammensitzen)"),
    # "Seit dem Vormittag sitzen die Innenminister in Brüssel zusammen".
    ("talks", rf"(?:sitzen|sitzt|saßen|saß|sassen|sass|setzten|setzen)\s+(?:{_CLAUSE_WORD}){{1,12}}?zusammen"),
    # "Vier Stunden lang sassen am Freitag … rund zwanzig Personen um einen Tisch" (Swiss "ss" for "ß").
    ("talks", rf"(?:saßen|saß|sassen|sass)\s+(?:{_CLAUSE_WORD}){{1,14}}?(?:um|an)\s+einen\s+Tisch"),
    # "zu einer Aussprache mit Kaiser" (a bare "Aussprache" is also pronunciation or a debate).
    ("talks", r"(?:zu\s+einer|zur)\s+(?:[a-zäöü]\w*en\s+)?Aussprache"),
    # "sprach am Montag mit Macron", "hatte mit den Präsidenten des Städtetags gesprochen".
    ("talks", rf"(?:sprach|sprachen|spricht|sprechen)\s+(?:{_WORD}){{0,6}}?mit(?=(?:\s+(?:de[mnr]|seine[mnr]?|ihre[mnr]?|einem|einer))?(?:\s+[a-zäöü][\w-]*en){{0,2}}\s+[A-ZÄÖÜ])"),
    ("talks", rf"mit\s+(?:de[mnr]\s+|seine[mnr]?\s+|ihre[mnr]?\s+)?(?:[a-zäöü]+(?:en|e)\s+){{0,2}}[A-ZÄÖÜ](?:{_WORD}){{1,14}}?(?:gesprochen|sprechen)"),
    # "hatten am Montag im Kanzleramt beraten", "berieten über die Lage": deliberations of several
    # parties ("ist gut beraten", "lässt sich beraten" are advice).
    ("consultations", r"(?<!gut )(?<!sich )(?<!schlecht )(?:berieten|beriet|beraten|berät)(?!\s+(?:lassen|worden|werden))"),
    ("negotiations", _nouns("Verhandlungen", "Verhandlungsrunden?", "Tarifrunden?", "Schlichtung", "Schlichtungsrunden?", "Trilogs?", "Trilogrunden?", "Verhandlungsauftakt", "Verhandlungsauftakts")),
    # "an den Verhandlungstisch zurückkehren" ("der am Verhandlungstisch sitzende Minister" is a role).
    ("negotiations", r"an\s+den\s+Verhandlungstisch"),
    # "Am Montag saßen Vertreter … bis tief in die Nacht am Verhandlungstisch".
    ("negotiations", rf"(?:saßen|saß|sitzen|sitzt)\s+(?:{_CLAUSE_WORD}){{0,16}}?am\s+Verhandlungstisch"),
    ("negotiations", r"(?:verhandeln|verhandelt|verhandelte|verhandelten|weiterverhandeln|weiterverhandelt|ausgehandelt|aushandeln|aushandelte|aushandelten)"),
    # "in der dritten Runde", "zur zweiten Runde getroffen": a round of the talks the article is about.
    ("negotiations", r"(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|nächste|neue|weitere|entscheidende|letzte)n?\s+(?:[a-zäöü]\w*en?\s+)?Runde"),
    ("consultations", _nouns("Konsultationen", "Beratungen")),
    ("session", _nouns("Sitzung", "Sitzungen", "Tagung", "Tagungen", "Anhörung", "Anhörungen", "Parteitag", "Parteitags", "Parteitages", "Klausur")),
    # The assembly of a body; bare "Versammlungen" are often rallies.
    ("session", _nouns("Mitgliederversammlung", "Hauptversammlung", "Vollversammlung", "Generalversammlung", "Delegiertenversammlung",
                       "Verbandsversammlung", "Plenarversammlung", "Sitzungsperiode", "Abschlussplenums?")),
    # A parliament's session in Switzerland or the Nordic Council ("die Herbstsession der eidgenössischen Räte").
    ("session", _nouns("Session")),
    ("session", r"(?:tagt|tagte|tagten|tagen|getagt)"),
    # "Im Koalitionsausschuss am vergangenen Freitag", "Der nächste Ministerrat soll in Malta
    # stattfinden", "Der Koalitionsausschuss hatte am Montagabend begonnen", "beim Deutsch-Französischen
    # Ministerrat": a body named for one of its meetings.
    ("session", r"(?:[Ii]m|[Ii]n\s+der)\s+(?:Koalitionsausschuss|Ministerrat|Agrarrat|Ministerkomitee|Koalitionsrunde)\w*"
                r"(?=\s+(?:(?:von|der|des)\s+[^,;:.]{0,40}?\s+)?(?:(?:am|vom)\s|(?:heute|gestern|morgen)(?![\w-])))"
                rf"|(?:Koalitionsausschuss|Ministerrat|Agrarrat|Ministerkomitee|Gemeinderat|Stadtrat|Kreistag)\w*\s+(?:{_WORD}){{0,8}}?(?:stattfinden|stattfindet|stattfand|stattfanden)"
                rf"|(?:Koalitionsausschuss|Ministerrat|Koalitionsrunde)\w*\s+(?:{_WORD}){{0,12}}?(?:begonnen|begann|beginnt|geendet|endete|unterbrochen|fortgesetzt|ohne\s+(?:Ergebnis|Einigung))"
                # "Der am Donnerstagabend begonnene Koalitionsausschuss"
                r"|(?:(?<=begonnene\s)|(?<=begonnenen\s)|(?<=unterbrochene\s)|(?<=fortgesetzte\s))(?:Koalitionsausschuss|Ministerrat|Koalitionsrunde)\w*"
                r"|[Bb]eim\s+(?:[A-ZÄÖÜ][\w-]*en\s+)?(?:[\w-]+-)?Ministerrat(?:e?s)?"
                # The EU Council's configurations: "beim Rat für Auswärtige Angelegenheiten".
                r"|[Bb]eim\s+Rat\s+für\s+(?:[A-ZÄÖÜ]\w*\s+)?[A-ZÄÖÜ]\w*"),
    # "Beim EU-Umweltrat am Donnerstag", "beim OSZE-Ministerrat im Dezember": a council and its date.
    ("session", r"[Bb]eim\s+(?:[\w-]+-)?[A-ZÄÖÜ]\w*rat(?=\s+(?:am|vom|im)\s+(?:vergangenen\s+|kommenden\s+|nächsten\s+)?"
                r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|\d|Januar|Jänner|Februar|"
                r"März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))"),
    # "tritt am Mittwoch der Landesparteivorstand zusammen", "soll zusammentreten": a body convenes.
    ("session", rf"(?:tritt|treten|trat|traten)\s+(?:{_CLAUSE_WORD}){{0,10}}?zusammen|zusammentreten|zusammengetreten|zusammentritt|zusammentraten"),
    ("conference", _nouns("Konferenz", "Konferenzen", "Kongress", "Kongresses", "Kongresse", "Wirtschaftsforums?")),
    # The UN climate conferences go by number: "die COP27 im ägyptischen Scharm el Scheich".
    ("conference", r"COP\s?\d{1,2}"),
    ("visit", _nouns("Besuch", "Besuche", "Besuchs", "Besuches")),
    ("visit", r"(?:besuchte|besuchten|besucht|besuchen|bereiste|bereisten|bereist|bereisen)"),
    # "will sich am Freitag im Kraftwerk Mellach ein Bild davon machen": an inspection on the spot.
    ("visit", rf"sich\s+(?:{_CLAUSE_WORD}){{0,16}}?ein\s+Bild\s+(?:von|davon|über)"),
    # "reiste am Montag nach Kinshasa", "will nach Kinshasa reisen": a trip is a visit there.
    ("visit", _nouns("Reise", "Reisen") + r"(?=\s+nach\s)"),
    ("visit", rf"(?:reist|reiste|reisten)\s+(?:{_WORD}){{0,10}}?(?:nach|in\s+(?:die|den))(?=\s+[A-ZÄÖÜ])"),
    # "hatte auf dem Hinweg in New York Station gemacht": a stop on a journey.
    ("visit", r"Station\s+(?:gemacht|machen|macht|machte|machten)"),
    # "war in die uruguayische Hauptstadt gereist", "nach Mali und Niger gereist", "nach Skopje weiterreiste".
    ("visit", r"(?:nach|in\s+(?:den|die))\s+(?:[a-zäöüß]+ische[nmrs]?\s+)?[A-ZÄÖÜ][\w-]+(?:\s+(?:(?:da|de|do|del|di|la|el|und)\s+)?[A-ZÄÖÜ][\w-]+)?\s+(?:zu\s+)?"
              r"(?:reisen|gereist|reiste|reisten|weiterreisen|weiterreist|weiterreiste|weitergereist|fliegen|geflogen|flog)"),
    # "landete in der saudischen Hafenstadt Dschidda", "ist in Peking gelandet"; "bricht zu einer Reise an den Golf auf".
    ("visit", rf"(?:landete|landeten|landet)\s+(?:{_WORD}){{0,8}}?in(?=\s)|in\s+(?:der\s+|dem\s+)?(?:[a-zäöüß]+e[nmrs]?\s+)?(?:{_PLACE_KINDS}\s+)?[A-ZÄÖÜ][\w-]+\s+gelandet"),
    ("visit", r"zu\s+einer\s+(?:[a-zäöüß]\w*en\s+)?(?:[A-ZÄÖÜ][\w-]*r|R)eise(?=\s+(?:nach|in|an|durch)\s)"),
    ("visit", rf"(?:weiterreist|weiterreiste|weiterreisen|fliegt|flog|flogen|fliegen)\s+(?:{_WORD}){{0,10}}?nach(?=\s+[A-ZÄÖÜ])"),
    # "war im Februar zu Gast in Berlin", "ist in Nyon eingetroffen": a stay somewhere.
    ("visit", r"zu\s+Gast\s+(?:in|bei)(?=\s+[A-ZÄÖÜ])|in\s+[A-ZÄÖÜ][\w-]+\s+(?:zu\s+Gast|eingetroffen)"
              # "ist heute in der usbekischen Stadt Samarkand eingetroffen", "war am Montag in der Hauptstadt eingetroffen".
              rf"|in\s+(?:der|dem|den)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?{_PLACE_KINDS}(?:\s+[A-ZÄÖÜ][\w-]+)?\s+eingetroffen"),
)
# The word-start test stands once before the alternatives, not in each: it then fails inside a
# word before any alternative is tried, which makes the search about five times faster.
_EVENT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(rf"(?P<{kind}{i}>{pattern}(?![\w-]))" for i, (kind, pattern) in enumerate(_EVENT_WORDS)) + ")"
)
# Words that look like event words but name something else: a court hearing, a press briefing,
# an interview ("im Gespräch mit der Zeitung"), a visitor count.
_NOT_EVENTS = re.compile(
    r"(?i)^(?:gerichts|haupt|berufungs|straf)verhandlung|(?:presse|medien)konferenz|"
    r"^(?:presse|bürger)gespräch|^(?:foto|jam|trainings|frage|aufnahme|studio)session|^(?:buch|film|platten|spiel)besprechung|^(?:besuchs|zuschauer)|^bischofskonferenz|^(?:ein|aufeinander)treffen|^us-kongress|^(?:ein|aus|weiter|rück|heim|durch)reise"
)
# "in den Kongress gewählt", "im Kongress", "vom Kongress verabschiedet", "dem Kongress der Vereinigten
# Staaten": the parliament, not a congress.
_PARLIAMENT_AFTER_RE = re.compile(r"\s+(?:der|von)\s+(?:Vereinigten\s+Staaten|USA|Philippinen)")
# "wo der Fall verhandelt wird": a court hears a case.
# ("Das DFB-Sportgericht verhandelt am Freitag", "Der Verfassungsgerichtshof verhandelt im Juni")
_COURT_RE = re.compile(r"(?<![\w-])(?:Fall|Falls|Klage|Prozess|[\w-]*[Gg]ericht\w*|[\w-]*[Rr]ichter\w*|Anklage|Angeklagte\w*)(?![\w-])")
# "Vor dem Verwaltungsgericht Gießen wird am 20. November verhandelt", "Vor dem Internationalen
# Gerichtshof fand eine Anhörung statt": a hearing in court.
_BEFORE_COURT_RE = re.compile(r"(?<![\w-])[Vv]or\s+(?:dem|einem)\s+(?:[\w-]+\s+)?[\w-]*(?:[Gg]ericht|[Gg]erichtshof|[Tt]ribunal)(?![\w])")
_PARLIAMENT_BEFORE_RE = re.compile(r"(?<![\w-])(?:in\s+den|im|vom)\s+$")
# "forderte einen eigenen Gipfel noch vor dem Sommer", "hat eine Sondersitzung beantragt": an event
# asked for is not one that is held (a definite one, "forderte … auf dem Gipfel", may be).
_DEMAND_RE = re.compile(r"(?<![\w-])(?:forder[nt]e?n?|forderte[n]?|gefordert|verlang(?:t|en|te|ten)|verlangt|beantrag(?:t|en|te|ten))(?![\w-])")
# (the object, not a phrase: "in einer Sitzung … eine Feuerpause verlangt" held the session)
_INDEFINITE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!in\s)(?<!bei\s)(?<!zu\s)(?<!auf\s)(?<!an\s)(?<!nach\s)(?<!mit\s)(?<!vor\s)(?<!während\s)(?<!Bei\s)(?<!In\s)(?<!Auf\s)(?<!Nach\s)"
    r"(?:ein|eine|einen)\s+(?:[„\"»‚]?[a-zäöüß][\w-]*\s+){0,2}[„\"»‚]?$"
)
# "fordert nun Verhandlungen über …", "forderte einen „Pflegegipfel“": the event word is what is asked for.
_DEMANDED_BARE_RE = re.compile(r"(?<![\w-])(?:forder[nt]e?n?|forderte[n]?|verlang(?:t|en|te|ten))\s+(?:[a-zäöüß][\w-]*\s+){0,2}[„\"»‚]?$")
# "hat Indien zu umfassenden Gesprächen aufgefordert": called to talks, not holding them.
_CALLED_TO_RE = re.compile(r"(?<![\w-])zu\s+(?:[a-zäöüß][\w-]*\s+){0,2}$")
_CALLED_RE = re.compile(r"(?<![\w-])(?:aufgefordert|aufgerufen|aufforder[nt]|aufforderte[n]?|appelliert\w*)(?![\w-])")
_OPENS_WITH_INDEFINITE_RE = re.compile(r"\s*(?:ein|eine|einen)\s")
# "in jeder Sitzung", "alle Treffen": no particular event.
_GENERIC_BEFORE_RE = re.compile(r"(?<![\w-])(?:jede[mnrs]?|alle[mn]?|sämtliche[mn]?)\s+(?:\w+\s+)?$", re.I)
# "die Anzahl der telefonierten Minuten": a participle used as an adjective.
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w-])(?:der|die|das|den|dem|des)\s+$", re.I)
# "besuchten die Unterstufe", "Unterricht besucht": attending, not visiting.
_ATTENDING_RE = re.compile(
    r"(?:\w*[Ss]chule|\w*[Uu]nterricht|\w*[Kk]urs[e]?|\w*[Kk]lassen?|Gymnasium|\w*[Uu]nterstufe|\w*[Oo]berstufe|"
    r"Universität|Hochschule|Vorlesung(?:en)?|Kindergarten|Seminar[e]?|Lehrveranstaltung(?:en)?)(?![\w-])"
)
# "die zweite Runde der Präsidentenwahl", "in der dritten Runde des Pokals": a round of something else.
_NOT_TALKS_ROUND_RE = re.compile(r"\w*(?:[Ww]ahl|[Ww]ahlgang|Pokal|Turnier|Qualifikation|Playoff|Liga|Spiel|Match|Satz)\w*|gegen\s")
# "die Begegnung gegen Serbien" is a match.
_MATCH_AFTER_RE = re.compile(r"\s+(?:\S+\s+){0,3}?gegen\s")
_INTERVIEW_RE = re.compile(
    r"[Gg]espräch\w*\s+mit\s+(?:der|dem|einem|einer)?\s*(?:[„\"»«]|[\w-]*(?:[Zz]eitung|[Zz]eitschrift|[Mm]agazin|[Ss]ender|"
    r"[Aa]gentur|[Bb]latt|[Rr]undfunk|[Ff]ernsehen|[Rr]adio|[Pp]ortal|[Pp]odcast|Journalisten|Reportern))"
)
_NOT_TALKS_WITH_RE = re.compile(
    r"mit\s+(?:de[mnr]\s+|einem\s+|einer\s+)?(?:[\w-]+\s+)?(?:[„\"»«]|Blick|Nachdruck|Sorge|Stolz|Bezug|Verweis|Hinweis|Journalisten|Reportern|"
    r"Medien\w*|Presse\w*|[\w-]*(?:[Zz]eitung|[Zz]eitschrift|[Mm]agazin|[Ss]ender|[Aa]gentur|[Bb]latt|[Rr]undfunk|[Ff]ernsehen|[Rr]adio|[Pp]ortal|[Pp]odcast))"
)
# ("schwer getroffen", "hart trifft": hit, not met)
_MEET_VERB_RE = re.compile(r"(?<![\w-])(?<!schwer )(?<!hart )(?<!stark )(?<!empfindlich )(?:trifft|traf|trafen|treffen|getroffen|empfängt|empfing|empfingen|empfangen)(?![\w-])(?!\s+sich)")
_NOT_MEETING_OBJECTS = r"(?:Entscheidung\w*|Vorkehrungen|Vereinbarung\w*|Maßnahmen|Absprachen?|Auswahl|Wahl|Regelung\w*|Vorsorge)"
_NOT_MEETING_OBJECT_RE = re.compile(
    rf"\s+(?:\w+\s+)?(?:{_NOT_MEETING_OBJECTS}|ins\s|den\s+Nerv|den\s+Ton)"
    # "trifft er auf den Sieger": meets an opponent ("trifft auf dem Gipfel Macron" is a place).
    r"|\s+(?:[^\s,;:.]+\s+){0,4}?auf\s+(?:den|die|das)\s"
)
# A person this close after the verb is its object ("traf am Mittwoch den gewählten Präsidenten X");
# before a verb-final "treffen" the reach is shorter, as more of the clause lies between.
_MEET_OBJECT_REACH = 100
_OFFICE_OBJECT_RE = re.compile(
    # "traf am Donnerstag Vertreter der Landkreise": a plural of envoys needs no article.
    r"(?<![\w-])(?:(?:[a-zäöüß][\w-]*e[nr]?\s+){0,2}(?:Vertreter|Vertreterinnen|Delegationen)(?![\w-])|"
    r"(?:den|die|seinen|seine|ihren|ihre|[A-ZÄÖÜ][\w-]+s)\s+(?:[a-zäöüß][\w-]*e[nr]?\s+){0,3}(?:[A-ZÄÖÜ][\w-]*)?"
    r"(?:[Pp]räsident(?:in|en)?|[Mm]inister(?:in|n)?|[Kk]anzler(?:in)?|[Rr]egierungschef(?:in|s)?|[Kk]önig(?:in)?|[Kk]remlchef|"
    r"[Ss]taatschef(?:in)?|Amtskolleg(?:in|en)|Bürgermeister(?:in)?|Premier(?:minister(?:in)?)?|Papst|Botschafter(?:in)?|"
    r"Generalsekretär(?:in)?|Vertreter(?:in|innen)?|Delegation)(?![\w-]))"
)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?]|$)")
_ARRIVAL_END_RE = re.compile(r"\sein\s*[.!?]?\s*$")
_MEET_SUBJECT_REACH = 40
_FRAMING_AUXILIARIES = r"(?:hat|hatte|haben|hatten|will|wollte|wollen|wollten|soll|sollte|sollen|sollten|wird|werden|möchte|kann|konnte)"
# ("Boris Pistorius (SPD) hat": a party in parentheses may stand between.)
_FRAMING_AUX_RE = re.compile(rf"(?:\s+\([^()]{{1,12}}\))?\s+{_FRAMING_AUXILIARIES}\s")
# "Bereits am Vorabend hatte Berset … die Gesundheitsdirektoren empfangen": the auxiliary before the subject.
_AUX_BEFORE_RE = re.compile(rf"(?<![\w-]){_FRAMING_AUXILIARIES}\s+(?:[\w-]+\s+){{0,3}}$")
# The object between the auxiliary and the final verb: "den Fischereiverband", "die Ministerin" (not "die Entscheidung").
_FRAMED_OBJECT_RE = re.compile(rf"(?<![\w-])(?:den|die|seinen|seine|ihren|ihre)\s+(?:[a-zäöüß][\w-]*e[nr]?\s+){{0,2}}(?!{_NOT_MEETING_OBJECTS})[A-ZÄÖÜ]")
# "in einer Telefonkonferenz mit Analysten", "stellte sich in einer Telefonkonferenz den Fragen von Journalisten"
_PRESS_CALL_RE = re.compile(r"(?:mit|von|vor)\s+(?:den\s+)?(?:Journalisten|Reportern|der Presse|Medienvertretern|Analysten|Investoren|Aktionären)")
# "Auf der Abschlusspressekonferenz sprach Bätzing über …", "hatte in einer Telefonkonferenz mit Analysten
# von Optionen gesprochen": speaking to the press, not talks.
_TO_THE_PRESS_RE = re.compile(r"[\w-]*(?:[Pp]ressekonferenz|[Mm]edienkonferenz|[Pp]ressestatement|Interview)\w*|" + _PRESS_CALL_RE.pattern)

_GATHERINGS_TRAVELLED_TO = frozenset({"summit", "conference", "session"})
_TRAVEL_RE = re.compile(r"(?i)reis")
# Days named by their distance from another event the text tells of ("am Vorabend", "tags darauf").
_NEIGHBOUR_DAY_RE = re.compile(r"\b(?:Vorabend|Vortag|Folgetag|tags\s+(?:zuvor|darauf)|Tage?\s+(?:zuvor|davor|danach|darauf|später))\b", re.IGNORECASE)
# Types that describe the same kind of gathering in different words; a call or a visit is not one.
_FAMILY = {
    "meeting": "gathering", "talks": "gathering", "negotiations": "gathering", "consultations": "gathering",
    "session": "gathering", "summit": "gathering", "conference": "gathering", "call": "call", "visit": "visit",
}
_TYPE_LABELS = {
    "meeting": "Treffen", "talks": "Gespräche", "negotiations": "Verhandlungen", "consultations": "Konsultationen",
    "session": "Sitzung", "summit": "Gipfel", "conference": "Konferenz", "call": "Telefonat", "visit": "Besuch",
}
# The date of a saying is not the date of what was said about ("sagte er am Sonntag über die Gespräche").
_SPEECH_BEFORE_DATE_RE = re.compile(
    r"(?:sagte|sagten|sagt|erklärte|erklärt|betonte|betont|berichtete|berichtet|meldete|teilte|kündigte|"
    # (a comma ends the saying: "kündigte an, er werde am Dienstag … zusammenkommen" dates what is said)
    r"warnte|schrieb|twitterte)\s+(?:[^\s,;:]+\s+){0,4}$"
)
_FUTURE_RE = re.compile(
    r"(?<![\w-])(?:soll|sollen|sollte|sollten|will|wollen|wird|werden|plant|planen|geplant|angesetzt|"
    r"vorgesehen|anberaumt|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?|geplante[nmrs]?)(?![\w-])"
)
_PLANNED_STATE_RE = re.compile(r"[^,;:.]*?\s(?:geplant|vorgesehen|angesetzt|anberaumt|terminiert)(?![\w-])")
_PAST_RE = re.compile(
    r"(?<![\w-])(?:hatte|hatten|hat|haben|war|waren|ist|sind|fand|fanden|trafen|traf|tagte|tagten|"
    r"telefonierte|telefonierten|besuchte|besuchten|verhandelte|verhandelten|endete|endeten|"
    r"vergangene[nmrs]?|jüngste[nmrs]?|letzte[nmrs]?)(?![\w-])"
)
# Undated event words in such sentences talk about an event that may never happen, or did not.
_HYPOTHETICAL_RE = re.compile(
    r"(?<![\w-])(?:wäre|wären|würde|würden|könnte|könnten|müsste|müssten|fordert|forderte|forderten|fordern|[Oo]b|"
    r"verlangt|verlangte|verlangen|angeboten|bereit|abgesagt|Absage|keine|kein|ohne)(?![\w-])"
    # "ist ohne Ergebnis geblieben", "endete ohne Einigung": it took place.
    r"(?!\s+(?:greifbare[sn]?\s+|konkrete[sn]?\s+|nennenswerte[sn]?\s+)?(?:Ergebnis|Einigung|Durchbruch|Annäherung|Fortschritte?|Abschlusserklärung)(?![\w-]))"
)
# "heute Abend", "später am Tag": a part of the publication day that may still lie ahead.
_LATER_TODAY_RE = re.compile(r"(?<![\w-])(?:[Hh]eute\s+(?:Nachmittag|Abend|Nacht)|[Hh]eute\s+im\s+Laufe\s+des\s+Tages|[Ss]päter\s+am\s+Tag)(?![\w-])")
# "bot an", "schlug vor", "vorgeschlagen": an offer or a proposal.
_OFFERED_RE = re.compile(r"(?<![\w-])(?:bot|boten|bietet|anbot|vorgeschlagen|schlug|schlugen|schlägt)(?![\w-])")
_CANCELLED_RE = re.compile(
    r"(?<![\w-])(?:abgesagt|Absage|abgeblasen|gestrichen|platzte|geplatzt|abgelehnt|verweigert|verhindert|untersagt|"
    r"nicht\s+stattfinden|nicht\s+stattgefunden|nicht\s+statt|"
    # "Ein direktes Treffen … kam bislang nicht zustande", "Wir sind heute Nacht nicht zusammengekommen"
    r"nicht\s+zustande|nicht\s+zusammengekommen|nicht\s+zusammengetroffen)(?![\w-])"
    # "sagte seine Teilnahme an einem Wirtschaftsforum ab"
    rf"|(?<![\w-])(?:sagte|sagten|sagt|sagen)\s+(?:{_WORD}){{1,10}}?ab(?=\s*(?:[,;:.]|$))"
)
# "Ein Treffen zwischen Modi und Sharif war nicht vorgesehen", "Sandu selbst war nicht nach Luxemburg
# gereist", "Gespräche mit Peking hält er für ausgeschlossen": an event the clause denies.
_DENIED_RE = re.compile(
    r"(?<![\w-])(?:nicht\s+(?:(?:mehr|bislang|bisher|derzeit|vorerst|zwingend|ernsthaft)\s+)?(?:vorgesehen|geplant|sinnvoll|terminiert|zulässig|"
    r"in\s+Sicht|auf\s+der\s+Tagesordnung|nach\s+[A-ZÄÖÜ]\S*\s+(?:gereist|gefahren|geflogen)|aufgenommen|eingeladen)|"
    r"ausgeschlossen|vom\s+Tisch)(?![\w-])"
    # "Ein Treffen … wird es vorerst nicht geben", "Ein Spitzengespräch gab es bislang nicht", "reiste nicht nach Honduras"
    r"|(?<![\w-])(?:wird|werde|würde)\s+es\s+(?:[^\s,;:.]+\s+){0,6}?nicht\s+geben(?![\w-])"
    r"|(?<![\w-])(?:gab|gibt|gebe)\s+es\s+(?:[^\s,;:.]+\s+){0,2}?nicht(?![\w-])"
    r"|(?<![\w-])(?:reiste|reisten|reist|flog|flogen|fliegt|kam|kamen|kommt)\s+(?:[^\s,;:.]+\s+){0,2}?nicht\s+nach\s"
)
# "Eine Pressekonferenz nach dem Gipfel gab es nicht": a gathering named as a time or a frame is not what is denied.
_FRAME_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Nn]ach|[Vv]or|[Ww]ährend|[Ss]eit|[Bb]ei|[Aa]uf|[Rr]ande)\s+(?:dem|der|des|einem|einer|eines)\s+(?:[\w-]+\s+)?$")
# "Nach dem Treffen", "nach einem zweistündigen Gespräch": the event lies before what the sentence says.
_AFTER_EVENT_RE = re.compile(r"(?<![\w-])[Nn]ach\s+(?:dem|der|den|einem|einer|zwei|drei|mehreren|\w+en)(?:\s+\w+)?\s*$")
_QUOTED_RE = re.compile(r"[„\"»«][^„“\"»«]{0,400}[“\"«»]")
# The preposition that makes a named place a place: "in Genf", "in der Ukraine", "im kanadischen
# La Malbaie", "auf der indonesischen Insel Bali", "in der saudi-arabischen Hafenstadt Dschidda".
# "aus" is left out: "Vertreter aus Chile" names a party, not the venue.
_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<preposition>[Ii]n|[Ii]m|[Ii]ns|[Nn]ach|[Bb]ei|[Bb]eim|[Vv]or|[Aa]uf)\s+"
    # (an article is no adjective: "zu einer Sitzung zusammen, in dem die Ukraine …" relates, it places nothing)
    r"(?:(?:der|dem|den|die|das)\s+)?(?:(?!(?:der|die|das|dem|den|des|eine[mnrs]?)\s)[a-zäöüß]+(?:-[a-zäöüß]+)*(?:e|en|er|es|em)\s+){0,2}"
    # "im Stuttgarter Hospitalhof": a town's adjective
    r"(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?"
    # "in Aserbaidschans Hauptstadt Baku": a country's genitive before the kind
    rf"(?:(?:[A-ZÄÖÜ][\w-]*s\s+)?(?P<kind>{_PLACE_KINDS})\s+)?$"
)
# "in Kameruns Hauptstadt Jaunde": the country only says which capital is meant.
_STOP_BEFORE_RE = re.compile(
    r"(?<![\w-])Station\s+(?:ist|war|wird|bildet|bildete)\s+(?:(?:am|an\s+\w+)\s+[A-ZÄÖÜ]\w*\s+|(?:heute|morgen|gestern)\s+)?$"
)
_KIND_AFTER_RE = re.compile(rf"s?\s+{_PLACE_KINDS}\s+[A-ZÄÖÜ]")
_PLACE_REACH = 80
_APPOSITION_RE = re.compile(rf",\s+(?:der|des|dem)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?{_PLACE_KINDS}(?:\s+[^\s,;:.]+){{0,4}},")
# "berieten über die Lage in Syrien", "Appelle zur Lage in Syrien", "von den Kriegen im Sudan", "die Konferenz zum Frieden in der
# Ukraine": the place of the topic, not of the event (but "der Gipfel zur nuklearen Sicherheit in Den
# Haag" is held there), "über das Vorgehen auf dem Westbalkan". "der Organisation für Sicherheit und
# Zusammenarbeit in Europa": a place in a name.
_TOPIC_PLACE_RE = re.compile(
    r"(?<![\w-])(?:Organisation\s+für\s+(?:[\w-]+\s+){0,3}[\w-]+"
    r"|über\s+(?:(?:die|den|das|dem|der)\s+)?(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)"
    r"|(?:zu[mr]|eine[rn]?|die|der|den)\s+(?:[a-zäöüß]\w*\s+)?(?:[\w-]*(?:[Ll]age|[Kk]atastrophe|[Kk]rise|[Kk]rieg|[Kk]onflikt|[Ii]ntervention|[Uu]nruhen|[Kk]ämpfe|[Gg]ewalt|[Ss]pannungen)(?:n|en|e|es|s)?"
    r"|Situation|Frieden|Wiederaufbau|Zukunft|Anschlag|Anschlags|Angriff|Angriffs|Hochwasser|Unglück|Unglücks))\s+(?:in|im|auf)\s+(?:(?:der|dem|den|die)\s+)?$"
)
# "zum Gipfel nach Minsk", "zu einem Vierergipfel nach Minsk": travelling to the gathering names its place.
_TO_EVENT_RE = re.compile(r"(?<![\w-])zu(?:m|r|\s+(?:einem|einer|den))?\s+(?:[a-zäöüß]+\s+)?$")
# "hat ihre Mitgliederversammlung nach Frankfurt einberufen", "den Rat nach Weimar eingeladen": the gathering is called there.
_SUMMONED_RE = re.compile(r"\s+(?:einberufen|eingeladen|geladen|gerufen|zusammengerufen)(?![\w-])")
# "nach Brüssel, wo am Donnerstag ein Sondergipfel stattfindet": the place the relative clause hangs on.
# "in Nouakchott erwartet, wo er … treffen soll": the place a "wo" clause goes on from, a verb or two between.
_WHERE_RE = re.compile(r"(?:\s+[a-zäöüß]+){0,2}\s*,\s+wo\s")
_PARTICIPANT_TYPES = frozenset({"PER", "ORG", "LOC"})
_NOT_PORTFOLIOS = frozenset({"premier", "staats", "bundes", "landes", "regierungs", "chef", "vize", "fach", "amts"})
_PORTFOLIO_RE = re.compile(r"(?<![\w])(?:[A-ZÄÖÜ][\w]*-)?([A-ZÄÖÜ][a-zäöüß]{3,}?)minister(?:in|innen|n)?(?![\wäöüß])")
# "Für Donnerstag ist eine weitere Runde angesetzt, wieder in St. Pölten": a place added after a comma.
_AGAIN_IN_RE = re.compile(r",\s+(?:ebenfalls|wieder|erneut|diesmal|auch|jeweils|dann)(?:\s+[a-zäöüß]+)?\s+(?:in|im)\s+(?:der\s+|dem\s+)?(?:[a-zäöüß]+e[nmrs]?\s+)?$")
# "Skopje (dpa) - …", "Wien – …", "Frankfurt. Die …": the city a report is filed from opens its body.
# (how far into the body a dateline may stand: a teaser and a byline before it)
_DATELINE_REACH = 600
_DATELINE_CITY_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[-–—]\s|\.\s+[A-ZÄÖÜ])")
# "Am Rande des Gipfels trafen sich …", "Im Anschluss an die Konferenz treffen sie …": the gathering
# named after it hosts another event. A bare "am Rande" ("Rubio traf dort am Rande auch Fidan") sets
# the event beside the gathering the article tells of.
_ON_THE_SIDELINES = r"(?<![\w-])(?:(?:am|Am)\s+Rande\s+(?:de[rs]|eine[rs])|(?:im|Im)\s+Anschluss\s+an\s+(?:den|die|das|einen|eine))\s+"
# "Im Anschluss zogen sich beide zurück", "Dort will er Caputo treffen", "…; anschließend reiste er nach
# Berlin": the sentence (or clause) goes on from the day the text just told of.
_CONTINUES_RE = re.compile(r"^(?:Im\s+Anschluss(?!\s+an\s)|Dort)(?![\w-])")
_CLAUSE_CONTINUES_RE = re.compile(r"[;,]\s+(?:anschließend|danach)\s")
_BARE_SIDELINES_RE = re.compile(r"(?<![\w-])(?:am|Am)\s+Rande(?![\w-])(?!\s+(?:de[rs]|eine[rs])\s)")
_ASIDE_RE = re.compile(_ON_THE_SIDELINES + r"(?:\w+\s+)?|" + _BARE_SIDELINES_RE.pattern)
# The gathering word right after it ("am Rande des informellen Gipfels") names the host.
_HOST_NOUN_RE = re.compile(_ON_THE_SIDELINES + r"(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*?)(?:e?s)?(?![\w-])")
_HOST_BEFORE_RE = re.compile(_ON_THE_SIDELINES + r"(?:[a-zäöüß]\w*\s+)?$")
# "28. Mai", "19.7.": the expression writes its day out.
_WRITTEN_DAY_RE = re.compile(r"\d")
_EVE_RE = re.compile(
    r"(?<![\w-])(?:[Aa]m\s+(?:Vorabend|Vortag)\s+(?:de[rs])|(?:[Aa]m|[Ee]inen)\s+Tag\s+vor\s+(?:dem|der))\s+(?:[a-zäöüß]\w*\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*?)(?:es|s)?(?![\w-])"
)
# "Am Montag soll dort ein Treffen stattfinden": the venue is the place the previous sentences named.
_DORT_RE = re.compile(r"(?<![\w-])[Dd]ort(?![\w-])")
# "an gleicher Stelle", "in derselben Stadt": where the event told before took place.
_SAME_PLACE_RE = re.compile(
    r"(?<![\w-])(?:in\s+(?:derselben|der\s+gleichen|der\s+selben)\s+Stadt|an\s+(?:gleicher|derselben|der\s+gleichen|selber)\s+Stelle|"
    r"am\s+(?:selben|gleichen)\s+Ort)(?![\w-])"
)
_DORT_REACH = 400
# The place key of a venue no town entity links ("im Adenauer-Haus"): its words, apart from entity ids.
_VENUE_KEY = "venue:"
_EVENT_PRECISIONS = frozenset({"day", "week", "month", "quarter", "year"})
# Two articles report one development when they share this many names and this share of all their names.
_RELATED_MIN_SHARED = 3
_RELATED_MIN_JACCARD = 0.15
# A name in more articles than this (or 1 % of them) is too common to relate two articles.
_RELATED_COMMON_NAME_ARTICLES = 50


@dataclass
class _Mention:
    """One sentence of one article that reports an event."""

    article_id: str
    story_id: str | None
    published: date | None
    event_type: str
    trigger: str
    trigger_start: int
    sentence_start: int
    sentence_end: int
    evidence: str
    start_date: date | None = None
    end_date: date | None = None
    precision: str | None = None
    status: str | None = None
    location: str | None = None
    location_key: str | None = None
    location_entity_id: str | None = None
    participants: list[str] = field(default_factory=list)
    # "die Gespräche" points back to an event already named, "ein Treffen" introduces a new one.
    article: str | None = None  # "definite", "indefinite" or None
    # "Am Rande des Gipfels trafen sich X und Y": the meeting is its own event beside the summit,
    # and the summit named there (the host) is one the article already tells of, or else its own.
    aside: bool = False
    host: bool = False
    # "am Vorabend des Ministerrats": the gathering (here "Ministerrat") whose eve dates the sentence's events.
    eve_of: str | None = None
    # How other articles may name the same participant: a person by surname ("Steinmeier" for
    # "Frank-Walter Steinmeier"), whose entity ids differ between articles.
    party_names: dict[str, str] = field(default_factory=dict)
    # "die Agrarminister der EU", "EU-Außenminister": the portfolios of the ministers who meet.
    portfolios: frozenset[str] = frozenset()
    # "hat sich am Dienstag … getroffen" in an article without a publication date: the text dates
    # the occasion, only not in a way that can be resolved, so it is no earlier event retold; and
    # another report of its story must fit those dates ("am Montag", "Anfang Dezember").
    unresolved_dates: tuple[str, ...] = ()
    # Other articles that name many of the same people, places and organisations: reports of one
    # development, whose events of one day merge even when only one of them names the parties.
    related: frozenset[str] = frozenset()
    # "am Montag" on a page dated only to its month: the event is dated to the month, but "am Montag"
    # and "am Dienstag" on that page stay two days (read against the middle of the month).
    day_hint: date | None = None


def _event_words(sentence: str) -> list[tuple[str, str, int, int]]:
    """A sentence -> its event words as (event_type, word, start, end) offsets into the sentence."""
    found = []
    for match in _EVENT_RE.finditer(sentence):
        word = match.group()
        if _NOT_EVENTS.search(word):
            continue
        if "espräch" in word and _INTERVIEW_RE.search(sentence, match.start(), match.end() + 60):
            continue
        if "sprach" in word or "sprech" in word or "sproch" in word:
            # "sprach mit Journalisten", "sprach mit Blick auf …", "sprach mit der Zeitung": not talks.
            if _NOT_TALKS_WITH_RE.search(sentence, match.start(), match.end() + 40):
                continue
            if word[0].islower() and _TO_THE_PRESS_RE.search(sentence, *_clause_around(sentence, match.start(), match.end())):
                continue
        # "ist im Gespräch" means under consideration.
        if word == "Gespräch" and sentence[max(0, match.start() - 3) : match.start()] == "im " and not sentence.startswith(" mit", match.end()):
            continue
        if _PRESS_CALL_RE.search(sentence[match.end() : match.end() + 40]) and "konferenz" in word.lower():
            continue
        if word.startswith("Kongress") and (
            _PARLIAMENT_BEFORE_RE.search(sentence, max(0, match.start() - 8), match.start())
            or _PARLIAMENT_AFTER_RE.match(sentence, match.end())
        ):
            continue
        if (word.startswith("verhandel") or "nhörung" in word) and _court_near(sentence, match.start(), match.end()):
            continue
        if _BEFORE_COURT_RE.search(sentence, *_clause_around(sentence, match.start(), match.end())):
            continue
        if _GENERIC_BEFORE_RE.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if word[0].isupper() and _demanded(sentence, match.start(), match.end()):
            continue
        if word.startswith("Begegnung") and _MATCH_AFTER_RE.match(sentence, match.end()):
            continue
        if word[0].islower() and not word.endswith("Runde") and _DETERMINER_BEFORE_RE.search(sentence, max(0, match.start() - 5), match.start()):
            continue
        if word.endswith("Runde") and _NOT_TALKS_ROUND_RE.search(sentence, max(0, match.start() - 40), match.end() + 40):
            continue
        # (within the verb's clause: "besuchte Yogyakarta, wo er an der Universität …" is a visit)
        if word.startswith("besuch") and _ATTENDING_RE.search(sentence, *_clause_around(sentence, match.start(), match.end())):
            continue
        kind = re.sub(r"\d+$", "", match.lastgroup or "")
        found.append((kind, word, match.start(), match.end()))
    # "reist nach Brüssel, wo ein Gipfel stattfindet": the trip is to the gathering, no visit of its own.
    if any(kind in _GATHERINGS_TRAVELLED_TO for kind, *_ in found):
        found = [f for f in found if not (f[0] == "visit" and _TRAVEL_RE.search(f[1]))]
    return found


def _demanded(sentence: str, start: int, end: int) -> bool:
    """Sentence + an event noun's offsets -> whether the noun is what someone asks for ("forderte einen Gipfel"), not an event held."""
    before = sentence[max(0, start - 40) : start]
    lo, hi = _clause_around(sentence, start, end)
    if _DEMANDED_BARE_RE.search(before):
        return True
    if _CALLED_TO_RE.search(before) and _CALLED_RE.search(sentence, lo, hi):
        return True
    if not _INDEFINITE_BEFORE_RE.search(before):
        return False
    # "Zugleich forderte der Verband, einen weiteren Flüchtlingsgipfel … einzuberufen": the demand
    # stands in the clause before the one the thing asked for opens.
    if _OPENS_WITH_INDEFINITE_RE.match(sentence, lo, start) and lo > 1:
        lo = _clause_around(sentence, lo - 2, lo - 2)[0]
    return bool(_DEMAND_RE.search(sentence, lo, hi) or _CALLED_RE.search(sentence, lo, hi))


def _denied(sentence: str, start: int, end: int) -> bool:
    """Sentence + an event word's offsets -> whether its clause denies it ("war nicht vorgesehen"), unless it only frames the clause ("nach dem Gipfel")."""
    if _FRAME_BEFORE_RE.search(sentence, max(0, start - 40), start):
        return False
    return _DENIED_RE.search(sentence, *_clause_around(sentence, start, end)) is not None


# "unter Leitung des früheren Bundesarbeitsrichters": a mediator's past, no court.
_FORMER_RE = re.compile(r"(?:früher|ehemalig|einstig)\w*\s+$")


def _court_near(sentence: str, start: int, end: int) -> bool:
    """A sentence + an event word's span -> whether a court sits near it or in its clause ("Das Arbeitsgericht ordnete nach einer Anhörung … an")."""
    clause = _clause_around(sentence, start, end)
    return any(
        not _FORMER_RE.search(sentence, max(0, court.start() - 20), court.start())
        for lo, hi in ((max(0, start - 60), end + 60), clause)
        for court in _COURT_RE.finditer(sentence, lo, hi)
    )


def _meetings_with_people(sentence: str, people: list[tuple[int, int]], found: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence + its person names (offsets) + event words already found -> meetings told by transitive "treffen".

    "Scholz trifft am Montag Macron", "will Steinmeier Präsident Barrow treffen": the verb meets a
    person named right after it (verb second) or right before it (verb last). Other objects
    ("Die Zölle treffen China", "eine Entscheidung treffen") are not meetings.
    """
    meetings = []
    for match in _MEET_VERB_RE.finditer(sentence):
        if any(start <= match.start() < end for _, _, start, end in found) or _NOT_MEETING_OBJECT_RE.match(sentence, match.end()):
            continue
        # "traf ein Boot mit Flüchtlingen … ein": the separable "eintreffen" is an arrival.
        if _ARRIVAL_END_RE.search(sentence, match.end(), _clause_around(sentence, match.start(), match.end())[1]):
            continue
        after = any(0 <= start - match.end() <= _MEET_OBJECT_REACH and not _CLAUSE_BREAK_RE.search(sentence, match.end(), start) for start, _ in people)
        # "traf Singapurs Regierungschef Lee Hsien Loong", "hatte den Kremlchef empfangen": a person the
        # name tagger missed, known by the office named as the verb's object.
        office = _OFFICE_OBJECT_RE.search(sentence, match.end(), match.end() + _MEET_OBJECT_REACH)
        after = after or bool(office and not _CLAUSE_BREAK_RE.search(sentence, match.end(), office.start()))
        # "…, wo er Iraks Regierungschef Adel Abdul-Mahdi traf.": a past verb that ends its clause.
        clause_end = _CLAUSE_END_RE.match(sentence, match.end()) is not None
        before = (match.group().startswith(("treffen", "getroffen", "empfangen")) or clause_end) and any(
            0 <= match.start() - end <= _MEET_SUBJECT_REACH and not _CLAUSE_BREAK_RE.search(sentence, end, match.start()) for _, end in people
        )
        # "Ribeiro hatte den Fischereiverband am Montag in Lissabon getroffen": the subject opens the
        # clause with its auxiliary, the object and the adverbs stand between it and the final verb.
        framed = match.group().startswith(("treffen", "getroffen", "empfangen")) and clause_end and any(
            (aux := _FRAMING_AUX_RE.match(sentence, end)) and not _CLAUSE_BREAK_RE.search(sentence, end, match.start())
            and _FRAMED_OBJECT_RE.search(sentence, aux.end(), match.start())
            for _, end in people if end < match.start()
        ) or (
            match.group() == "empfangen" and clause_end and any(
                _AUX_BEFORE_RE.search(sentence, max(0, start - 40), start) and not _CLAUSE_BREAK_RE.search(sentence, end, match.start())
                and _FRAMED_OBJECT_RE.search(sentence, end, match.start())
                for start, end in people if end < match.start()
            )
        )
        if after or before or framed:
            meetings.append(("meeting", match.group(), match.start(), match.end()))
    return meetings


# "Blinken wird am Montag in Israel erwartet", "Im März wird eine Delegation des Folketing in Kiel
# erwartet": a named guest expected somewhere is a visit.
# "wird am Dienstag in Rom erwartet"; "Am Montag traf eine Delegation der Kommission in Hamburg ein",
# "traf heute Abend auf Bali ein": an arrival (of a person or delegation: a shipment arrives too).
_EXPECTED_RE = re.compile(
    rf"(?<![\w-])(?:(?:wird|werden|wurde|wurden)\s+(?:{_WORD}){{0,8}}?(?:in|im)\s+(?:{_WORD}){{0,3}}?erwartet"
    rf"|(?:trifft|traf|trafen)\s+(?:{_WORD}){{0,24}}?(?:in|auf)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+ein)(?![\w-])"
)
_DELEGATION_RE = re.compile(r"(?<![\w-])Delegation(?:en)?(?![\w-])")


def _expected_visits(sentence: str, people: list[tuple[int, int]], found: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence + its person names (offsets) + event words already found -> visits told by "wird in X erwartet" or "traf in X ein" of a person or delegation."""
    visits = []
    for match in _EXPECTED_RE.finditer(sentence):
        clause = _clause_around(sentence, match.start(), match.end())
        if any(clause[0] <= start < clause[1] for _, _, start, _ in found):
            continue
        if any(clause[0] <= start < match.end() for start, _ in people) or _DELEGATION_RE.search(sentence, clause[0], match.end()):
            visits.append(("visit", match.group(), match.start(), match.end()))
    return visits


# "Am Mittwoch befasst sich der Ministerrat mit …", "Der Landtag debattierte am Mittwoch", "hat das
# Sicherheitskabinett einberufen": a convened body dealing with a matter holds a session.
_DEALS_WITH_RE = re.compile(
    r"(?<![\w-])(?:befasst|befasste|befassten|befassen|einberufen|einberief|einberiefen|debattiert|debattierte|debattierten)(?![\w-])"
)
_BODY_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*(?:rat|rats|ausschuss|kabinett|präsidium|kommission|gremium)|Rat|Kabinett|Senat|Präsidium|Kommission|Ausschuss|"
    r"Landtag|Bundestag|Nationalrat|Ständerat|Kreistag|Parlament|Gremium|Vorstand|Aufsichtsrat)(?![\w-])"
)


def _bodies_dealing_with(sentence: str, found: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence + event words already found -> sessions told by a body that "befasst sich" with something in the same clause."""
    sessions = []
    for match in _DEALS_WITH_RE.finditer(sentence):
        clause = _clause_around(sentence, match.start(), match.end())
        if any(clause[0] <= start < clause[1] for _, _, start, _ in found):
            continue  # "in seiner Sitzung … befassen": the session is already named
        if _BODY_RE.search(sentence, clause[0], clause[1]):
            sessions.append(("session", match.group(), match.start(), match.end()))
    return sessions


# "kommt … zusammen", "zusammengetreten", "trifft sich": a verb of convening (its subject decides what kind).
_CONVENES_RE = re.compile(r"(?<![\w-])(?:zusammen\w*|trifft\s+sich|treffen\s+sich|traf\s+sich|trafen\s+sich)$")
# "kam mit der Gewerkschaft zusammen", "beriet über den Haushalt": a partner or a topic, not the subject.
_WITH_SOMEONE_RE = re.compile(r"(?<![\w-])(?:mit|bei)\s")
_TOPIC_OR_PARTNER_RE = re.compile(r"(?<![\w-])(?:über|mit|bei|zu|auf)\s")
_HEADS_RE = re.compile(r"(?<![\w-])(?:Staats-\s+und\s+Regierungschef(?:s|innen)?|Staatschefs|Staats-\s+und\s+Regierungschefinnen)(?![\w-])")


# "kamen zu einem bilateralen Gespräch zusammen", "trafen sich zu ihrer Herbstsitzung": the occasion a
# verb of meeting names in its clause says what kind of gathering it is.
_OCCASION_RE = re.compile(
    r"(?<![\w-])zu[mr]?\s+(?:(?:eine[mnr]?|seine[mnr]?|ihre[mnr]?|unsere[mnr]?|de[mnr])\s+)?(?:[\w-]+e[mnrs]?\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)"
)
_OCCASION_KINDS = frozenset({"talks", "negotiations", "consultations", "session", "summit", "conference"})


def _occasions_named(words: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence's event words -> the same, a verb of meeting whose clause names its occasion ("zu einem Gespräch") of that occasion's kind."""
    out = []
    for kind, word, start, end in words:
        if kind == "meeting" and word[0].islower():
            for occasion in _OCCASION_RE.finditer(word):
                named = _EVENT_RE.fullmatch(occasion["noun"])
                named_kind = re.sub(r"\d+$", "", named.lastgroup) if named else None
                if named_kind in _OCCASION_KINDS:
                    kind = named_kind
                    break
        out.append((kind, word, start, end))
    return out


def _bodies_convening(sentence: str, words: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence's event words -> the same, a body that convenes on its own holding a session, heads of state a summit.

    "Der Umweltausschuss des Landtags kommt am Mittwoch zusammen", "Am Dienstag beriet das Kabinett"
    are sessions; "Der Vorstand kam mit der Gewerkschaft zusammen" stays a meeting with someone;
    "Ab Sonntag treffen sich die Staats- und Regierungschefs" is a summit.
    """
    out = []
    for kind, word, start, end in words:
        convening = (kind == "meeting" and _CONVENES_RE.search(word)) or (kind == "consultations" and word[0].islower())
        if convening:
            clause = _clause_around(sentence, start, end)
            if _HEADS_RE.search(sentence, clause[0], clause[1]):
                out.append(("summit", word, start, end))
                continue
            # ("beriet das Kabinett über …": the subject may follow the verb, up to what it deliberates on)
            reach = end
            if kind == "consultations":
                topic = _TOPIC_OR_PARTNER_RE.search(sentence, end, clause[1])
                reach = topic.start() if topic else clause[1]
            if _BODY_RE.search(sentence, clause[0], reach) and not _WITH_SOMEONE_RE.search(sentence, clause[0], end):
                kind = "session"
        out.append((kind, word, start, end))
    return out


# "telefonierte mit Selenskyj über den Stand der Verhandlungen": what another event is about.
_ABOUT_RE = re.compile(r"(?<![\w-])über\s+(?:(?:de[nmrs]|die|das|eine[nmrs]?|ein)\s+)?(?:[\w-]+\s+(?:de[rs]\s+)?){0,2}$")


def _without_topics(sentence: str, words: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A sentence's event words -> those that are not the topic of an earlier one in their clause ("telefonierten über die Gespräche")."""
    return [
        (kind, word, start, end) for kind, word, start, end in words
        if not (
            _ABOUT_RE.search(sentence, max(0, start - 40), start)
            and any(other_end <= start and not _CLAUSE_BREAK_RE.search(sentence, other_end, start) for _, _, _, other_end in words)
        )
    ]


# "die erste Tagung seit Juli 2019", "bis zum 30. September abgeschlossen": a date after "seit" or
# "bis" bounds a period, it does not date the event.
_SINCE_RE = re.compile(r"(?<![\w-])(?P<word>seit|seitdem|bis)\s+(?:(?:dem|der|den|zum|zur|Anfang|Mitte|Ende)\s+)?$", re.I)
# "seit gestern tagen die Minister", "seit dem 3. März" a week ago: a recent start still dates the event.
_RECENT_START_DAYS = 14
# Further from its event word than this, a date in a long sentence is about something else.
_MAX_DATE_DISTANCE = 120
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
_SPEECH_VERB_RE = re.compile(
    r"(?<![\w-])(?:sagte|sagten|erklärte|erklärten|betonte|berichtete|meldete|teilte|kündigte|warnte|"
    r"schrieb|twitterte|bestätigte|verkündete|gab|forderte|kritisierte)(?![\w-])"
)
_RECURRING_RE = re.compile(r"(?<![\w-])(?:jährlich|alljährlich|jede[nmrs]?|immer|jeweils|regelmäßig|traditionell)(?![\w-])")
# "in direkte Gespräche mit dem Iran einzutreten", "um an der Konferenz teilzunehmen": an
# infinitive clause names an intention; a date outside that clause belongs to the main verb.
_INFINITIVE_CLAUSE_RE = re.compile(r"(?<![\w-])(?:zu\s+\w+(?:en|ern|eln)|\w+zu(?:gehen|nehmen|treten|kommen|führen|setzen|halten|fahren|reisen|laden|stimmen|sagen|legen|treffen|richten|rufen|stellen|geben|bringen|machen))\W*$")
_RELATIVE_PRONOUN = r",\s+(?:(?:in|auf|an|bei|mit|nach|von|vor|unter|während|zu)\s+)?(?:der|die|das|dem|den|denen|deren|dessen|welche[mnrs]?)\s"
_RELATIVE_CLAUSE_RE = re.compile(_RELATIVE_PRONOUN + r"|,\s+(?:als|nachdem|bevor|seit|seitdem|weil|obwohl)\s")
_RELATIVE_PRONOUN_RE = re.compile(_RELATIVE_PRONOUN)
# "Eigentlich sollten die Gespräche erst am Montag starten", "ursprünglich für Juni geplant",
# "von Montag auf Mittwoch verschoben": a schedule the event no longer keeps.
_SUPERSEDED_RE = re.compile(r"(?<![\w-])(?:[Ee]igentlich|[Uu]rsprünglich|[Zz]unächst\s+geplant)(?![\w-])")
_POSTPONED_FROM_RE = re.compile(r"(?<![\w-])von\s+(?:(?:dem|der|den)\s+)?$")
_POSTPONED_RE = re.compile(r"(?<![\w-])(?:verschoben|verlegt|vertagt|vorgezogen|verschiebt|verlegte|vertagte)(?![\w-])")
_FOR_YEAR_RE = re.compile(r"(?:(?<![\w-])(?:für|ab)\s+(?:das\s+Jahr\s+)?|(?<![\w-])(?:[\w-]*[Hh]aushalt\w*|[\w-]*[Bb]udget\w*|Etat\w*|Plan|Programm|Agenda|Vision|Strategie)\s+(?:\d{4}/)?)$")
# (not the article of a preposition's date: "seit dem 27. Oktober", "an dem Tag")
_ATTRIBUTE_OPEN_RE = re.compile(
    r"(?<![\w-])(?<!seit\s)(?<!an\s)(?<!vor\s)(?<!nach\s)(?<!ab\s)"  # (re.I: "Seit dem" too)
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+(?:(?:am|vom|im|für|seit)\s+)?$",
    re.I,
)
_ATTRIBUTE_HEAD_RE = re.compile(
    r"(?:\s+[^\s,;:.]+){0,10}?\s+[a-zäöüß][\w-]*(?:te|ten|tes|ter|tem|ene|enen|ener|enes|enem|ende|enden|endes|ender)\s+(?P<head>[A-ZÄÖÜ][\w-]*)"
)
# ("Vor dem Hintergrund der Spannungen", "Nach den Worten des Sprechers" name no happening.)
_OTHER_HAPPENING_RE = re.compile(
    r"\s*(?:[Nn]ach|[Vv]or|[Ss]eit|[Bb]is\s+zu)\s+(?:der|dem|den|des|einer|einem|seiner|ihrer)\s+"
    r"(?!(?:Hintergrund|Eindruck|Willen|Worten|Angaben|Einschätzung|Ansicht|Auffassung|Meinung|Vorbild|Motto|Vorstellung)\b)\w+"
)
# "Olaf Scholz (SPD) in Dschidda": a party or abbreviation in parentheses ends no clause.
_SHORT_PARENTHESIS = 12
# "die Innenminister Italiens, Griechenlands und Zyperns in Luxemburg": a comma between the items of
# a list of names ends no clause either.
_LIST_COMMA = r",(?=\s+[A-ZÄÖÜ][^\s,;:.]*(?:,|\s+(?:und|oder|sowie)\s))"
# "am Montag, 15. Juli, in Düsseldorf", "am Dienstag, dem 24. Jänner, im Landhaus": the commas around a
# date in apposition end no clause either.
_DATE_APPOSITION = r"\s(?:de[mn]\s)?\d{1,2}\.\s[A-ZÄÖÜ][a-zä]{2,8}(?:\s\d{4})?,"
_AFTER_DATE_APPOSITION = "".join(
    rf"(?<!,\s{article}{day}\.\s[A-ZÄÖÜ][a-zä]{{{length}}}{year})"
    for article in ("", r"de[mn]\s") for day in (r"\d", r"\d\d") for length in range(2, 9) for year in ("", r"\s\d{4}")
)
_CLAUSE_BREAK_RE = re.compile(
    rf"(?!{_LIST_COMMA}){_AFTER_DATE_APPOSITION},(?!{_DATE_APPOSITION})|[;:]|\s[-–]\s"
    rf"|\((?![^()\s]{{1,{_SHORT_PARENTHESIS}}}\))"
    + r"|\)" + "".join(rf"(?<!\([^()\s]{{{n}}}\))" for n in range(1, _SHORT_PARENTHESIS + 1))
)
# "… in die Europäische Union. 1998 konnte er …": a sentence end the splitter keeps (it never splits before a digit).
_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-zäöüß)])[.!?]\s+(?=\d)")
_RANGE_JOIN_RE = re.compile(r"\s*(?:bis(?:\s+(?:zum|zur))?|und|-|–)\s*(?:(?:am|zum)\s+)?")


def _distance(sentence: str, trigger_start: int, trigger_end: int, expression: DateExpression) -> int:
    """Event word + a date in the same sentence -> how far apart they read (characters, plus a clause break penalty)."""
    if expression.start_char >= trigger_end:
        lo, hi, extra = trigger_end, expression.start_char, 0
    else:
        # A date after the event word ("Treffen am Montag") is a closer reading than one before it.
        lo, hi, extra = expression.end_char, trigger_start, 5
    return hi - lo + extra + 200 * len(_CLAUSE_BREAK_RE.findall(sentence, lo, hi))


# "mit dem Präsidenten des Bauernverbands, Joachim Rukwied, telefoniert": the commas around a name in apposition end no clause.
_NAME_APPOSITION_RE = re.compile(r",(\s[A-ZÄÖÜ][\w.'’-]+(?:\s[A-ZÄÖÜ][\w.'’-]+){1,2}),")


def _clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Sentence + a word's offsets -> the offsets of the clause holding it (between clause breaks)."""
    sentence = _NAME_APPOSITION_RE.sub(lambda m: f" {m[1]} ", sentence)
    before = [m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK_RE.search(sentence, end)
    return (before[-1] if before else 0), (after.start() if after else len(sentence))


def _bounds_period(
    sentence: str, expression: DateExpression, dates: list[DateExpression], published: date | None, trigger_start: int
) -> bool:
    """A date after "seit"/"bis" + the event word's offset -> whether it bounds a period rather than dating an event there."""
    bound = _SINCE_RE.search(sentence, max(0, expression.start_char - 24), expression.start_char)
    if bound is None:
        return False
    # "Seit dem 27. Oktober hatten Unterhändler … verhandelt": the talks under way since then began that day
    # ("die erste Tagung seit Juli 2019" names the period before the event instead).
    if (
        bound["word"].lower() == "seit" and expression.end_char <= trigger_start
        and not _CLAUSE_BREAK_RE.search(sentence, expression.end_char, trigger_start) and not _RECURRING_RE.search(sentence)
    ):
        return False
    # "vom 6. bis zum 8. Juni": the end of a range the event spans.
    if any(_RANGE_JOIN_RE.fullmatch(sentence, other.end_char, expression.start_char) for other in dates if other.end_char <= expression.start_char):
        return False
    if expression.precision == "day" and bound["word"].lower() == "seit":
        recent = published is not None and expression.start_date is not None and 0 <= (published - expression.start_date).days <= _RECENT_START_DAYS
        return not (expression.relative or recent)
    return True


def _dates_event(
    sentence: str, trigger_start: int, trigger_end: int, expression: DateExpression, clause: tuple[int, int], own_dated: bool
) -> bool:
    """Event word + a resolved date of its sentence + the word's clause (and whether that clause has a date of its own) -> whether the date can date the event."""
    in_clause = clause[0] <= expression.start_char < clause[1]
    if _INFINITIVE_CLAUSE_RE.search(sentence, clause[0], clause[1]) and not in_clause:
        return False
    # "kündigte in der Sitzung an, im November einen Bericht vorzulegen": the date of the intention.
    if not in_clause and _INFINITIVE_CLAUSE_RE.search(sentence, *_clause_around(sentence, expression.start_char, expression.end_char)):
        return False
    # "sagte er am Sonntag über die Gespräche": the date of the saying.
    saying = _SPEECH_BEFORE_DATE_RE.search(sentence, 0, expression.start_char)
    if saying and not saying.start() < trigger_start < expression.start_char:
        return False
    # "der Gipfel, der jährlich im Mai stattfindet", "…, auf der im März …": the date belongs to a
    # recurrence or to a relative clause about something else.
    if _RECURRING_RE.search(sentence, max(0, min(trigger_start, expression.start_char - 12)), max(trigger_end, expression.end_char)):
        return False
    relative = expression.start_char >= trigger_end and _RELATIVE_CLAUSE_RE.search(sentence, trigger_end, expression.start_char)
    # "Die Sondierungsgespräche, die am 28. Februar begonnen hatten": a relative clause on the event word itself dates it;
    # so does one that tells where and when a thing took place after a short attribute ("der Konferenz zum Frieden in
    # der Ukraine, die am Samstag … stattfand").
    if relative:
        held = None if relative.start() == trigger_end else _held_clause(sentence, trigger_end)
        on_the_word = relative.start() == trigger_end or (held is not None and held[0] == relative.end() and expression.end_char <= held[1])
        if not on_the_word or _RELATIVE_CLAUSE_RE.search(sentence, relative.end(), expression.start_char):
            return False
    # "Nach der Resolution in der Nacht zum Samstag führten Beratungen …": the date places the
    # other happening the phrase names, and the event only after (or before) it.
    # (the date must stand in that phrase: "Vor dem Treffen in Brüssel haben sich die Minister am
    # Montag … abgestimmt" dates the main clause)
    other = expression.end_char <= trigger_start and _OTHER_HAPPENING_RE.match(
        sentence, _clause_around(sentence, expression.start_char, expression.end_char)[0], expression.start_char
    )
    if other and _ATTRIBUTE_RE.fullmatch(sentence, other.end(), expression.start_char):
        return False
    # "…, kam es heute nach intensiven Verhandlungen zu einer Entscheidung": the date is the
    # decision's; the event came before it.
    after_event = _AFTER_EVENT_RE.search(sentence, max(0, trigger_start - 60), trigger_start)
    if after_event and expression.end_char <= after_event.start():
        return False
    # "die Verhandlungen um den Haushalt für 2011", "Budget 2016": the year the subject is for.
    if expression.precision == "year" and _FOR_YEAR_RE.search(sentence, max(0, expression.start_char - 20), expression.start_char):
        return False
    # "der am Dienstag in Mannheim verletzte Spieler reist …": a date inside a participle attribute
    # dates the noun it modifies ("das für Montag geplante Treffen" dates the Treffen).
    if _ATTRIBUTE_OPEN_RE.search(sentence, max(0, expression.start_char - 14), expression.start_char):
        attribute = _ATTRIBUTE_HEAD_RE.match(sentence, expression.end_char)
        if attribute and attribute.start("head") != trigger_start:
            return False
    # "Am Freitag erklärte X das Scheitern des Gipfels": the date belongs to the saying.
    if expression.end_char <= trigger_start and _SPEECH_VERB_RE.search(sentence, expression.end_char, trigger_start):
        return False
    gap = expression.start_char - trigger_end if expression.start_char >= trigger_end else trigger_start - expression.end_char
    # (a date of the event word's own clause dates it however long the clause: "Bereits am Montag
    # hatten sich der Senator und die Stadträte der zwölf Bezirke … zu einer Vorbesprechung getroffen")
    if gap > _MAX_DATE_DISTANCE and not in_clause:
        return False
    # (endpos one past the later word's start, so the look-ahead for its digit sees it)
    if _SENTENCE_BREAK_RE.search(sentence, min(trigger_end, expression.end_char), max(trigger_start, expression.start_char) + 1):
        return False
    # "… bei einem Kongress, der am Montag stattfinden sollte, gab es 2015 …": the event's own clause
    # dates it, even where the date cannot be resolved; a date in another clause is about something else.
    if own_dated and not in_clause:
        return False
    return True


_ATTRIBUTE_WORDS_RE = re.compile(r"\s+(?:[^\s,;:.]+\s+){0,5}[^\s,;:.]+")
_TOOK_PLACE_RE = re.compile(
    r"(?<![\w-])(?:stattfand|stattfanden|stattfindet|stattfinden|stattgefunden|tagte|tagten|begann|begonnen|beginnt|"
    r"beginnen|abgehalten|angesetzt|anberaumt|geplant|vorgesehen|"
    # "zu dem der Kanzler ins Kanzleramt geladen hatte", "die Russland in Salechard ausrichtete"
    r"ausrichtete|ausrichteten|ausgerichtet|ausrichtet|geladen|eingeladen|"
    # "zu dem Costa und von der Leyen am 27. Januar in der indischen Hauptstadt erwartet werden"
    r"erwartet|erwartete|erwarteten)(?![\w-])"
)


def _held_clause(text: str, trigger_end: int) -> tuple[int, int] | None:
    """Text + an event word's end -> the span of a relative clause on that word that says where or when it took place, if any.

    "Die Verhandlungsrunde, die am Freitag in Potsdam begonnen hatte", and after a short attribute
    "der Konferenz zum Frieden in der Ukraine, die am Samstag auf dem Bürgenstock stattfand".
    """
    relative = _RELATIVE_PRONOUN_RE.search(text, trigger_end, trigger_end + 60)
    if relative is None or not (relative.start() == trigger_end or _ATTRIBUTE_WORDS_RE.fullmatch(text, trigger_end, relative.start())):
        return None
    clause_end = _CLAUSE_BREAK_RE.search(text, relative.end())
    end = clause_end.start() if clause_end else len(text)
    return (relative.end(), end) if _TOOK_PLACE_RE.search(text, relative.end(), end) else None


def _superseded(sentence: str, expression: DateExpression, dates: list[DateExpression]) -> bool:
    """Sentence + one of its dates + all of them -> whether the text gives that date as a schedule since changed."""
    clause = _clause_around(sentence, expression.start_char, expression.end_char)
    if _POSTPONED_FROM_RE.search(sentence, max(clause[0], expression.start_char - 12), expression.start_char):
        return bool(_POSTPONED_RE.search(sentence, clause[0], clause[1]))
    # The marker must come before this date with no other date between ("das ursprünglich für
    # Montag geplante Treffen findet am Mittwoch statt" keeps Mittwoch).
    markers = list(_SUPERSEDED_RE.finditer(sentence, clause[0], expression.start_char))
    marker = markers[-1] if markers else None
    return marker is not None and not any(marker.end() <= other.start_char < expression.start_char for other in dates)


# "nach dem Gipfel", "vor dem Treffen", "seit der Konferenz": a gathering told of elsewhere, as a time.
_TIME_PHRASE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Nn]ach|[Vv]or|[Ss]eit)\s+(?:dem|der|den)\s+(?:[a-zäöüß][\w-]*\s+)?$")
# What may stand between such a gathering and its own date: names, articles and prepositions
# ("nach dem Treffen von Lais Vorgängerin Tsai mit dem damaligen US-Parlamentschef McCarthy im April").
_ATTRIBUTE_RE = re.compile(
    r"(?:\s+(?:[A-ZÄÖÜ][\w.-]*|von|vom|mit|und|in|im|der|des|dem|den|die|das|zwischen|auf|zur|zum|"
    r"(?<=der\s|des\s|dem\s|den\s|die\s|das\s)[a-zäöüß]+(?:en|e)))*\s+(?:am|an|im|vom|in|Anfang|Mitte|Ende)?\s*"
)


def _nearest_date(
    sentence: str, trigger_start: int, trigger_end: int, dates: list[DateExpression], published: date | None = None
) -> tuple[DateExpression, DateExpression] | None:
    """Event word position + the sentence's dates (offsets into the sentence) + publication date -> the first and last date it is given."""
    clause = _clause_around(sentence, trigger_start, trigger_end)
    calendar = [
        e for e in dates
        if (e.value is None or e.precision in _EVENT_PRECISIONS)
        and not _bounds_period(sentence, e, dates, published, trigger_start)
        and not _superseded(sentence, e, dates)
    ]
    own_dated = any(clause[0] <= e.start_char < clause[1] for e in calendar)
    if sentence[trigger_start : trigger_start + 1].isupper() and _TIME_PHRASE_BEFORE_RE.search(sentence, max(0, trigger_start - 30), trigger_start):
        # "Eine Pressekonferenz nach dem Gipfel gab es nicht; … am Montag": the gathering is itself a
        # time for the clause; only a date that follows it dates it ("nach dem Gipfel vom Dienstag").
        calendar = [e for e in calendar if 0 <= e.start_char - trigger_end and _ATTRIBUTE_RE.fullmatch(sentence, trigger_end, e.start_char)]
    usable = [
        (_distance(sentence, trigger_start, trigger_end, e), e)
        for e in calendar
        if e.start_date is not None and _dates_event(sentence, trigger_start, trigger_end, e, clause, own_dated)
    ]
    if not usable:
        return None
    best = min(distance for distance, _ in usable)
    # Of dates about as near ("Flashforward 2005 … Anfang April", "am Abend des 23.06."), the
    # absolute and the finer one wins.
    _, chosen = min(
        ((d, e) for d, e in usable if d <= best + 40),
        key=lambda pair: (pair[1].relative, _PRECISION_RANK[pair[1].precision], pair[0]),
    )
    # "vom 12. bis 14. Juni", "am Sonntag und Montag": the event spans both.
    first = last = chosen
    for expression in dates:
        if expression.start_date is None or expression.precision != chosen.precision:
            continue
        if expression.start_char >= last.end_char and _RANGE_JOIN_RE.fullmatch(sentence, last.end_char, expression.start_char):
            last = expression
        elif expression.end_char <= first.start_char and _RANGE_JOIN_RE.fullmatch(sentence, expression.end_char, first.start_char):
            first = expression
    if last.start_date and first.start_date and last.start_date < first.start_date:
        return chosen, chosen
    return first, last


_DEFINITE = frozenset("der die das den dem des beim zum zur vom am im diese dieser diesen diesem dieses".split())
_INDEFINITE = frozenset("ein eine einem einen einer eines zwei drei weitere weiteren weiterer neue neuen neuer".split())


def _article_before(sentence: str, word_start: int) -> str | None:
    """Sentence + event word offset -> "definite"/"indefinite" by the determiner up to three words before it, else None."""
    for word in reversed(sentence[max(0, word_start - 40) : word_start].split()[-3:]):
        word = word.lower().strip(",.;:„“\"»«()")
        if word in _DEFINITE:
            return "definite"
        if word in _INDEFINITE:
            return "indefinite"
    return None


def _status(sentence: str, trigger_start: int, start: date | None, published: date | None) -> str | None:
    """Sentence + event word offset + event date + publication date -> 'planned' or 'past' as the text presents it.

    The date decides when it lies before or after publication. Otherwise "nach dem Treffen" is
    past, and the tense cue nearest the event word outside quotations decides; an event on the
    publication day with no future cue is under way, which reads as past. None if nothing tells.
    """
    if start is not None and published is not None and start != published:
        return "planned" if start > published else "past"
    if _AFTER_EVENT_RE.search(sentence, 0, trigger_start):
        return "past"
    unquoted = _QUOTED_RE.sub(lambda m: " " * len(m.group()), sentence)
    unquoted = AS_PLANNED_RE.sub(lambda m: " " * len(m.group()), unquoted)
    cues = [(abs(m.start() - trigger_start), "planned") for m in _FUTURE_RE.finditer(unquoted)]
    cues += [
        (abs(m.start() - trigger_start), "past") for m in _PAST_RE.finditer(unquoted)
        # "ist ein Besuch in Manila geplant": a plan's state, not a past tense
        if not (m.group() in ("ist", "sind") and _PLANNED_STATE_RE.match(unquoted, m.end()))
    ]
    if cues:
        return min(cues)[1]
    if start is not None and start == published:
        # "Heute Nachmittag kommt Heil mit den Verbänden zusammen": a later part of the day, told in
        # the present, is still to come.
        later = _LATER_TODAY_RE.search(unquoted) and tense_of(unquoted, trigger_start) != "PAST"
        return "planned" if later else "past"
    # No cue of the event's own: the tense of the sentence's verbs ("führten Beratungen … zu").
    tense = tense_of(unquoted, trigger_start)
    return {"PAST": "past", "FUTURE": "planned"}.get(tense or "")


def _mentions_of_article(article: dict, mentions: list[dict]) -> list[_Mention]:
    """One article row + its entity mentions -> the event mentions it reports."""
    body = article["body"] or ""
    published_at = article["published_at"]
    anchor = published_at.date() if published_at is not None and article["published_precision"] in ("minute", "day") else None
    # A page dated only to its month: weekdays and "gestern" are read against the month's middle
    # and then widened to the month, the most the page tells.
    month_anchor = published_at.date().replace(day=15) if published_at is not None and article["published_precision"] == "month" else None
    found: list[_Mention] = []
    expressions: list[DateExpression] | None = None
    named: dict[str, str] | None = None
    surnames: dict[str, str] | None = None
    by_start = sorted(mentions, key=lambda m: m["start_char"])
    starts = [m["start_char"] for m in by_start]
    dateline_city = _dateline_city(body, by_start)
    previous_start = 0
    for tokens in sentences(body):
        s0, s1 = tokens[0][1], tokens[-1][2]
        sentence_before, previous_start = (previous_start, s0), s0
        sentence = body[s0:s1]
        first = bisect.bisect_left(starts, s0)
        in_sentence = [m for m in by_start[first : bisect.bisect_left(starts, s1, first)] if m["end_char"] <= s1]
        in_sentence = _retyped_places(body, s0, in_sentence, mentions)
        words = _event_words(sentence)
        people = [(m["start_char"] - s0, m["end_char"] - s0) for m in in_sentence if m["entity_type"] == "PER"]
        words += _meetings_with_people(sentence, people, words)
        words += _expected_visits(sentence, people, words)
        words += _bodies_dealing_with(sentence, words)
        words = _occasions_named(_bodies_convening(sentence, words))
        words = _without_topics(sentence, words)
        words = [w for w in words if not _denied(sentence, w[2], w[3])]
        if not words or _CANCELLED_RE.search(sentence):
            continue
        if expressions is None:
            # Tagging the whole body once keeps narrative context; only articles with an event word pay for it.
            expressions = date_expressions(body, anchor or month_anchor)
        local = [
            DateExpression(
                e.start_char - s0, e.end_char - s0, e.text, e.value, e.start_date, e.end_date, e.precision, e.relative, e.modifier
            )
            for e in expressions
            if s0 <= e.start_char and e.end_char <= s1
        ]
        # "Global 2000", "Flashforward 2005": a year inside a name does not date anything (a month or
        # day inside one, "der EU Mitte April", is the tagger's overreach).
        # "zu Gesprächen über die Pensionsanpassung 2024": a bare year right after a noun names which one.
        local = [
            e for e in local
            if e.precision != "year"
            or not (
                any(m["start_char"] <= s0 + e.start_char and s0 + e.end_char <= m["end_char"] for m in in_sentence)
                or (
                    e.text[:1].isdigit()
                    and (noun := _NOUN_BEFORE_RE.search(sentence, max(0, e.start_char - 40), e.start_char)) is not None
                    # "in Glasgow 2021", "der Sturz der Taliban 2001": a name and a year date a happening
                    and not any(m["start_char"] < s0 + noun.end() and s0 + noun.start() < m["end_char"] for m in in_sentence)
                )
            )
        ]
        venues = [(s0 + v.start, s0 + v.end, v.text) for v in venues_in(sentence)]
        towns = _untagged_towns(sentence, s0, in_sentence, mentions)
        for event_type, word, w0, w1 in words:
            mention = _Mention(
                article_id=article["article_id"], story_id=article.get("story_id"), published=anchor,
                event_type=event_type, trigger=word, trigger_start=s0 + w0,
                sentence_start=s0, sentence_end=s1, evidence=sentence,
                # A determiner tells about a noun ("das Treffen"); before a verb it belongs to something else.
                article=_article_before(sentence, w0) if word[0].isupper() else None,
                portfolios=_portfolios(sentence),
            )
            eve = _EVE_RE.search(sentence)
            mention.eve_of = eve["noun"] if eve else None
            mention.host = (eve is not None and eve.start("noun") == w0) or bool(_HOST_BEFORE_RE.search(sentence, max(0, w0 - 50), w0))
            clause = _clause_around(sentence, w0, w1)
            mention.aside = not mention.host and any(clause[0] <= m.start() < clause[1] for m in _ASIDE_RE.finditer(sentence))
            dated = _nearest_date(sentence, w0, w1, local, anchor)
            if dated is not None:
                _set_date_told(mention, *dated, month_anchor)
                _date_from_last_day(mention, sentence, w0)
            else:
                clause = _clause_around(sentence, w0, w1)
                mention.unresolved_dates = tuple(e.text for e in local if e.value is None and clause[0] <= e.start_char < clause[1])
                # (The same kind of event in the sentence before is what this one retells: it joins that one later.)
                retold = any(m.sentence_start == sentence_before[0] and _FAMILY[m.event_type] == _FAMILY[event_type] for m in found)
                if not (mention.unresolved_dates or retold) and (told := _day_continued(sentence, s0, w0, sentence_before, expressions)):
                    _set_date_told(mention, told, told, month_anchor)
            mention.status = _status(sentence, w0, mention.start_date, anchor)
            _place_and_participants(mention, body, in_sentence, venues, towns)
            if mention.location_key is not None and mention.location_key.startswith(_VENUE_KEY):
                _take_town(mention, _town_of_venue(mention.location), mentions)
            elif mention.location is not None and (town := _town_of_venue(mention.location)) is not None:
                # "im Brüsseler Ratsgebäude" tagged as one place: reports naming the town compare equal.
                mention.location_key = _place_key(town)
            if mention.location is None:
                _place_from_dort(mention, body, sentence, w0, w1, mentions)
            if mention.location is None:
                _place_from_same_place(mention, sentence, w0, w1, found)
            # ("NEW YORK. Seit Dienstag …": the dateline may stand as a sentence of its own)
            opens_report = dateline_city and (dateline_city["start_char"] == s0 or body[dateline_city["end_char"] : s0].strip() == ".")
            # "Skopje (dpa) – … hat in Nordmazedonien … begonnen": the dateline's capital says where in the country.
            in_its_country = opens_report and mention.location_key is not None and mention.event_type != "visit" and (
                capital_country_ids().get(dateline_city.get("key", dateline_city["entity_id"])) == mention.location_key
            )
            if (mention.location is None or in_its_country) and opens_report and mention.event_type != "call":
                mention.location, mention.location_entity_id = dateline_city["surface"], dateline_city["entity_id"]
                mention.location_key = dateline_city.get("key", dateline_city["entity_id"])
            if mention.location is None and mention.event_type != "call":
                _place_from_town_adjective(mention, body, mentions)
            if mention.location is None and mention.event_type != "call":
                _place_from_town_body(mention, body, mentions)
            if mention.location is None and mention.event_type != "call":
                _place_from_capital_adjective(mention, body, mentions)
            if named is None:
                named = {m["surface"].lower(): m["entity_id"] for m in mentions if m["entity_type"] in _PARTICIPANT_TYPES}
            for entity_id in parties_in_compounds(sentence, named):
                if entity_id not in mention.participants and entity_id != mention.location_key:
                    mention.participants.append(entity_id)
            if surnames is None:
                surnames = _surnames(mentions)
            mention.party_names = surnames
            found.append(mention)
    return found


def _set_date_told(mention: _Mention, first: DateExpression, last: DateExpression, month_anchor: date | None) -> None:
    """A mention + the first and last date expression that date it (+ a month-only page's anchor) -> the mention dated."""
    mention.start_date, mention.precision = first.start_date, first.precision
    mention.end_date = last.end_date or first.start_date
    # (a relative day outside the issue's month was counted from a day the page writes: "am 3. März …
    # Tags zuvor" in a May issue keeps its day)
    if month_anchor is not None and first.relative and first.precision in ("day", "week") and (
        _WRITTEN_DAY_RE.search(first.text) or (first.start_date.year, first.start_date.month) == (month_anchor.year, month_anchor.month)
    ):
        _date_on_month_page(mention, first, month_anchor)


# "das zweitägige Treffen", "seines dreitägigen Staatsbesuchs": how many days the event word's event lasts.
_DAYS_LONG_RE = re.compile(r"(?<![\w-])(?P<days>\d|[a-zäöüß]+)tägige[nmrs]?\s+(?:[a-zäöüß][\w-]*\s+){0,2}$", re.I)
# "endete am Samstagmittag", "den letzten Tag … begonnen", "zum Abschluss": the date told is the event's last day.
_LAST_DAY_RE = re.compile(r"(?<![\w-])(?:endete|endeten|endet|enden|zu\s+Ende|letzten\s+Tag|Abschluss|Schlusstag|beendet)(?![\w-])")


def _date_from_last_day(mention: _Mention, sentence: str, trigger_start: int) -> None:
    """A mention dated to one day + its sentence -> the mention starting earlier when that day ends an event of several days.

    "Das zweitägige informelle Treffen in Limassol endete am Samstagmittag" began on Friday.
    """
    if mention.precision != "day" or mention.end_date != mention.start_date:
        return
    long = _DAYS_LONG_RE.search(sentence, max(0, trigger_start - 60), trigger_start)
    if long is None or not _LAST_DAY_RE.search(sentence):
        return
    days = int(long["days"]) if long["days"].isdigit() else NUMBER_WORDS.get(long["days"].lower())
    if not days or days != int(days) or not 2 <= days <= 14:
        return
    mention.start_date = mention.end_date - timedelta(days=int(days) - 1)


def _day_continued(
    sentence: str, s0: int, trigger_start: int, sentence_before: tuple[int, int], expressions: list[DateExpression]
) -> DateExpression | None:
    """An undated event word's sentence + the body's dates -> the date it goes on from ("Im Anschluss …", "Dort …"), else None."""
    if _CONTINUES_RE.match(sentence):
        lo, hi = sentence_before
    elif clause := _CLAUSE_CONTINUES_RE.search(sentence, 0, trigger_start):
        lo, hi = s0, s0 + clause.start()
    else:
        return None
    told = [e for e in expressions if lo <= e.start_char and e.end_char <= hi and e.start_date is not None]
    return told[-1] if told else None


def _date_on_month_page(mention: _Mention, expression: DateExpression, month_anchor: date) -> None:
    """A mention dated against the middle of its page's publication month -> its date as far as the page can tell it."""
    if _WRITTEN_DAY_RE.search(expression.text):
        # "am 28. Mai" in a May issue: the day is written and only the year was inferred, which is the issue's
        # in the issue's month whatever the tense.
        if expression.start_date.month == month_anchor.month and expression.start_date.year != month_anchor.year:
            years = month_anchor.year - expression.start_date.year
            with contextlib.suppress(ValueError):  # no 29 February in the issue's year: keep the inferred one
                start = mention.start_date.replace(year=mention.start_date.year + years)
                end = mention.end_date.replace(year=mention.end_date.year + years) if mention.end_date else None
                mention.start_date, mention.end_date = start, end
        return
    # A weekday or "gestern" says only that the day lies in the issue's month; the day is kept as a hint.
    mention.day_hint = mention.start_date
    mention.start_date, mention.end_date, mention.precision = interval(mention.start_date.strftime("%Y-%m"))


def _place_preposition(body: str, sentence_start: int, place_start: int) -> str | None:
    """Body + a LOC mention's start -> the preposition of place that governs it ("in", "nach" …), else None."""
    match = _PLACE_BEFORE_RE.search(body, max(sentence_start, place_start - _PLACE_REACH), place_start)
    if match is None:
        # "Erste Station war am Montag Brasília": a journey's stop is where its events are.
        return "in" if _STOP_BEFORE_RE.search(body, max(sentence_start, place_start - _PLACE_REACH), place_start) else None
    preposition = match["preposition"].lower()
    return {"im": "in", "ins": "in", "beim": "bei"}.get(preposition, preposition)


# "Vertreter Deutschlands, Frankreichs und Großbritanniens – der sogenannten E3 – in Paris", "der
# Kommunale Arbeitgeberverband NRW (KAV NW) … in einem Düsseldorfer Tagungshotel": an insertion
# between dashes or a name's abbreviation ends no clause.
_INSERTION_RE = re.compile(
    r"\s[-–]\s[^-–;:()]{1,80}?\s[-–]\s|\([A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*){0,3}\)"
    # "zu einem Vorbereitungstreffen, der sogenannten Pre-COP, in Baku": a noun in apposition.
    r"|,\s(?:der|die|das|des|dem|den)\s(?:[a-zäöüß]+(?:e|en|er|es|em)\s){0,2}[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*){0,2},"
    # "Am Dienstag folgt, ebenfalls in Manila, der Ostasiengipfel": a place added between commas.
    r"|,\s(?:ebenfalls|wieder|erneut|diesmal|jeweils|auch)\s(?:in|im|auf)\s[^,;:]{1,40},"
)


def _clause_broken(body: str, lo: int, hi: int) -> bool:
    """Body + a span -> whether a clause break lies in it, an insertion between dashes or an abbreviation not counting."""
    span = body[lo:hi]
    if "–" in span or " - " in span or "(" in span or ", " in span:
        body = body[:lo] + _INSERTION_RE.sub(lambda m: " " * len(m[0]), span) + body[hi:]
    return bool(_CLAUSE_BREAK_RE.search(body, lo, hi))


def _locates(mention: _Mention, body: str, preposition: str | None, place: dict, held: tuple[int, int] | None) -> bool:
    """Whether a LOC mention with its preposition is where the mention's event takes place (held: the relative clause telling where it took place)."""
    start, end, trigger = place["start_char"], place["end_char"], mention.trigger_start
    if trigger > end and _WHERE_RE.match(body, end) and preposition in ("in", "nach"):
        return True
    if held is not None and held[0] <= start < held[1] and (
        preposition in ("in", "bei", "auf")
        # "zu dem die Ministerin am Mittwoch nach Berlin geladen hatte": called there.
        or preposition == "nach" and _SUMMONED_RE.search(body, end, held[1]) is not None
    ):
        return True
    # "in Bridgetown, der Hauptstadt von Barbados, zu einer Gesprächsrunde zusammengekommen": the
    # apposition's commas end no clause.
    apposition = _APPOSITION_RE.match(body, end) if trigger > end else None
    # "folgt, ebenfalls in Manila, der Ostasiengipfel": the insertion's commas end no clause either.
    again = _AGAIN_IN_RE.search(body, max(mention.sentence_start, start - 40), start) if trigger > end else None
    lo = apposition.end() if apposition else again.start() if again else min(start, trigger)
    if _clause_broken(body, lo, max(start, trigger)) and not (
        trigger < start and _AGAIN_IN_RE.search(body, max(trigger, start - 40), start)
        and len(_CLAUSE_BREAK_RE.findall(body, trigger, start)) == 1
    ):
        return False
    topic = _TOPIC_PLACE_RE.search(body, max(mention.sentence_start, start - _PLACE_REACH), start)
    if topic is not None and preposition in ("in", "auf") and not (topic["noun"] is not None and topic.start("noun") == trigger):
        return False
    if preposition == "in":
        return True
    if preposition == "nach":
        # A trip's destination; for a gathering only when the text travels to it ("zum Gipfel nach Minsk").
        return mention.event_type == "visit" or bool(
            trigger < start and (_TO_EVENT_RE.search(body, max(mention.sentence_start, trigger - 40), trigger) or _SUMMONED_RE.match(body, end))
        )
    if preposition == "auf":
        # "hatten sich auf Bali getroffen": an island or mountain; "Druck auf Russland" aims at a place.
        return _ON_ISLAND_RE.search(body, max(mention.sentence_start, start - 30), start) is not None
    # "besuchte Polen", "hatten Kiew besucht": the visited place is the verb's object ("Niedersachsens
    # Gesundheitsminister … besucht" names whose minister).
    return (
        preposition is None and mention.event_type == "visit" and mention.trigger.lower().startswith("besuch")
        and not _OFFICE_AFTER_RE.match(body, end)
    )


# "Niedersachsens Gesundheitsminister", "Polens Präsident": a place's genitive before an office.
_OFFICE_AFTER_RE = re.compile(
    r"\s+(?:[A-ZÄÖÜ][\w-]*(?:minister|ministerin|präsident|präsidentin|chef|chefin|kanzler|kanzlerin|regierung|botschafter|botschafterin|premier)|"
    r"Minister|Ministerin|Präsident|Präsidentin|Chef|Chefin|Kanzler|Kanzlerin|Regierung|Botschafter|Botschafterin|Premier|König|Königin)(?![\w-])"
)


# "am Montag", "im Dezember", "heute Abend Ortszeit": words of time, no nouns a place could belong to.
_TIME_NOUNS = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Abend|Morgen|"
    r"Vormittag|Nachmittag|Mittag|Nacht|Woche|Jahr|Monat|Ortszeit|"
    + "|".join(month.capitalize() for month in MONTHS if not month.endswith("."))
    + r")\w*"
)
# "sich auf Bali", "Treffen auf Langeneß", "am Rande des G20-Gipfels auf Bali", "beraten auf dem
# Petersberg": "auf" before the name (a dative article at most), after no noun it could belong to.
_ON_ISLAND_RE = re.compile(
    rf"(?:(?:^|[\s,])(?:[a-zäöüß]+|{_TIME_NOUNS}|[A-ZÄÖÜ][\w-]*(?:[Tt]reffen|[Gg]ipfel|[Gg]espräche|[Kk]onferenz|[Tt]agung|[Ss]itzung|[Rr]at)s?)"
    r"\s+auf|\sauf\s+(?:dem|der))\s+$"
)


# "Die Landessynode der Landeskirche in Württemberg kommt … im Stuttgarter Hospitalhof zusammen": a
# place right after a noun of the subject says which one it is, not where the verb happens.
_NOUN_BEFORE_PLACE_RE = re.compile(
    rf"(?<![\w-])(?!{_TIME_NOUNS}\s)[A-ZÄÖÜ][a-zäöüß]+\s+(?:in|im)\s+(?:(?:der|dem|den|die)\s+)?$"
)


def _attribute_of_subject(mention: _Mention, body: str, place_start: int) -> bool:
    """A mention with a verb for its event word + a place before it -> whether the place only qualifies a noun of the subject."""
    if mention.trigger[0].isupper() or place_start > mention.trigger_start:
        return False
    match = _NOUN_BEFORE_PLACE_RE.search(body, max(mention.sentence_start, place_start - 40), place_start)
    return match is not None and match.start() > mention.sentence_start


def _place_and_participants(
    mention: _Mention, body: str, in_sentence: list[dict], venues: list[tuple[int, int, str]], towns: list[dict]
) -> None:
    """Fill the mention's place (a venue or a LOC nearest the event word in its clause) and its participants.

    venues are the sentence's venue phrases as (start, end, text) with offsets into the body; towns
    are the known towns the tagger left untagged, as LOC mentions (see _untagged_towns).
    """
    candidates = []  # (distance to the event word, place name, linked entity id, place key)
    place_ids = set()
    held = _held_clause(body, mention.trigger_start + len(mention.trigger))
    places = in_sentence + towns
    for m in places:
        if any(start <= m["start_char"] and m["end_char"] <= end for start, end, _ in venues):
            place_ids.add(m["entity_id"])
            continue
        if m["entity_type"] != "LOC":
            continue
        if _KIND_AFTER_RE.match(body, m["end_char"]):
            place_ids.add(m["entity_id"])
            continue
        preposition = _place_preposition(body, mention.sentence_start, m["start_char"])
        if preposition is not None:
            place_ids.add(m["entity_id"])
        if _locates(mention, body, preposition, m, held):
            place_ids.add(m["entity_id"])
            distance = abs(m["start_char"] - mention.trigger_start)
            if _attribute_of_subject(mention, body, m["start_char"]):
                distance += len(body)
            candidates.append((distance, m["surface"], m["entity_id"], m.get("key", m["entity_id"])))
    for start, end, text in venues:
        if not _clause_broken(body, min(start, mention.trigger_start), max(start, mention.trigger_start)) or (
            held is not None and held[0] <= start < held[1]
        ):
            # The town a venue stands in links it: "im Landhaus in Graz".
            town = next((m for m in places if m["entity_type"] == "LOC" and start <= m["start_char"] and m["end_char"] <= end), None)
            key = town.get("key", town["entity_id"]) if town else _VENUE_KEY + text.lower()
            candidates.append((abs(start - mention.trigger_start), text, town["entity_id"] if town else None, key))
    if candidates and mention.event_type != "call":  # a phone call has no venue of its own
        _, mention.location, mention.location_entity_id, mention.location_key = min(candidates, key=lambda c: c[0])
    seen: set[str] = set()
    # "Olaf Scholz (SPD)": a person's party, not a party to the event; nor is the agency that reports it.
    person_ends = {m["end_char"] for m in in_sentence if m["entity_type"] == "PER"}
    for m in in_sentence:
        if is_agency(m["surface"]):
            continue
        parenthesised = body[m["start_char"] - 1 : m["start_char"]] == "(" and body.startswith(")", m["end_char"])
        if parenthesised and any(m["start_char"] - end in (1, 2) for end in person_ends):
            continue
        if m["entity_type"] in _PARTICIPANT_TYPES and m["entity_id"] is not None and m["entity_id"] not in place_ids and m["entity_id"] not in seen:
            seen.add(m["entity_id"])
            mention.participants.append(m["entity_id"])


# A capitalised word, with hyphenated parts ("Villingen-Schwenningen").
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?![\w-])")


@lru_cache(maxsize=8192)
def _is_known_town(word: str) -> bool:
    """A capitalised word -> whether the gazetteer knows it as a town or country and no word list as a common word."""
    tagger = default_tagger()
    return word in tagger.places and is_name_word(word, tagger.lexicon)


# "im kanadischen La Malbaie", "im vietnamesischen Da Nang": a name after a country's or region's
# adjective is a place (the adjective makes "im kanadischen Parlament" a place too, but that is a
# common noun).
_AFTER_GEO_ADJECTIVE_RE = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Ii]n\s+der|[Aa]uf\s+der)\s+[a-zäöü][a-zäöüß-]*schen\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'-]*(?:\s+[A-ZÄÖÜ][\w'-]*){0,2})(?![\w-])"
)


def _untagged_towns(sentence: str, sentence_start: int, in_sentence: list[dict], mentions: list[dict]) -> list[dict]:
    """A sentence + its and the article's entity mentions -> the known towns after "in"/"nach" the tagger missed, as LOC mentions.

    The tagger misses many small towns ("in Aalen", "nach Kaiserslautern"); the gazetteer knows
    them. Nor does it know every foreign town, but "im kanadischen La Malbaie" says what it is.
    Their key is the one the tagger would give, so reports naming the town either way compare equal.
    """
    found = []
    lexicon = default_tagger().lexicon
    for match in _AFTER_GEO_ADJECTIVE_RE.finditer(sentence):
        start, end = sentence_start + match.start("name"), sentence_start + match.end("name")
        last = match["name"].split()[-1].split("-")[-1]  # ("in der britischen Nato-Vertretung": a common noun)
        if any(m["start_char"] < end and start < m["end_char"] for m in in_sentence) or not is_name_word(last, lexicon) or (
            last in lexicon.names.get("ORG", frozenset())
        ):
            continue
        key = _place_key(match["name"])
        linked = any(m["entity_id"] == key for m in mentions)
        found.append({"start_char": start, "end_char": end, "surface": match["name"], "entity_id": key if linked else None,
                      "entity_type": "LOC", "key": key})
    for match in _CAPITALISED_RE.finditer(sentence):
        start, end = sentence_start + match.start(), sentence_start + match.end()
        if any(m["start_char"] < end and start < m["end_char"] for m in in_sentence + found) or not _is_known_town(match[0]):
            continue
        following = _CAPITALISED_RE.match(sentence, match.end() + 1)
        if following is not None and sentence[match.end()] == " " and following[0] in default_tagger().places:
            continue  # part of a longer name: "im Lancaster House", "in Addis Abeba"
        if _place_preposition(sentence, 0, match.start()) not in ("in", "nach"):
            continue
        key = _place_key(match[0])
        linked = any(m["entity_id"] == key for m in mentions)
        found.append({"start_char": start, "end_char": end, "surface": match[0], "entity_id": key if linked else None,
                      "entity_type": "LOC", "key": key})
    return found


def _retyped_places(body: str, sentence_start: int, in_sentence: list[dict], mentions: list[dict]) -> list[dict]:
    """A sentence's entity mentions + the article's -> the same, with a name a kind of place introduces typed LOC.

    The tagger takes some foreign towns for people or organisations ("Antalya", "Addis Abeba");
    "im südtürkischen Badeort Antalya", "in der äthiopischen Hauptstadt Addis Abeba" say what they are.
    So does "in" before a known town taken for a person ("in Abuja"). The key is the one the tagger
    gives the name as a place, linked when the article tags it so elsewhere.
    """
    retyped = []
    for m in in_sentence:
        if m["entity_type"] in ("PER", "ORG"):
            before = _PLACE_BEFORE_RE.search(body, max(sentence_start, m["start_char"] - _PLACE_REACH), m["start_char"])
            # "hatte am Freitag in Abuja getagt": a known town after "in" is the place all the same.
            if (before is not None and before["kind"] is not None) or (
                m["entity_type"] == "PER" and before is not None and before["preposition"].lower() in ("in", "im")
                and _is_known_town(m["surface"])
            ):
                key = _place_key(m["surface"])
                linked = any(other["entity_id"] == key and other["entity_type"] == "LOC" for other in mentions)
                m = {**m, "entity_type": "LOC", "entity_id": key if linked else None, "key": key}
        retyped.append(m)
    return retyped


def _place_from_dort(mention: _Mention, body: str, sentence: str, w0: int, w1: int, mentions: list[dict]) -> None:
    """A mention without a place + "dort" in the event word's clause -> the place named with "in" just before that clause.

    ("Auch in Baden-Baden geht es um Handel: Dort geht am Samstag das Treffen … zu Ende": the clause before it in the sentence counts.)
    """
    clause = _clause_around(sentence, w0, w1)
    if not _DORT_RE.search(sentence, clause[0], clause[1]):
        return
    # ("Grossi war zuletzt in Teheran. Dort traf er …": a known town the tagger took for a person counts too)
    earlier = [
        m for m in mentions
        if (m["entity_type"] == "LOC" or m["entity_type"] == "PER" and _is_known_town(m["surface"]))
        and mention.sentence_start - _DORT_REACH <= m["start_char"] < mention.sentence_start + clause[0]
        and _place_preposition(body, 0, m["start_char"]) in ("in", "nach")
    ]
    if earlier:
        place = max(earlier, key=lambda m: m["start_char"])
        if place["entity_type"] == "LOC":
            mention.location, mention.location_entity_id, mention.location_key = place["surface"], place["entity_id"], place["entity_id"]
        else:
            mention.location, mention.location_entity_id, mention.location_key = place["surface"], None, _place_key(place["surface"])


def _place_from_same_place(mention: _Mention, sentence: str, w0: int, w1: int, found: list[_Mention]) -> None:
    """A mention without a place + "an gleicher Stelle" in its clause + the article's mentions before it -> the place of the last one placed, of its kind if any."""
    clause = _clause_around(sentence, w0, w1)
    if not _SAME_PLACE_RE.search(sentence, clause[0], clause[1]):
        return
    placed = [m for m in found if m.location is not None and m.sentence_start < mention.sentence_start]
    # ("Bereits am Samstag hatte an gleicher Stelle die Generalsynode getagt": where the other session sits, not the talks beside it)
    placed = [m for m in placed if m.event_type == mention.event_type] or placed
    if placed:
        _take_place(mention, placed[-1])


def _dateline_city(body: str, mentions: list[dict]) -> dict | None:
    """A body + its entity mentions in text order -> the city its dateline names ("Skopje (dpa) - …"), if any.

    The dateline opens the body or, after a teaser and a byline the page kept, the line the report starts on.
    A known town the tagger took for a person ("Abuja (AFP) –") or missed ("Montevideo (AFP) –",
    "NEW YORK. ") is the dateline's town all the same.
    """
    for line in _DATELINE_LINE_RE.finditer(body, 0, _DATELINE_REACH + 40):
        if line.start("town") > _DATELINE_REACH:
            return None
        tagged = next((m for m in mentions if m["start_char"] == line.start("town")), None)
        if tagged is not None and _DATELINE_CITY_RE.match(body, tagged["end_char"]):
            if tagged["entity_type"] == "LOC":
                return tagged
            if _is_known_town(tagged["surface"]):
                return {**tagged, "entity_type": "LOC", "entity_id": None, "key": _place_key(tagged["surface"])}
        if not _DATELINE_CITY_RE.match(body, line.end("town")):
            continue
        words = line["town"].title() if line["town"].isupper() else line["town"]
        if all(_is_known_town(word) for word in re.split(r"[ -]", words)):
            key = _place_key(words)
            linked = any(m["entity_id"] == key for m in mentions)
            return {"start_char": line.start("town"), "end_char": line.end("town"), "surface": words,
                    "entity_id": key if linked else None, "entity_type": "LOC", "key": key}
    return None


# A line opening with one or two capitalised words: the town of a dateline ("Skopje (dpa) –", "NEW YORK. ").
_DATELINE_LINE_RE = re.compile(r"(?m)^(?P<town>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+)?)")


# "die Münchner Sicherheitskonferenz", "beim Genfer Treffen": a town's adjective right before the event word.
_TOWN_ADJECTIVE_RE = re.compile(r"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]{2,}er)\s+$")


@lru_cache(maxsize=4096)
def town_of_adjective(adjective: str) -> str | None:
    """A capitalised adjective in -er ("Münchner", "Genfer", "Bremer") -> the known town it is formed from, else None."""
    tagger = default_tagger()
    if adjective.lower() in tagger.lexicon.lowercase_words or adjective.endswith("ischer"):
        return None  # "Deutscher", "Internationaler", "Bayerischer": ordinary adjectives
    stem = adjective[:-2]
    # Genf-er, Münch(en)-ner, Brem(en)-er; a place the training text names (München) before a
    # rare token of the gazetteer (Dresdn, Berlien).
    learned = tagger.lexicon.names.get("LOC", frozenset())
    candidates = [town for town in (stem, stem[:-1] + "en" if stem.endswith("n") else "", stem + "en") if town in tagger.places or town in learned]
    return min(candidates, key=lambda town: town not in learned, default=None)


def _town_of_venue(venue: str) -> str | None:
    """A venue phrase -> the town its adjective names when that is all that tells which venue ("Düsseldorfer Tagungshotel"), else None."""
    words = venue.split()
    return town_of_adjective(words[0]) if len(words) == 2 and words[0].endswith("er") else None


def _place_from_town_adjective(mention: _Mention, body: str, mentions: list[dict]) -> None:
    """A mention without a place + the article's entity mentions -> the town its event word's adjective names, linked to that town's entity when the article names it."""
    match = _TOWN_ADJECTIVE_RE.search(body, max(mention.sentence_start, mention.trigger_start - 30), mention.trigger_start)
    _take_town(mention, town_of_adjective(match["adjective"]) if match else None, mentions)


# "in der litauischen Hauptstadt", "in die uruguayische Hauptstadt", "in der US-Hauptstadt": a capital
# named by its country's adjective alone; its name, if the article gives it, is in another sentence.
_CAPITAL_BY_ADJECTIVE_RE = re.compile(
    r"(?<![\w-])(?:(?P<stem>[a-zäöüß]{3,}?)(?:ischen|ische|schen|sche)\s+|(?P<code>[A-Z]{2,3})-)Hauptstadt(?!\s+[A-ZÄÖÜ])"
)
# "estn-isch" and Estland, "poln-isch" and Polen share three letters; fewer tell nothing.
_MIN_ADJECTIVE_PREFIX = 3


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    """-> {entity id of a national capital: its country's spelling-folded German name ("litauen")}."""
    names = {entity_id(short): short for short in country_keys().values()}
    return {capital: names[country] for capital, country in capital_country_ids().items() if country in names}


def _place_from_capital_adjective(mention: _Mention, body: str, mentions: list[dict]) -> None:
    """A mention without a place + the article's entity mentions -> the capital its clause names by the country's adjective, when the article names that capital."""
    sentence = body[mention.sentence_start : mention.sentence_end]
    w0 = mention.trigger_start - mention.sentence_start
    clause = _clause_around(sentence, w0, w0 + len(mention.trigger))
    held = _held_clause(sentence, w0 + len(mention.trigger))
    match = _CAPITAL_BY_ADJECTIVE_RE.search(sentence, clause[0], clause[1]) or (
        # "beim EU-Indien-Gipfel, zu dem … in der indischen Hauptstadt erwartet werden"
        held and _CAPITAL_BY_ADJECTIVE_RE.search(sentence, *held)
    )
    if not match:
        return
    if match["code"] is not None:
        # "US-Hauptstadt": the code the country is written with, or its alpha-3 ("USA").
        codes = country_keys()
        stem = next((codes[code] for code in (match["code"].lower(), match["code"].lower() + "a") if code in codes), "")
    else:
        stem = fold_spelling(match["stem"])
    capitals = _capital_countries()
    named = []  # (letters the adjective shares with the capital's country, distance, mention, capital key)
    for m in mentions:
        key = m["entity_id"] if m["entity_id"] in capitals else _place_key(m["surface"])
        if key in capitals:
            named.append((len(os.path.commonprefix([stem, capitals[key]])), abs(m["start_char"] - mention.trigger_start), m, key))
    best = max(named, key=lambda n: (n[0], -n[1]), default=None)
    if best is not None and best[0] >= _MIN_ADJECTIVE_PREFIX:
        capital = best[2]
        mention.location, mention.location_key = capital["surface"], best[3]
        mention.location_entity_id = capital["entity_id"] if capital["entity_type"] == "LOC" else None


# A town's own council or parliament, which sits in that town: "der Delmenhorster Stadtrat", "der
# Innenausschuss des Magdeburger Landtags", "der Rat der Stadt Hameln", "der Grosse Gemeinderat von
# Winterthur", "der Senat der Universität Leipzig".
_TOWN_BODIES = r"(?:[\w-]*(?:[Ss]tadtrat|[Ss]tadtregierung|[Ss]tadtsenat|[Gg]emeinderat|[Oo]rtsbeirat|[Kk]reistag|[Bb]ezirkstag|[Ss]tadtparlament|[Ss]tadtverordnetenversammlung|[Bb]ürgerschaft)|Landtag|Senat)(?:e?s)?"
# "der Sächsische Landtag", "im Tiroler Landtag": a Land's own adjective before its parliament.
_LAND_ADJECTIVES = {
    "Baden-Württembergisch": "Baden-Württemberg", "Bayerisch": "Bayern", "Brandenburgisch": "Brandenburg", "Hessisch": "Hessen",
    "Mecklenburg-Vorpommersch": "Mecklenburg-Vorpommern", "Niedersächsisch": "Niedersachsen",
    "Nordrhein-Westfälisch": "Nordrhein-Westfalen", "Rheinland-Pfälzisch": "Rheinland-Pfalz", "Saarländisch": "Saarland",
    "Sächsisch": "Sachsen", "Schleswig-Holsteinisch": "Schleswig-Holstein", "Thüringisch": "Thüringen", "Thüringer": "Thüringen",
    "Burgenländisch": "Burgenland", "Kärntner": "Kärnten", "Niederösterreichisch": "Niederösterreich",
    "Oberösterreichisch": "Oberösterreich", "Steiermärkisch": "Steiermark", "Steirisch": "Steiermark", "Tiroler": "Tirol",
    "Vorarlberger": "Vorarlberg",
}
_LAND_ADJECTIVE = "|".join(sorted((re.escape(a) for a in _LAND_ADJECTIVES), key=len, reverse=True))
_TOWN_BODY_RE = re.compile(
    rf"(?<![\w-])(?:(?P<land>{_LAND_ADJECTIVE})(?:e[nmrs]?)?\s+Landtag(?:e?s)?"
    rf"|(?P<adjective>[A-ZÄÖÜ][a-zäöüß]{{2,}}er)\s+(?P<body>{_TOWN_BODIES})"
    rf"|(?:{_TOWN_BODIES}|Rat)\s+(?:der\s+(?:Stadt|Gemeinde|Universität|TU|Hochschule)|des\s+(?:Landkreises|Kreises)|von)\s+(?P<town>[A-ZÄÖÜ][\w-]+))(?![\w-])"
)
# A Land's parliament sits in its capital: "der Thüringer Landtag" is in Erfurt, not in a town
# called Thüringen (as there is one in Vorarlberg), "der Landtag von Sachsen-Anhalt" in Magdeburg.
_LAND_CAPITALS = {
    "Baden-Württemberg": "Stuttgart", "Bayern": "München", "Berlin": "Berlin", "Brandenburg": "Potsdam", "Bremen": "Bremen",
    "Hamburg": "Hamburg", "Hessen": "Wiesbaden", "Mecklenburg-Vorpommern": "Schwerin", "Niedersachsen": "Hannover",
    "Nordrhein-Westfalen": "Düsseldorf", "Rheinland-Pfalz": "Mainz", "Saarland": "Saarbrücken", "Sachsen": "Dresden",
    "Sachsen-Anhalt": "Magdeburg", "Schleswig-Holstein": "Kiel", "Thüringen": "Erfurt", "Burgenland": "Eisenstadt",
    "Kärnten": "Klagenfurt", "Niederösterreich": "St. Pölten", "Oberösterreich": "Linz", "Salzburg": "Salzburg",
    "Steiermark": "Graz", "Tirol": "Innsbruck", "Vorarlberg": "Bregenz", "Wien": "Wien",
}


_IN_HOUSE_RE = re.compile(r"(?<![\w-])(?:im|in\s+de[mn])\s+$")


def _place_from_town_body(mention: _Mention, body: str, mentions: list[dict]) -> None:
    """A mention without a place + the article's entity mentions -> the town whose council or parliament the event word's clause names.

    A session or meeting is the body's own; other events are placed only in its house ("Die
    Koalitionsverhandlungen haben im Dresdner Landtag begonnen").
    """
    sentence = body[mention.sentence_start : mention.sentence_end]
    w0 = mention.trigger_start - mention.sentence_start
    clause = _clause_around(sentence, w0, w0 + len(mention.trigger))
    for match in _TOWN_BODY_RE.finditer(sentence, clause[0], clause[1]):
        if mention.event_type not in ("session", "meeting") and not _IN_HOUSE_RE.search(sentence, max(0, match.start() - 12), match.start()):
            continue
        if match["land"] is not None:
            town = _LAND_CAPITALS[_LAND_ADJECTIVES[match["land"]]]
        else:
            town = match["town"] if match["town"] is not None else town_of_adjective(match["adjective"])
            if town in _LAND_CAPITALS:
                # A Land's parliament sits in its capital; its other bodies ("der Bayerische Senat") need not.
                town = _LAND_CAPITALS[town] if "Landtag" in match[0] or town == _LAND_CAPITALS[town] else None
            elif match["town"] is not None and not _is_known_town(town):
                town = None
        if town is not None:
            _take_town(mention, town, mentions)
            return


def _place_key(name: str) -> str:
    """A place's name -> the key the tagger gives it, so reports naming it either way compare equal."""
    return entity_id(fold_spelling(name))


def _take_town(mention: _Mention, town: str | None, mentions: list[dict]) -> None:
    """A mention + a town's name (or None) + the article's entity mentions -> the mention placed in that town."""
    if town is None:
        return
    key = _place_key(town)
    linked = any(m["entity_id"] == key for m in mentions)
    mention.location, mention.location_entity_id, mention.location_key = town, key if linked else None, key


# "Nato-Russland-Rat", "EU-Außenminister", "G8-Gipfel": a body, a role or a gathering whose first
# parts name the parties. Other heads ("Ukraine-Krise", "EU-Haushalt") name a topic.
_PARTY_COMPOUND_RE = re.compile(
    r"(?<![\w-])((?:[A-ZÄÖÜ0-9][\w.]*-)+)(?:\w*(?:minister|ministerin|ministern|präsident|präsidentin|chef|chefin|"
    r"kanzler|kanzlerin|regierung|delegation|vertreter|staaten|rat|rats|rates|kommission|gipfel|gipfels|treffen|treffens|"
    r"gespräche|gesprächen|verhandlungen|konferenz|spitze|führung)\w{0,3})(?![\w-])",
    re.I,
)


def parties_in_compounds(sentence: str, named: dict[str, str]) -> list[str]:
    """A sentence + the article's names (lower-cased surface -> entity id) -> ids of parties named as compound parts."""
    found = []
    for match in _PARTY_COMPOUND_RE.finditer(sentence):
        for part in match.group(1).strip("-").split("-"):
            entity_id = named.get(part.lower())
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
    return found


def _same_event(cluster: list[_Mention], mention: _Mention, by_relation: bool = True) -> bool:
    """An event's mentions + a mention of the same kind and date -> whether it reports that event.

    Across articles the place must agree or a participant be shared, or (by_relation) the articles
    report one development and the event or the mention names no party. Within one article another
    word for a gathering on that day ("Gipfel" … "das Treffen") is the same event unless it names
    another place or only other parties.
    """
    # One report at another place sets the event apart, even when an earlier one named no place
    # ("die Sitzung" … "tagte im Adenauer-Haus" … "kam im Willy-Brandt-Haus zusammen").
    if any(_places_differ(m, mention) for m in cluster) and not any(m.location_key == mention.location_key for m in cluster):
        return False
    # An event that holds this article's report of a summit is not the meeting the article tells of beside it.
    if any(m.article_id == mention.article_id and m.aside != mention.aside for m in cluster):
        return False
    if any(m.article_id == mention.article_id and m.day_hint and mention.day_hint and m.day_hint != mention.day_hint for m in cluster):
        return False
    # On a page without a date, "am Mittwoch" and "am Dienstag" are two days all the same.
    if any(m.article_id == mention.article_id and _days_differ(m, mention) for m in cluster):
        return False
    # "Merz und Macron beim Arbeitsessen" and "Klingbeil und Lescure zu Beratungen" on one day meet apart,
    # even when the lead told of the dinner without names.
    if any(m.article_id == mention.article_id and _other_people_met(m, mention) for m in cluster):
        return False
    # "Die Gesundheitsministerkonferenz … Am Vorabend hatte Lauterbach die Kollegen zu einem Arbeitsessen
    # getroffen": a gathering of another kind brought in with "ein" is another one.
    here = [m for m in cluster if m.article_id == mention.article_id]
    if mention.article == "indefinite" and here and all(m.event_type != mention.event_type and m.sentence_start != mention.sentence_start for m in here):
        return False
    # "Die Sudan-Konferenz war gestern eröffnet worden … Am Montagabend traf Wadephul zudem Abiy Ahmed":
    # people meeting by name, told in a sentence of their own, meet beside the conference of that day.
    if not mention.host and (_meet_beside(here, mention) or any(_meet_beside([mention], m) for m in here)):
        return False
    for m in cluster:
        # The EU's foreign ministers and its agriculture ministers in Luxembourg on one Monday meet apart.
        if m.portfolios and mention.portfolios and not m.portfolios & mention.portfolios:
            continue
        if m.article_id == mention.article_id and m.aside != mention.aside:
            continue
        if _share_party_or_place(m, mention):
            return True
        # "besucht Kirgistan" in one report, "Besuch in Kirgistan" in another: a party there is the place here.
        if (m.location_key and m.location_key in _parties(mention)) or (mention.location_key and mention.location_key in _parties(m)):
            return True
        if m.article_id == mention.article_id and (
            mention.article == "definite" or not (m.participants and mention.participants)
        ):
            return True
    # "Die dritte Verhandlungsrunde … in Leipzig" and "Die dritte Verhandlungsrunde zwischen der
    # GDL und der Bahn": two outlets covering one dispute, one naming the place, one the parties.
    # (Only when the event or the mention names no party at all: an event is no hub through which
    # anything of that day joins.)
    return by_relation and not (mention.participants and any(m.participants for m in cluster)) and any(
        m.article_id in mention.related and m.aside == mention.aside for m in cluster
    )


_LARGE_GATHERINGS = frozenset({"conference", "summit", "session"})


def _meet_beside(here: list[_Mention], mention: _Mention) -> bool:
    """An event's mentions in one article + a mention there -> whether it is a meeting by verb of named people beside a larger gathering."""
    return (
        # (a verb of meeting, "zu einem Gespräch" named or not)
        bool(here) and mention.event_type in ("meeting", "talks") and mention.trigger[0].islower() and len(mention.participants) >= 2
        and all(m.event_type in _LARGE_GATHERINGS and m.sentence_start != mention.sentence_start for m in here)
    )


def _days_differ(a: _Mention, b: _Mention) -> bool:
    """Two mentions -> whether the dates they could not resolve tell two days.

    So they do when they name no weekday or month in common, when one names a weekday and the other
    a month, or when they name different days next to another event ("am Vorabend", "tags darauf").
    """
    named_a = [_days_named(text) for text in a.unresolved_dates]
    named_b = [_days_named(text) for text in b.unresolved_dates]
    days_a, months_a = frozenset().union(*(w for w, _ in named_a)), frozenset().union(*(m for _, m in named_a))
    days_b, months_b = frozenset().union(*(w for w, _ in named_b)), frozenset().union(*(m for _, m in named_b))
    if (days_a and days_b and not days_a & days_b) or (months_a and months_b and not months_a & months_b):
        return True
    # "Bereits am Vorabend waren die Regierungschefs zusammengekommen": the eve of the event told beside it.
    eves_a = {text.lower() for text in a.unresolved_dates if _NEIGHBOUR_DAY_RE.search(text)}
    eves_b = {text.lower() for text in b.unresolved_dates if _NEIGHBOUR_DAY_RE.search(text)}
    if eves_a != eves_b:
        return True
    # "Mitte Jänner" and "am Mittwochnachmittag" on a page without a date: told as two occasions.
    return bool((days_a and not months_a and months_b and not days_b) or (days_b and not months_b and months_a and not days_a))


def _share_party_or_place(a: _Mention, b: _Mention) -> bool:
    """Two mentions -> whether they name the same place or a common party."""
    return bool(a.location_key and a.location_key == b.location_key) or bool(_parties(a) & _parties(b))


def _portfolios(sentence: str) -> frozenset[str]:
    """A sentence -> the portfolios of the ministers it names ("agrar" for Agrarminister, "außen" for EU-Außenminister)."""
    found = (re.sub(r"^(?:bundes|landes)(?=\w{4})", "", m.group(1).lower()) for m in _PORTFOLIO_RE.finditer(sentence))
    return frozenset(p for p in found if p not in _NOT_PORTFOLIOS)


def _other_people_met(a: _Mention, b: _Mention) -> bool:
    """Two mentions of one article -> whether each newly tells of a person the other does not name.

    "kam Scholz mit Xi zusammen … Anschließend traf Scholz auch Li": two meetings of one day; "das
    Treffen" with a definite article points back instead.
    """
    if a.article == "definite" or b.article == "definite":
        return False
    people_a = {p for p in a.participants if p in a.party_names}
    people_b = {p for p in b.participants if p in b.party_names}
    return bool(people_a - people_b) and bool(people_b - people_a)


def _parties(mention: _Mention) -> set[str]:
    """A mention -> its participants' entity ids and person surnames, a capital also standing for its country ("Moskau" for Russland)."""
    capitals = capital_country_ids()
    return {
        party for p in mention.participants for party in (p, capitals.get(p, p), mention.party_names.get(p, p))
    }


def _surnames(mentions: list[dict]) -> dict[str, str]:
    """An article's entity mentions -> entity id -> "surname:<last name>" for each person."""
    longest: dict[str, str] = {}
    for m in mentions:
        if m["entity_type"] == "PER" and len(m["surface"]) > len(longest.get(m["entity_id"], "")):
            longest[m["entity_id"]] = m["surface"]
    return {entity_id: "surname:" + surface.split()[-1].lower() for entity_id, surface in longest.items()}


def _places_differ(a: _Mention, b: _Mention) -> bool:
    """Two mentions -> whether both name a town or country, or both a venue, and these differ."""
    if not (a.location_key and b.location_key):
        return False
    # "im Kanzleramt" and "in Berlin" may be one place; "im Adenauer-Haus" and "im Willy-Brandt-Haus"
    # are not, though other outlets word one venue differently ("im Kanzleramt", "im Bundeskanzleramt").
    venues = a.location_key.startswith(_VENUE_KEY), b.location_key.startswith(_VENUE_KEY)
    if venues[0] != venues[1] or (venues[0] and a.article_id != b.article_id):
        return False
    # "besucht Chile" and "in Santiago zu Besuch": a capital lies in its country.
    capitals = capital_country_ids()
    return capitals.get(a.location_key, a.location_key) != capitals.get(b.location_key, b.location_key)


def _refers_back(undated: _Mention, dated: _Mention) -> bool:
    """An undated mention + an event named before it in the article or story -> whether it is that event."""
    if _FAMILY[undated.event_type] != _FAMILY[dated.event_type] or _places_differ(undated, dated):
        return False
    if undated.article == "definite":
        return True
    # "ein Treffen zwischen Moskau und Washington" after "Rjabkow traf sich mit Sherman" is another event.
    return not (undated.participants and dated.participants and not _parties(undated) & _parties(dated))


def _referent(undated: _Mention, dated: list[_Mention]) -> _Mention | None:
    """An undated mention + its article's dated mentions -> the one it refers back to, if any.

    One at the same place first, then the one the sentence right before reports ("Die
    Tarifverhandlungen … sind am Donnerstag unterbrochen worden. Nach zwei Tagen intensiver
    Gespräche …"), then the same kind of event ("die Gespräche" means the talks, not the dinner
    before them), then the nearest report before it, then the nearest after it (a lead sentence
    that names the event before the body dates it). A host ("am Rande der Konferenz") is the
    gathering of its kind the article tells of first, one whose sentence names its prefix ("am Rande
    des G20-Treffens": the G20's) before others.
    """
    prefix = undated.trigger.rsplit("-", 1)[0] if undated.host and "-" in undated.trigger else None
    # A mention the text dates in a way that cannot be resolved ("am Dienstag" without a publication
    # date) tells of its own occasion, unless it shares a party or place with the one it would join
    # and its words fit that one's day ("am Mittwoch" is not the talks "am Montag, 30. März 2026").
    return min(
        (
            d for d in dated
            if _refers_back(undated, d) and (
                not undated.unresolved_dates
                or (_share_party_or_place(undated, d) and all(_could_be_told_as(t, d.start_date, d.precision) for t in undated.unresolved_dates))
            )
            # "am Rande des Gipfels" names the kind of its host outright.
            and not (undated.host and d.event_type != undated.event_type)
        ),
        key=lambda d: (
            not (undated.location_key and undated.location_key == d.location_key),
            prefix is not None and re.search(rf"(?<![\w-]){re.escape(prefix)}(?![\w])", d.evidence) is None,
            d.sentence_start if undated.host else 0,
            not 0 <= undated.sentence_start - d.sentence_end <= 2,
            d.event_type != undated.event_type,
            d.sentence_start > undated.sentence_start,
            abs(d.sentence_start - undated.sentence_start),
        ),
        default=None,
    )


def _articles_sharing_names(mentions_by_article: dict[str, list[dict]]) -> dict[str, frozenset[str]]:
    """Entity mentions by article -> for each article, the others that share enough of its names to report the same development.

    Reports of one development by different outlets share few word sequences (so MinHash keeps them
    in separate stories) but many names: on the story test sets 1-7, 150 of 167 pairs of pages that
    report a common occasion are related so, and 28 of 1,924 pairs that report none.
    """
    names: dict[str, set[str]] = {}
    for article_id, mentions in mentions_by_article.items():
        names[article_id] = {m["entity_id"] for m in mentions} | set(_surnames(mentions).values())
    articles_with: dict[str, list[str]] = defaultdict(list)
    for article_id, article_names in names.items():
        for name in article_names:
            articles_with[name].append(article_id)
    # A name in very many articles ("Deutschland", "SPD") relates nothing and would cost quadratic time.
    common = max(_RELATED_COMMON_NAME_ARTICLES, len(names) // 100)
    shared: Counter[tuple[str, str]] = Counter()
    for holders in articles_with.values():
        if len(holders) <= common:
            for i, a in enumerate(holders):
                for b in holders[i + 1 :]:
                    shared[(a, b)] += 1
    related: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in shared.items():
        if n >= _RELATED_MIN_SHARED and n / len(names[a] | names[b]) >= _RELATED_MIN_JACCARD:
            related[a].add(b)
            related[b].add(a)
    return {article_id: frozenset(others) for article_id, others in related.items()}


def _event_id(founder: _Mention) -> str:
    """The earliest mention of an event -> a stable event id."""
    return hashlib.sha1(f"{founder.article_id}:{founder.trigger_start}:{founder.event_type}".encode()).hexdigest()[:16]


def events_from_articles(
    articles: pl.DataFrame, entity_mentions: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """articles + entity_mentions -> (events, event_mentions, event_participants), one events row per real event."""
    if articles.is_empty():
        return empty_frame(EVENTS), empty_frame(EVENT_MENTIONS), empty_frame(EVENT_PARTICIPANTS)
    mentions_by_article: dict[str, list[dict]] = defaultdict(list)
    for row in entity_mentions.select("article_id", "entity_id", "surface", "entity_type", "start_char", "end_char").iter_rows(named=True):
        mentions_by_article[row["article_id"]].append(row)
    columns = ["article_id", "body", "published_at", "published_precision"] + (["story_id"] if "story_id" in articles.columns else [])
    ordered = articles.select(columns).sort(["published_at", "article_id"], nulls_last=True)

    clusters: list[list[_Mention]] = []
    # Dated events by (kind, date, precision): merging looks only at events of the same day.
    by_date: dict[tuple[str, date, str | None], list[list[_Mention]]] = defaultdict(list)
    # Undated events by story: an undated report can only be matched within its story.
    undated_by_story: dict[tuple[str, str], list[list[_Mention]]] = defaultdict(list)
    # The cluster each dated mention went to (by object id), for the undated ones that refer back to it.
    cluster_of: dict[int, list[_Mention]] = {}
    related = _articles_sharing_names(mentions_by_article)
    for article in ordered.iter_rows(named=True):
        found = _mentions_of_article(article, mentions_by_article.get(article["article_id"], []))
        for mention in found:
            mention.related = related.get(mention.article_id, frozenset())
        _date_eves(found)
        _date_endings(found)
        _date_continuations(found)
        _undate_hosts(found)
        found = _visits_with_their_meetings(found)
        # A crosshead ("Krisentreffen am Montag") announces the event its section tells: it is weighed
        # with that report, not as an event of its own.
        told_below = _told_below(article["body"] or "", found)
        found_here = found
        found = [m for m in found if id(m) not in told_below]
        dated = [m for m in found if m.start_date is not None]
        # The undated events of a page without a day to read dates against, each with all its reports there.
        undated_here: list[list[_Mention]] = []
        for mention in dated:
            _cluster_dated(mention, clusters, by_date, cluster_of)
        for mention in found:
            if mention.start_date is not None:
                continue
            # "Am Rande sprach Scholz mit Xi" in a lead may retell the sideline meeting the body dates,
            # told there as an aside or as a meeting of its own.
            if mention.aside and _BARE_SIDELINES_RE.search(mention.evidence):
                retold = _referent(mention, [
                    d for d in dated
                    if d.aside or (d.sentence_start > mention.sentence_start and d.event_type not in _GATHERINGS_TRAVELLED_TO)
                ])
                if retold is not None:
                    _join_event_of(mention, retold, cluster_of)
                    continue
            if _date_from_host(mention, found, cluster_of):
                _cluster_dated(mention, clusters, by_date, cluster_of)
                continue
            # "die Gespräche" later in the article is the dated event it already named; an aside is
            # never the gathering it happens beside.
            earlier = None if mention.aside else _referent(mention, dated)
            if earlier is not None:
                _join_event_of(mention, earlier, cluster_of)
                continue
            if not _standalone(mention):
                # An article without a date may report an event another article of its story dates.
                if mention.published is None and (story_cluster := _story_event([mention], clusters)) is not None:
                    story_cluster.append(mention)
                    cluster_of[id(mention)] = story_cluster
                continue
            if mention.published is None:
                # (gathered first, so that each undated event is weighed with all the page says of it)
                reports = next(
                    (r for r in undated_here if _FAMILY[r[0].event_type] == _FAMILY[mention.event_type] and _same_event(r, mention)),
                    None,
                )
                if reports is None:
                    undated_here.append(reports := [])
                reports.append(mention)
                continue
            # "bei seinem Besuch in Kasachstan": a recent event a related article dates.
            story_cluster = _story_event([mention], clusters)
            if story_cluster is not None and _near_publication(story_cluster, mention):
                story_cluster.append(mention)
                cluster_of[id(mention)] = story_cluster
                continue
            _cluster_undated([mention], clusters, undated_by_story, cluster_of)
        for reports in undated_here:
            # An event the page cannot date may be one another article of its story dates.
            story_cluster = _story_event(reports, clusters)
            if story_cluster is None:
                _cluster_undated(reports, clusters, undated_by_story, cluster_of)
            else:
                for mention in reports:
                    story_cluster.append(mention)
                    cluster_of[id(mention)] = story_cluster
        for heading, report in told_below.values():
            # (a report that made no event of its own is none the crosshead makes one)
            if id(report) in cluster_of:
                _join_event_of(heading, report, cluster_of)
        _place_asides(found_here, cluster_of)
    return _tables(clusters)


def _told_below(body: str, found: list[_Mention]) -> dict[int, tuple[_Mention, _Mention]]:
    """An article's body + its mentions -> for each crosshead mention (by id), it and the first mention of its kind in the section below it.

    The two are dated as one: the report without a date of its own takes the crosshead's.
    """
    told: dict[int, tuple[_Mention, _Mention]] = {}
    for heading in found:
        # (a title, the body's first line, sums up the whole article, not the paragraph below it)
        if heading.sentence_start == 0 or not _is_crosshead(body, heading.sentence_start):
            continue
        below = heading.sentence_end + 2
        end = next((m.start() for m in _PARAGRAPH_RE.finditer(body, below) if _is_crosshead(body, m.start())), len(body))
        report = min(
            (
                m for m in found
                if below <= m.sentence_start < end and not _is_crosshead(body, m.sentence_start)
                and _FAMILY[m.event_type] == _FAMILY[heading.event_type]
                # ("Am Vorabend des Gipfels hatten sich … getroffen": the summit only dates the meeting)
                and not m.host
            ),
            key=lambda m: (m.sentence_start, m.event_type != heading.event_type),
            default=None,
        )
        if report is None:
            continue
        if heading.start_date and report.start_date and not _spans_overlap(heading, report):
            # "Kabinettssitzung im Herbst" above "Die letzte Kabinettssitzung 2019": the section looks
            # back first. A day in a crosshead ("Arbeitsessen am Vorabend") is read without the
            # context that says of what: the report's own day holds.
            if heading.precision != "day":
                continue
            heading.start_date = heading.end_date = heading.precision = None
        elif heading.start_date is not None and report.start_date is None:
            _set_date(report, heading.start_date, heading.end_date, heading.precision)
        told[id(heading)] = (heading, report)
    return told


_PARAGRAPH_RE = re.compile(r"(?<=\n\n)[^\n]+(?=\n\n|$)")


def _is_crosshead(body: str, start: int) -> bool:
    """A body + the offset of a paragraph or sentence -> whether it starts a crosshead: a short paragraph of its own without a sentence's end, or a question."""
    if start > 0 and body[start - 2 : start] != "\n\n":
        return False
    end = body.find("\n\n", start)
    line = body[start : end if end >= 0 else len(body)]
    return "\n" not in line and len(line.split()) <= 12 and (_is_heading(line) or line.rstrip().endswith("?"))


def _near_publication(cluster: list[_Mention], mention: _Mention) -> bool:
    """A dated event + an undated mention of a dated article -> whether the event lies on its side of the publication date, within a week."""
    start = min(m.start_date for m in cluster if m.start_date is not None)
    days = (start - mention.published).days
    if mention.status == "planned":
        return 0 <= days <= 7
    return -7 <= days <= 0


def _story_event(reports: list[_Mention], clusters: list[list[_Mention]]) -> list[_Mention] | None:
    """The mentions of one event in an article without a day to read dates against + the events so far -> the dated event another report of its story tells, if any.

    Another article of its story, or one that names the same parties and shares one with the
    event, must report it as the same kind of event; places and people must not differ, and what
    the page says of the day ("am Montag", "Anfang Dezember") must fit its date. Of several, the one
    of its story first, then the one sharing most parties and places, then the most reported.
    """
    first = reports[0]
    people = {m.party_names[p] for m in reports for p in m.participants if p in m.party_names}
    parties = set().union(*(_parties(m) for m in reports))
    places = {m.location_key for m in reports if m.location_key}

    def reported_by_story(cluster: list[_Mention]) -> bool:
        return any(m.story_id and m.story_id == first.story_id and m.article_id != first.article_id for m in cluster)

    def fits(cluster: list[_Mention]) -> bool:
        # (the most precise report dates the event: "am Sonntag" fits its day, not another page's "im Januar")
        founder = min(cluster, key=lambda m: _PRECISION_RANK.get(m.precision, len(_PRECISION_RANK)))
        if founder.start_date is None or any(m.article_id == first.article_id for m in cluster):
            return False
        related = reported_by_story(cluster) or any(
            m.article_id in first.related and (_parties(m) & parties or m.location_key in places) for m in cluster
        )
        if not related or not _refers_back(first, founder) or any(_places_differ(r, m) for r in reports for m in cluster):
            return False
        # "Cassis telefonierte mit dem saudischen Außenminister" is not Rubio's call with him: each
        # names someone the other does not.
        named = {m.party_names[p] for m in cluster for p in m.participants if p in m.party_names}
        if people - named and named - people:
            return False
        # A "Vorbereitungskonferenz" a page dates is no evidence for the "Ministerkonsultationen" another leaves undated.
        if not any(m.event_type == r.event_type and m.start_date for r in reports for m in cluster):
            return False
        return all(_could_be_told_as(text, founder.start_date, founder.precision) for r in reports for text in r.unresolved_dates)

    return max(
        (c for c in clusters if fits(c)),
        key=lambda c: (
            reported_by_story(c),
            len(set().union(*(_parties(m) for m in c)) & parties) + any(m.location_key in places for m in c),
            len(c),
        ),
        default=None,
    )


# "im Herbst" on a page without a date: the months a season word can name.
_SEASON_MONTHS = {"frühjahr": (3, 4, 5), "frühling": (3, 4, 5), "sommer": (6, 7, 8), "herbst": (9, 10, 11), "winter": (12, 1, 2)}


def _days_named(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """A date expression -> the weekdays and months its words name ("Montagabend" -> Monday, "im Herbst" -> 9-11)."""
    words = re.findall(r"[^\W\d]+\.?", text.lower())
    weekdays = frozenset(day for w in words for name, day in WEEKDAYS.items() if w.startswith(name))
    # ("Jan." keeps its dot in the lexicon, "Januar." at a sentence end loses it)
    months = {month for w in words if (month := MONTHS.get(w) or MONTHS.get(w.rstrip(".")))}
    months |= {month for w in words for season, in_season in _SEASON_MONTHS.items() if w.startswith(season) for month in in_season}
    return weekdays, frozenset(months)


def _could_be_told_as(text: str, day: date | None, precision: str | None) -> bool:
    """A date expression that could not be resolved + an event's date -> whether the expression may name that date.

    "am Montag" fits only a Monday, "Anfang Dezember" only a day in December; an undated event fits nothing that names either.
    """
    weekdays, months = _days_named(text)
    if not (weekdays or months):
        return True
    if day is None:
        return False
    if weekdays and (precision != "day" or day.weekday() not in weekdays):
        return False
    return not months or day.month in months


def _join_event_of(mention: _Mention, other: _Mention, cluster_of: dict[int, list[_Mention]]) -> None:
    """A mention + another of its article already in an event -> the mention joined to that event."""
    cluster_of[id(other)].append(mention)
    cluster_of[id(mention)] = cluster_of[id(other)]


def _cluster_undated(
    reports: list[_Mention], clusters: list[list[_Mention]], undated_by_story: dict[tuple[str, str], list[list[_Mention]]],
    cluster_of: dict[int, list[_Mention]],
) -> None:
    """The reports of one undated event in an article + the events so far -> the reports joined to the undated event of its story they tell of, or founding one."""
    first = reports[0]
    candidates = undated_by_story[(first.story_id or first.article_id, _FAMILY[first.event_type])]
    cluster = next((c for c in candidates if _same_event(c, first)), None)
    if cluster is None:
        cluster = []
        clusters.append(cluster)
        candidates.append(cluster)
    for mention in reports:
        cluster.append(mention)
        cluster_of[id(mention)] = cluster


def _cluster_dated(
    mention: _Mention, clusters: list[list[_Mention]], by_date: dict[tuple[str, date, str | None], list[list[_Mention]]],
    cluster_of: dict[int, list[_Mention]],
) -> None:
    """A dated mention + the events so far (all, by date, by mention) -> the mention joined to its event or founding a new one."""
    key = (_FAMILY[mention.event_type], mention.start_date, mention.precision)
    cluster = next((c for c in by_date[key] if _same_event(c, mention) and not _told_apart(c, mention)), None)
    if cluster is None:
        # "am Montag" in one report, "Anfang vergangener Woche" or "Mitte März" in another: a day
        # inside the week or the part of the month. Across articles only: within one, a week and a
        # day of it are told apart on purpose.
        cluster = next(
            (
                c for other in _containing_keys(mention) for c in by_date[other]
                # (a day inside a week is no sure sign of one event: it takes a shared party or place, and
                # a place alone only for the same kind of gathering: Brussels hosts a summit and a council in a week)
                if _spans_overlap(c[0], mention)
                # ("am Sonntag" on a page dated only to its month names some Sunday of it, no part of the month)
                and c[0].day_hint is None and mention.day_hint is None
                and all(m.article_id != mention.article_id for m in c)
                and not _told_apart(c, mention)
                and _same_event(c, mention, by_relation=any(m.event_type == mention.event_type and "month" in (m.precision, mention.precision) for m in c))
                and any((m.event_type == mention.event_type and m.start_date) or _parties(m) & _parties(mention) for m in c)
            ),
            None,
        )
    if cluster is None:
        cluster = []
        clusters.append(cluster)
        by_date[key].append(cluster)
    cluster.append(mention)
    cluster_of[id(mention)] = cluster


def _date_from_host(aside: _Mention, found: list[_Mention], cluster_of: dict[int, list[_Mention]]) -> bool:
    """An undated mention + its article's mentions and their events -> whether an aside took the date of its host's event.

    "Am Rande des Gipfels kam von der Leyen mit Lula zusammen": the meeting happened while the
    summit the article dates elsewhere ran; it is its own event on that day.
    """
    # ("Ob es am Rande zu einem Treffen kommt, war offen": perhaps never)
    if not aside.aside or _HYPOTHETICAL_RE.search(aside.evidence):
        return False
    host = _host_of(aside, found, cluster_of)
    # (a host told only by a month or year places the aside no closer)
    dated = [m for m in cluster_of[id(host)] if m.precision == "day"] if host is not None else []
    if not dated:
        return False
    dating = dated[0]
    # ("Am Rande der Sitzung kam Berset am Dienstag …" on a page without a date: not the Wednesday session)
    if not all(_could_be_told_as(text, dating.start_date, dating.precision) for text in aside.unresolved_dates):
        return False
    _set_date(aside, dating.start_date, dating.start_date, dating.precision)
    return True


def _host_of(aside: _Mention, found: list[_Mention], cluster_of: dict[int, list[_Mention]]) -> _Mention | None:
    """An aside + its article's mentions and their events -> the mention of the gathering it happens beside, if one has an event.

    The host its sentence names ("am Rande des Gipfels"); for a bare "am Rande", the gathering the
    article told of last before it.
    """
    if not _BARE_SIDELINES_RE.search(aside.evidence):
        host = next((h for h in found if h.host and h.sentence_start == aside.sentence_start and id(h) in cluster_of), None)
        return host or _host_told_elsewhere(aside, found, cluster_of)
    return max(
        (
            d for d in found
            if d.sentence_start < aside.sentence_start and _FAMILY[d.event_type] == "gathering"
            and not (d.aside or d.host) and id(d) in cluster_of
        ),
        key=lambda d: d.sentence_start,
        default=None,
    )


def _host_told_elsewhere(aside: _Mention, found: list[_Mention], cluster_of: dict[int, list[_Mention]]) -> _Mention | None:
    """An aside whose sentence holds no mention of its host + its article's mentions -> the last one before it that names the host's gathering.

    "Am Nachmittag kam Scholz am Rande des Gipfels mit Erdoğan zusammen": the verb's span holds
    "Gipfels", so the sentence has no mention of the summit of which the article told before.
    """
    named = _HOST_NOUN_RE.search(aside.evidence)
    if named is None:
        return None
    noun = named["noun"].lower()
    # (a trigger may run on: "Ministerrat der Organisation für Sicherheit …" is told by its first word)
    told = (
        m for m in found
        if m.sentence_start < aside.sentence_start and not m.aside and id(m) in cluster_of and m.trigger[0].isupper()
        and len(head := m.trigger.split()[0].lower()) >= 4 and (noun.endswith(head) or head.endswith(noun))
    )
    return max(told, key=lambda m: m.sentence_start, default=None)


def _set_date(mention: _Mention, start: date, end: date | None, precision: str | None) -> None:
    """A mention + a date another sentence gives its event -> the mention dated so, its status following the date."""
    mention.start_date, mention.end_date, mention.precision = start, end, precision
    if precision == "day" and mention.published is not None and start != mention.published:
        mention.status = "planned" if start > mention.published else "past"


def _undate_hosts(found: list[_Mention]) -> None:
    """An article's mentions -> the same, where a host ("am Rande des Gipfels") the article dates elsewhere takes that date instead of its sentence's.

    "Am Rande des Gipfels traf Merkel am Sonntag Erdoğan": Sunday dates the meeting; the summit
    is the one the article tells of, running that day (else the one it refers back to).
    """
    for mention in found:
        # (not "am Rande des Apec-Gipfels in Lima", which names a gathering of its own)
        if mention.eve_of or not mention.host or mention.start_date is None or mention.location is not None or "-" in mention.trigger:
            continue
        gatherings = [d for d in found if d.start_date is not None and not (d.host or d.aside) and _refers_back(mention, d)]
        running = [d for d in gatherings if d.start_date <= mention.start_date <= (d.end_date or d.start_date)]
        if running:
            held = min(running, key=lambda d: abs(d.sentence_start - mention.sentence_start))
            mention.start_date, mention.end_date, mention.precision = held.start_date, held.end_date, held.precision
        elif _referent(mention, gatherings) is not None:
            mention.start_date = mention.end_date = mention.precision = None
        else:
            continue
        # The sentence's people meet aside; the gathering told of elsewhere has its own.
        mention.participants = []


# What a visitor does on the trip ("reist weiter nach Buenos Aires, wo er Caputo treffen will").
_DONE_ON_VISITS = frozenset({"meeting", "talks"})


def _visits_with_their_meetings(found: list[_Mention]) -> list[_Mention]:
    """An article's mentions -> the same, where a meeting told in a visit's sentence on its day, and nowhere else, is part of that visit.

    "Am Freitag reist Lindner weiter nach Buenos Aires, wo er Caputo treffen will": one occasion,
    the visit, with Caputo among its parties (not a visit and a meeting).
    """
    absorbed: set[int] = set()
    for meeting in found:
        if meeting.event_type not in _DONE_ON_VISITS or meeting.aside or meeting.host or meeting.eve_of:
            continue
        visit = next(
            (
                v for v in found
                if v.event_type == "visit" and v.sentence_start == meeting.sentence_start and not (v.aside or v.host)
                and (v.start_date, v.precision) == (meeting.start_date, meeting.precision) and not _places_differ(v, meeting)
            ),
            None,
        )
        # A meeting the article tells again elsewhere ("Das Treffen dauerte zwei Stunden") is an occasion of its own.
        retold = meeting.start_date is not None and any(
            other.sentence_start != meeting.sentence_start and _FAMILY[other.event_type] == "gathering" and other.start_date == meeting.start_date
            for other in found
        )
        if visit is None or retold:
            continue
        visit.participants += [p for p in meeting.participants if p not in visit.participants]
        visit.party_names = {**meeting.party_names, **visit.party_names}
        if visit.location is None:
            visit.location, visit.location_key, visit.location_entity_id = meeting.location, meeting.location_key, meeting.location_entity_id
        absorbed.add(id(meeting))
    return [m for m in found if id(m) not in absorbed]


# "Die Konferenz hatte am Montag in Abu Dhabi begonnen": the first day of an event told over several.
_BEGAN_RE = re.compile(r"(?<![\w-])(?:begonnen|begann|begannen|eröffnet|eröffnete|gestartet|startete|Auftakt)(?![\w-])")
# "ist am Donnerstag zu Ende gegangen" (not "tagt zum Abschluss der Ausschuss": an event of its own on the last day)
_ENDED_RE = re.compile(r"(?<![\w-])(?:endete|endeten|endet|enden|geendet|zu\s+Ende|beendet)(?![\w-])")
_LONGEST_EVENT_DAYS = 14


def _date_endings(found: list[_Mention]) -> None:
    """An article's mentions -> the same, where one telling an event's last day ("ist am Donnerstag zu Ende gegangen") starts on the first day another tells it began."""
    for mention in found:
        if mention.precision != "day" or mention.end_date != mention.start_date or mention.host or mention.aside:
            continue
        w = mention.trigger_start - mention.sentence_start
        clause = _clause_around(mention.evidence, w, w + len(mention.trigger))
        if not _ENDED_RE.search(mention.evidence, clause[0], clause[1]):
            continue
        began = [
            b for b in found
            if b is not mention and b.event_type == mention.event_type and b.precision == "day" and b.start_date is not None
            and 0 < (mention.start_date - b.start_date).days < _LONGEST_EVENT_DAYS and _BEGAN_RE.search(b.evidence)
            and not _places_differ(b, mention)
        ]
        if len(began) == 1:
            mention.start_date = began[0].start_date
            began[0].end_date = max(began[0].end_date or began[0].start_date, mention.end_date)


# Gatherings that run over several days: a later day told of them is the same gathering going on.
_MULTI_DAY = frozenset({"summit", "conference"})
# "Der Gipfel wird am Freitag fortgesetzt", "berieten am Freitag zudem": told as going on.
_CONTINUED = r"fortgesetzt|fortsetzen"
_GOING_ON_RE = re.compile(
    rf"(?<![\w-])(?:{_CONTINUED}|zudem|außerdem|(?:zweiten|dritten|letzten)\s+(?:[\w-]*[Tt]ag)|Abschluss|Schlusstag)(?![\w-])|"
    + _ENDED_RE.pattern
)


# "Özdemir nahm am Donnerstag an den Beratungen teil", "Die Gespräche werden am Samstag fortgesetzt":
# the gathering the article already tells of, joined or continued on a later day, whatever it is called.
_JOINED_LATER_RE = re.compile(
    rf"(?<![\w-])(?:{_CONTINUED}|fortsetzt|teilgenommen|teilnehmen|teilnimmt|teil(?=\s*[,.;]|$)|hinzu\w*|dabei(?=\s*[,.;]|$))(?![\w-])"
)
# Only a bare word refers back so: "am UN-Nachhaltigkeitsgipfel teilnehmen", "an dem Treffen am Mittwoch" name one of their own.
_BARE_GATHERING_WORDS = frozenset({"konferenz", "beratungen", "gespräche", "verhandlungen", "tagung", "klausur", "runde", "konsultationen"})
# "Seit Mittwoch beraten die Innenminister": begun on that day and going on.
_GOING_ON_SINCE_RE = re.compile(r"(?<![\w-])[Ss]eit(?![\w-])")


def _told_as_lasting(mention: _Mention) -> bool:
    """A dated mention -> whether its sentence tells a gathering of several days ("vom 26. bis 28. März", "hatte am Mittwoch begonnen", "Seit Mittwoch beraten")."""
    return (mention.end_date or mention.start_date) > mention.start_date or bool(_BEGAN_RE.search(mention.evidence) or _GOING_ON_SINCE_RE.search(mention.evidence))


def _date_continuations(found: list[_Mention]) -> None:
    """An article's mentions -> the same, where a later day of a gathering told as going on starts on the day the article says it began.

    "Der Gipfel hatte am Donnerstag begonnen … Die Staats- und Regierungschefs berieten am Freitag
    zudem über …": one summit of two days, not a second one. A gathering named by its definite
    article and joined or continued that later day ("nahm am Donnerstag an den Beratungen teil")
    is the one begun, under whatever name.
    """
    for mention in found:
        if (
            _FAMILY[mention.event_type] != "gathering" or mention.precision != "day" or mention.host or mention.aside
            or mention.article == "indefinite" or mention.end_date != mention.start_date
        ):
            continue
        w = mention.trigger_start - mention.sentence_start
        clause = _clause_around(mention.evidence, w, w + len(mention.trigger))
        joined = (
            mention.article == "definite" and mention.trigger.lower() in _BARE_GATHERING_WORDS
            and _JOINED_LATER_RE.search(mention.evidence, clause[0], clause[1]) is not None
        )
        if not joined and (mention.event_type not in _MULTI_DAY or not _GOING_ON_RE.search(mention.evidence, clause[0], clause[1])):
            continue
        # "hatten zudem auf einem Euro-Gipfel beraten": a gathering the sentence brings in anew is one of its own.
        if any(m.sentence_start == mention.sentence_start and m.event_type == mention.event_type and m.article == "indefinite" for m in found):
            continue
        begun = [
            b for b in found
            if b is not mention and b.precision == "day" and b.start_date is not None
            and (b.event_type == mention.event_type or (joined and _FAMILY[b.event_type] == "gathering" and _told_as_lasting(b)))
            and not (b.host or b.aside or b.eve_of) and 0 < (mention.start_date - b.start_date).days < 4 and not _places_differ(b, mention)
        ]
        # Two gatherings begun on different days leave open which one goes on.
        if len({b.start_date for b in begun}) == 1:
            first = begun[0]
            first.end_date = max(first.end_date or first.start_date, mention.end_date)
            # Whatever else the article dates to that later day of the gathering ("am Vorabend der
            # Konferenz" read from it) is the same gathering too.
            day = mention.start_date
            for same in found:
                if same.event_type == mention.event_type and same.start_date == day and same.end_date == day and not same.aside:
                    same.start_date = first.start_date


def _date_eves(found: list[_Mention]) -> None:
    """An article's mentions -> the same, where a sentence told "am Vorabend des Ministerrats" has its events dated the day before the council the article dates elsewhere."""
    for sentence_start in dict.fromkeys(m.sentence_start for m in found if m.eve_of):
        in_sentence = [m for m in found if m.sentence_start == sentence_start]
        sample = in_sentence[0]
        noun = sample.eve_of or ""
        # "am Vorabend des Besuchs": the eve of the visit's first day
        family = "visit" if noun.lower().endswith(("besuch", "reise", "visite")) else "gathering"
        elsewhere = [d for d in found if d.start_date is not None and not (d.host or d.aside or d.eve_of) and _FAMILY[d.event_type] == family]
        host = next((m for m in in_sentence if m.host), None)
        # The gathering is the first the article reports by that name, as its event word ("am Vorabend
        # des Gipfels" after "der Sondergipfel am Mittwoch") or in its sentence ("zum Ministerrat
        # zusammen"), else the nearest of the host's kind; a visit is its first day's arrival.
        if family == "visit":
            held = min(elsewhere, key=lambda d: d.start_date, default=None)
        else:
            held = next((d for d in elsewhere if noun.lower() in d.trigger.lower()), None) or next((d for d in elsewhere if noun in d.evidence), None) or min(
                (d for d in elsewhere if host and d.event_type == host.event_type),
                key=lambda d: (d.sentence_start > sample.sentence_start, abs(d.sentence_start - sample.sentence_start)),
                default=None,
            )
        if held is None or held.precision != "day":
            continue
        # "ist am Freitag zu Ende gegangen … tagte vom 26. bis 28. März": the eve is before the first day
        first_day = min(
            (d.start_date for d in elsewhere if d.event_type == held.event_type and d.precision == "day" and d.start_date <= held.start_date <= (d.end_date or d.start_date)),
            default=held.start_date,
        )
        eve = first_day - timedelta(days=1)
        for mention in in_sentence:
            if mention.host:
                # The host is that gathering; the sentence's place and people are the eve's.
                mention.start_date, mention.end_date, mention.precision = held.start_date, held.end_date, held.precision
                _take_place(mention, held)
                mention.participants = []
                continue
            _set_date(mention, eve, eve, "day")


def _place_asides(found: list[_Mention], cluster_of: dict[int, list[_Mention]]) -> None:
    """An article's mentions + the cluster each went to -> asides without a place take the place of their host's event."""
    for mention in found:
        if not mention.aside or mention.location is not None or mention.event_type == "call":
            continue
        host = _host_of(mention, found, cluster_of)
        placed = _placed(cluster_of[id(host)]) if host is not None else None
        if placed is not None:
            _take_place(mention, placed)


def _take_place(mention: _Mention, source: _Mention) -> None:
    """A mention + another of the same occasion -> the mention names the other's place."""
    mention.location, mention.location_entity_id, mention.location_key = source.location, source.location_entity_id, source.location_key


def _placed(cluster: list[_Mention]) -> _Mention | None:
    """An event's mentions -> one that names the place most of them name (a town before its country), else None."""
    places = Counter((m.location, m.location_entity_id) for m in cluster if m.location)
    if not places:
        return None
    place = places.most_common(1)[0][0]
    chosen = next(m for m in cluster if (m.location, m.location_entity_id) == place)
    if chosen.event_type != "visit" and chosen.location_key in country_ids():
        # "Die Nato-Staaten versammeln sich in Ankara" against two reports "in der Türkei": the
        # town says more. A state visit is to the country, whichever towns it stops in.
        town = next((m for m in cluster if m.location_key and m.location_key not in country_ids()), None)
        return town or chosen
    return chosen


@lru_cache(maxsize=1)
def country_ids() -> frozenset[str]:
    """-> the entity ids of countries (the key a tagged country name gets)."""
    return frozenset(entity_id(short) for short in country_keys().values())


def _containing_keys(mention: _Mention) -> list[tuple[str, date, str]]:
    """A dated mention -> the (family, date, precision) keys of the other precisions it contains or may lie in.

    A week holds its days and a month (or "Mitte März") the days from its start to its end; a day
    lies in its week and in any part of its month that starts on or before it.
    """
    family, start, precision = _FAMILY[mention.event_type], mention.start_date, mention.precision
    if precision in ("week", "month"):
        last = mention.end_date or start
        return [(family, start + timedelta(days=i), "day") for i in range((last - start).days + 1)]
    if precision == "day":
        return [(family, start - timedelta(days=start.weekday()), "week")] + [
            (family, start.replace(day=day), "month") for day in range(1, start.day + 1)
        ]
    return []


def _told_apart(cluster: list[_Mention], mention: _Mention) -> bool:
    """An event's mentions + a dated mention -> whether the mention's article dates the event to other days.

    "Bereits am Donnerstag vergangener Woche" and "Anfang Oktober" on one page are two occasions,
    even when another page's "im Oktober" could hold both.
    """
    return any(m.article_id == mention.article_id and m.start_date and not _spans_overlap(m, mention) for m in cluster)


def _spans_overlap(a: _Mention, b: _Mention) -> bool:
    """Two dated mentions -> whether the days each was told to cover overlap."""
    return a.start_date <= (b.end_date or b.start_date) and b.start_date <= (a.end_date or a.start_date)


# "Die Tagung dauert bis Samstag", "Der Gipfel endete am Sonntagabend": how long a gathering lasts.
_LASTING_RE = re.compile(r"(?<![\w-])(?:dauert|dauerte|dauern|dauerten|bis)(?![\w-])|" + _ENDED_RE.pattern)


def _standalone(mention: _Mention) -> bool:
    """An undated mention no dated one explains -> whether it still reports a specific event: with a named party or place, or a day the page cannot resolve."""
    if _HYPOTHETICAL_RE.search(mention.evidence):
        return False
    # "Trump bot an, Gespräche beider Seiten zu vermitteln", "hatte die Gespräche … vorgeschlagen":
    # talks offered or proposed (a call "und bot Unterstützung an" still took place).
    if mention.trigger[:1].isupper() and _OFFERED_RE.search(mention.evidence):
        return False
    # "Der Finanzausschuss tagt am Donnerstag" on a page without a date: a day told is a specific event
    # ("Die Tagung dauert bis Samstag" tells how long one already told of goes on).
    return bool(mention.participants or mention.location or (mention.unresolved_dates and not _LASTING_RE.search(mention.evidence)))


def _is_heading(sentence: str) -> bool:
    """A sentence -> whether it is a line without a sentence's closing punctuation (a crosshead, a caption's title)."""
    return _SENTENCE_END_RE.search(sentence) is None


_SENTENCE_END_RE = re.compile(r"[.!?…:;\"“”»«')]\s*$")


def _tables(clusters: list[list[_Mention]]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Clusters of mentions (earliest first) -> the three event tables."""
    events, event_mentions, participants = [], [], []
    for cluster in clusters:
        founder = cluster[0]
        event_id = _event_id(founder)
        dated = [m for m in cluster if m.start_date is not None]
        # The most precise report dates the event ("am Montag" over "vergangene Woche").
        dating = min(dated, key=lambda m: _PRECISION_RANK[m.precision]) if dated else founder
        event_type = Counter(m.event_type for m in cluster).most_common(1)[0][0]
        placed = _placed(cluster)
        location, location_entity_id = (placed.location, placed.location_entity_id) if placed else (None, None)
        # The latest report decides (planned, then past), read off the sentences that date the event
        # where there are such: "X begrüßte die Gespräche" is past of the greeting, not of the talks.
        statuses = [m.status for m in sorted(dated, key=lambda m: m.published or date.min) if m.status] or [
            m.status for m in sorted(cluster, key=lambda m: m.published or date.min) if m.status
        ]
        label = _TYPE_LABELS[event_type] + (f" in {location}" if location else "")
        events.append(
            {
                "event_id": event_id, "event_type": event_type, "label": label,
                "start_date": dating.start_date,
                # ("am 12. März" and "Mitte März" end on the 12th, the day the precise report gives)
                "end_date": max(m.end_date or m.start_date for m in dated if m.precision == dating.precision) if dated else None,
                "date_precision": dating.precision, "location": location, "location_entity_id": location_entity_id,
                "status": statuses[-1] if statuses else None,
                "n_articles": len({m.article_id for m in cluster}),
            }
        )
        per_article: dict[str, list[_Mention]] = defaultdict(list)
        for m in cluster:
            per_article[m.article_id].append(m)
        # One evidence sentence per article: the first that dates the event, a full sentence before a
        # crosshead ("Sondersitzung am Donnerstag") that only announces it.
        evidence = [
            min(reports, key=lambda m: (m.start_date is None, _is_heading(m.evidence), m.sentence_start))
            for reports in per_article.values()
        ]
        for m in evidence:
            event_mentions.append(
                {"event_id": event_id, "article_id": m.article_id, "evidence": m.evidence,
                 "start_char": m.sentence_start, "end_char": m.sentence_end, "status": m.status}
            )
        # Participants come from the sentences that date the event; a later "X begrüßte die Gespräche"
        # names a commentator, not a party.
        for entity_id in dict.fromkeys(e for m in dated or cluster for e in m.participants):
            participants.append({"event_id": event_id, "entity_id": entity_id})
    return (
        conform(pl.DataFrame(events, schema=EVENTS), EVENTS) if events else empty_frame(EVENTS),
        conform(pl.DataFrame(event_mentions, schema=EVENT_MENTIONS), EVENT_MENTIONS) if event_mentions else empty_frame(EVENT_MENTIONS),
        conform(pl.DataFrame(participants, schema=EVENT_PARTICIPANTS), EVENT_PARTICIPANTS) if participants else empty_frame(EVENT_PARTICIPANTS),
    )
