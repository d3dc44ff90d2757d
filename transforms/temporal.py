"""German temporal tagger in the style of HeidelTime: date expressions in text, normalised to TIMEX2 values.

`date_expressions(text, anchor, narrative)` finds dates, times, durations and vague references
("16. Juni 2021", "am Sonntagabend", "vergangene Woche", "Mitte Dezember", "Ende 2021", "drei
Tage") with hand-written rules over precompiled regular expressions, and normalises each to a
TIMEX2 value plus the calendar interval it covers.

How relative expressions are resolved (the choices the event extractor relies on):

* News mode (`narrative=False`): deictic expressions ("gestern", "am Mittwoch", "vergangene
  Woche", "nächsten Monat", "im Frühjahr", "13. Januar" without a year) resolve against `anchor`,
  the publication date. Anaphoric ones ("am Tag darauf", "zwei Tage später", "im selben Jahr",
  times of day, "am Abend") resolve against the last date mentioned before them, else `anchor`.
  A month, day or season without a year takes the year of an explicit date earlier in the same
  sentence; otherwise the tense of the clause (then of the sentence) picks the occurrence nearest
  to the anchor in that direction: future cues (werden, sollen, wollen, planen, geplant,
  angesetzt, vorgesehen, "zu" + infinitive …) look forward, past cues (Präteritum, hatte/war/
  wurde, haben/sein + Partizip II) look back. A weekday, month, day or season with no tense cue
  (an unlisted strong verb, a verbless phrase) takes the occurrence nearest to the anchor, so
  "am Montag" in a Friday article is the coming Monday and in a Wednesday article the past one. A
  weekday equal to the anchor's weekday is the anchor day itself unless the text says
  "vergangenen/letzten" (a week back) or "nächsten/kommenden" (a week ahead). With
  `anchor=None` every deictic expression gets value None and no dates: nothing is guessed.
* Narrative mode (`narrative=True`, history texts without a publication date): every relative
  expression resolves against the last date mentioned before it that has the needed granularity
  (HeidelTime's "last mentioned" rule), falling back to `anchor`; weekdays count forward from it.
  A year-less "12. April" takes the year the story is in: the year of the last date, month or
  season, or of a year that heads a section or is the topic ("1862" on its own line, "im Jahr
  1915", "Ende 1941"); asides do not move it: a bare year inside a sentence ("wie 1870/71"), an
  end point or attribute ("bis zum 9. Januar 1916", "Kriegsrat vom 8. Dezember 1912"), a look
  back ("im Vorjahr", "zwei Jahre zuvor") or a date computed from another one. "heute"/"jetzt"
  are PRESENT_REF there ("nowadays"); in news "heute" is the anchor day.

Values: "2021-06-16", "2021-06-16TEV" (day part), "2021-06-16T14:30", "2021-06", "2021-W23",
"2021-W23-WE" (weekend), "2021-Q1", "2021-H2", "2021-SP/SU/FA/WI", "2021", "199" (1990s), "20"
(20th century: 1900s), "BC0490", "PRESENT_REF/PAST_REF/FUTURE_REF", durations "P3D", "PT2H",
"PXY" (vague). "Anfang/Mitte/Ende" keep the value of the unit and set `modifier`; the dates are
then narrowed to its first, middle or last third. `precision` is the smallest unit the events
table knows that is at least as long as the interval: day, week (also a weekend), month, quarter
(also a season), year (also a half year); None for decades, centuries (they still get dates),
durations, vague references, BC and unresolved expressions (these get no dates). Winter Y runs
from December Y to February Y+1.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable

__all__ = ["DateExpression", "date_expressions"]


@dataclass(frozen=True)
class DateExpression:
    """One temporal expression found in a text, with its normalised value and calendar interval."""

    start_char: int
    end_char: int
    text: str
    value: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str | None
    relative: bool
    modifier: str | None


# ---------------------------------------------------------------------------------------------
# General German lexicons
# ---------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan.": 1, "jän.": 1,
    "februar": 2, "feber": 2, "feb.": 2, "febr.": 2,
    "märz": 3, "mär.": 3, "mrz.": 3,
    "april": 4, "apr.": 4,
    "mai": 5,
    "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8,
    "september": 9, "sept.": 9, "sep.": 9,
    "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11,
    "dezember": 12, "dez.": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3,
    "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6,
}  # fmt: skip

# TIMEX2 day-part tokens: MO morning, MI midday, AF afternoon, EV evening, NI night.
DAY_PARTS: dict[str, str] = {
    "morgen": "MO", "morgens": "MO", "früh": "MO", "frühmorgens": "MO", "vormittag": "MO",
    "vormittags": "MO", "morgenstunden": "MO", "mittag": "MI", "mittags": "MI",
    "mittagsstunden": "MI", "nachmittag": "AF", "nachmittags": "AF", "nachmittagsstunden": "AF",
    "abend": "EV", "abends": "EV", "abendstunden": "EV", "nacht": "NI", "nachts": "NI",
}  # fmt: skip

SEASONS: dict[str, str] = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}

# "Anfang/Mitte/Ende" and their synonyms -> TIMEX2 MOD.
PART_MODIFIERS: dict[str, str] = {
    "anfang": "START", "anfangs": "START", "beginn": "START", "jahresbeginn": "START",
    "jahresanfang": "START", "monatsanfang": "START", "monatsbeginn": "START",
    "mitte": "MID", "jahresmitte": "MID", "monatsmitte": "MID",
    "ende": "END", "ausgang": "END", "jahresende": "END", "monatsende": "END",
}  # fmt: skip

APPROX_WORDS = frozenset({"etwa", "ungefähr", "circa", "ca.", "rund", "gegen", "um", "zirka"})

NUMBER_WORDS: dict[str, float] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "beiden": 2,
    "beide": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5, "halbes": 0.5,
    "halben": 0.5, "halbe": 0.5, "dreiviertel": 0.75,
}  # fmt: skip

VAGUE_NUMBERS = frozenset({
    "wenige", "wenigen", "weniger", "einige", "einigen", "mehrere", "mehreren", "etliche",
    "etlichen", "zahlreiche", "zahlreichen", "viele", "vielen", "paar",
})  # fmt: skip

# TIMEX2 duration units for German unit nouns (and the stems of "-tägig", "-jährig" adjectives).
UNITS: dict[str, str] = {
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "woche": "W", "wochen": "W",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M", "jahr": "Y", "jahre": "Y",
    "jahren": "Y", "jahres": "Y", "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
    "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE", "stunde": "H",
    "stunden": "H", "minute": "MIN", "minuten": "MIN", "nacht": "NI", "nächte": "NI",
    "nächten": "NI", "quartal": "Q", "quartale": "Q", "quartalen": "Q",
}  # fmt: skip
_ADJ_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "H"}
_LANG_UNITS = {"tage": "D", "wochen": "W", "monate": "M", "jahre": "Y", "jahrzehnte": "DE", "stunden": "H"}

DECADE_WORDS: dict[str, int] = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "letzten": -1, "letzte": -1,
}  # fmt: skip

# Fixed-date holidays (month, day) and Easter-relative ones (days after Easter Sunday).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "valentinstag": (2, 14), "tag der arbeit": (5, 1),
    "tag der deutschen einheit": (10, 3), "reformationstag": (10, 31), "allerheiligen": (11, 1),
    "heiligabend": (12, 24), "heiligen abend": (12, 24), "weihnachten": (12, 25),
    "ersten weihnachtstag": (12, 25), "erster weihnachtstag": (12, 25),
    "zweiten weihnachtstag": (12, 26), "zweiter weihnachtstag": (12, 26), "silvester": (12, 31),
}  # fmt: skip
EASTER_HOLIDAYS: dict[str, int] = {
    "weiberfastnacht": -52, "rosenmontag": -48, "aschermittwoch": -46, "gründonnerstag": -3,
    "karfreitag": -2, "ostern": 0, "ostersonntag": 0, "ostermontag": 1,
    "christi himmelfahrt": 39, "himmelfahrt": 39, "pfingsten": 49, "pfingstsonntag": 49,
    "pfingstmontag": 50, "fronleichnam": 60,
}  # fmt: skip

# Vague references that TIMEX2 annotates with a *_REF value.
VAGUE_REFS: dict[str, str] = {
    "jetzt": "PRESENT_REF", "heutzutage": "PRESENT_REF", "derzeit": "PRESENT_REF",
    "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF",
    "dieser tage": "PRESENT_REF", "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
    "zukünftig": "FUTURE_REF", "in zukunft": "FUTURE_REF",
    "in der zukunft": "FUTURE_REF", "in kürze": "FUTURE_REF", "binnen kurzem": "FUTURE_REF",
    "folgezeit": "FUTURE_REF", "wenig später": "FUTURE_REF", "kurz darauf": "FUTURE_REF",
    "kurze zeit später": "FUTURE_REF", "kürzlich": "PAST_REF",
    "unlängst": "PAST_REF", "neulich": "PAST_REF", "jüngst": "PAST_REF", "vor kurzem": "PAST_REF",
    "in der vergangenheit": "PAST_REF",
}  # fmt: skip

# Tense cues. Future: modal/auxiliary forms and planning words. Past: Präteritum of irregular
# verbs, weak Präteritum of frequent news verbs, Perfekt auxiliaries + Partizip II.
_FUTURE_CUES = (
    "wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "solle", "sollten", "will",
    "wollen", "wolle", "möchte", "möchten", "plant", "planen", "plane", "geplant", "angesetzt",
    "vorgesehen", "anberaumt", "terminiert", "angekündigt", "bevorsteht", "bevorstehen",
    "bevorstehende", "bevorstehenden", "demnächst", "voraussichtlich", "künftig", "erwartet",
    "beabsichtigt", "nächste", "nächsten", "nächster", "kommende", "kommenden",
)  # fmt: skip
_PAST_AUX = ("hatte", "hatten", "hattest", "war", "waren", "warst", "wurde", "wurden", "worden", "gewesen")
_PERFECT_AUX = ("hat", "haben", "habe", "hast", "ist", "sind", "sei", "seien", "bin")
_STRONG_PAST = (
    "kam", "kamen", "ging", "gingen", "gab", "gaben", "traf", "trafen", "fand", "fanden",
    "sprach", "sprachen", "stand", "standen", "sah", "sahen", "nahm", "nahmen", "hielt",
    "hielten", "ließ", "ließen", "lag", "lagen", "blieb", "blieben", "rief", "riefen", "schrieb",
    "schrieben", "zog", "zogen", "fiel", "fielen", "trat", "traten", "brachte", "brachten",
    "dachte", "dachten", "kannte", "nannte", "nannten", "wusste", "wussten", "starb", "starben",
    "schlug", "schlugen", "flog", "flogen", "fuhr", "fuhren", "floh", "flohen", "gewann",
    "gewannen", "verlor", "begann", "begannen", "beschloss", "entschied", "schloss", "schlossen",
    "bot", "boten", "bat", "baten", "wies", "wiesen", "stieg", "stiegen", "sank", "sanken", "lief",
    "liefen", "schien", "saß", "saßen", "trug", "trugen", "galt", "galten", "warf", "warfen",
    "half", "halfen", "erschien", "wuchs", "brach", "brachen", "stieß", "stießen", "sprang",
    "riet", "erhielt", "erhielten", "verließ", "verließen", "befahl", "empfing", "empfingen",
    "betrug", "vertrat", "gelang", "gelangen", "misslang", "geschah", "geschahen", "lud", "luden",
    "zwang", "drang", "drangen", "griff", "griffen", "litt", "schoss", "schossen", "sandte",
    "wandte", "rannte", "konnte", "konnten", "musste", "mussten", "durfte", "durften", "wollte",
    "wollten", "tat", "taten", "hieß", "fing", "stritt", "verschwand", "erfuhr", "erkannte",
    "gestand", "bestand", "entstand", "verstand", "befand", "befanden", "verlief", "unterlag",
    "unterlagen", "erlag", "erlitt", "erlitten", "vollzog", "bezog", "bewog", "zerbrach",
    "gebot", "verbot", "beschrieb", "verwies", "verhielt", "enthielt", "trieb", "trieben",
    "schwieg", "sprachen", "unterschrieb", "unterbrach", "unternahm", "unternahmen", "übernahm",
    "übernahmen", "übergab", "ergab", "vergab", "gedachte", "mochte", "fror", "wog", "log",
    "betrat", "eintraf", "eintrafen", "stattfand", "stattfanden", "teilnahm", "teilnahmen",
    "beriet", "berieten", "besprach", "besprachen", "unterhielt", "unterhielten", "aß", "aßen",
)  # fmt: skip
_WEAK_STEMS = (
    "sag", "erklär", "meld", "bericht", "teil", "kündig", "beton", "forder", "warn", "stell",
    "mach", "zeig", "führ", "leg", "setz", "such", "reis", "wähl", "spiel", "leb", "arbeit",
    "hör", "brauch", "folg", "hoff", "glaub", "lehn", "stimm", "handel", "verhandel", "letz",
    "töt", "feier", "öffn", "zeichn", "bestätig", "äußer", "antwort", "ordn", "richt", "droh",
    "kämpf", "kauf", "zahl", "bau", "plan", "wart", "red", "dauer", "end", "lös", "kost",
    "schaff", "stärk", "sicher", "sperr", "prüf", "schätz", "wechsel", "trenn", "lern", "merk",
    "mein", "nutz", "pass", "regel", "rett", "schick", "schütz", "sorg", "stopp", "stürz",
    "tausch", "wag", "wehr", "wirk", "wohn", "wünsch", "zähl", "stör", "land", "ober", "rück",
    "marsch", "flücht", "start", "schilder", "inner", "lach", "hol", "kehr", "tagt", "tag",
    "leit", "heirat", "dank", "mahn", "lob", "grüß", "blick", "fürcht", "spend", "urteil",
    "klag", "fehl", "hinder", "wend", "enttäusch", "verletz", "besetz", "vereinbar", "einig",
    "mitteil", "beantrag", "verkünd", "unterstütz", "verabschied", "ernenn", "ernann",
    "verurteil", "verhaft", "festnahm", "übergeb", "erreich", "lieh", "räum", "bomb", "belager",
    "erober", "zerstör", "besieg", "verteidig", "vernicht", "beend", "erwart", "begründ",
    "gründ", "empfahl", "ahn", "schwäch", "verstärk", "entwickel", "besuch", "versuch",
    "fass", "befass", "verfass", "erfass", "bezeichn", "verlang", "verweiger", "einigt",
    "versammel", "erörter", "verständig", "beratschlag",
)  # fmt: skip
_SEPARABLE = (
    "an", "auf", "aus", "ab", "bei", "ein", "fest", "mit", "nach", "vor", "zu", "zurück",
    "zusammen", "weiter", "statt", "fort", "her", "hin", "los", "bekannt", "frei", "teil",
    "dar", "um", "be", "er", "ver", "ent", "zer", "miss", "über", "unter", "wider", "vorbei",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Regular expressions (compiled once; mostly case-insensitive, case is checked in the handlers
# where German capitalisation carries meaning: "morgen" tomorrow vs "Morgen" morning)
# ---------------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """Words -> a regex alternation, longest first, spaces matching any whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_F = re.IGNORECASE
_NB = r"(?![\wäöüß])"  # word end (also after a trailing dot of an abbreviation)
_WB = r"(?<![\wäöüß])"  # word start
_MON = _alt(MONTHS) + _NB
_WD = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
_ERA = r"(?:\s*(?:v\.\s*Chr\.|vor\s+Christus|v\.\s*u\.\s*Z\.|n\.\s*Chr\.|nach\s+Christus))"
_YEAR_AFTER_MONTH = rf"(?:\d{{1,4}}{_ERA}|\d{{4}}(?![\d.,]\d)|'\d{{2}}(?!\d))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_NUMW = _alt(k for k in NUMBER_WORDS)
_VAGUE = _alt(VAGUE_NUMBERS)
_MODP = r"(?:gegen\s+)?(?:Anfang|Mitte|Ende|Beginn|Ausgang)"
_APPROX = r"(?:etwa|ungefähr|circa|ca\.|zirka|rund|gegen)"
_PART_NOUN = r"(?:Morgenstunden|Abendstunden|Mittagsstunden|Nachmittagsstunden|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)"
_REL_DET = (
    r"(?:vergangen|letzt|vorig|vorangegangen|vorhergehend|dies|laufend|selb|gleich|jen|ganz|"
    r"kommend|nächst|übernächst|vorvergangen|vorletzt|folgend|darauffolgend|darauf\s+folgend|anschließend|aktuell|neu)(?:e|en|er|es|em)?"
)
_YEAR_SUFFIX_REL = (
    r"(?:des\s+(?:(?:" + _REL_DET + r")\s+)?Jahres|desselben\s+Jahres|" + _REL_DET + r"\s+Jahres|"
    r"des\s+Vorjahres|des\s+Folgejahres)"
)

_RE_DATE_DMY = re.compile(
    rf"(?P<pre>(?:(?:früh|spät)(?:en|er)\s+)?(?:{_PART_NOUN}|Verlauf|Laufe)\s+(?:des|vom)\s+)?"
    rf"(?<![\d.]){_WB}(?P<day>{_DAY})\.\s*(?P<mon>{_MON})"
    rf"(?:,?\s+(?P<year>{_YEAR_AFTER_MONTH})|\s+(?P<yrel>{_YEAR_SUFFIX_REL}))?"
    rf"(?:,?\s+(?P<hh>[01]?\d|2[0-4])(?:[:.](?P<mm>[0-5]\d))?\s+Uhr)?"
    r"(?:\s+(?P<post>morgens|abends|nachts|früh|vormittags|nachmittags)\b)?",
    _F,
)
_RE_DATE_NUM = re.compile(
    rf"(?<![\d.,/]){_WB}(?P<day>{_DAY})\.(?P<mon>1[0-2]|0?[1-9])\.(?P<year>\d{{4}}|\d{{2}})?(?![\d.]\d|\d)",
    _F,
)
_RE_DATE_ISO = re.compile(r"(?<![\d.-])(?P<year>[12]\d{3})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d])")
_RE_RANGE_DAYS = re.compile(
    rf"(?P<pre>Nacht\s+(?:vom|zum)\s+)?(?<![\d.]){_WB}(?P<d1>{_DAY})\.(?:\s*(?P<m1>{_MON}))?(?:\s*(?P<y1>\d{{4}}))?"
    r"\s*(?:-|–|—|/|bis(?:\s+(?:zum|einschließlich))?|und|auf|&|zum)\s*(?:(?:den|dem|zum)\s+)?"
    rf"(?P<d2>{_DAY})\.\s*(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR_AFTER_MONTH}))?",
    _F,
)
_RE_RANGE_MONTHS = re.compile(
    rf"(?P<mod1>{_MODP}\s+)?{_WB}(?P<m1>{_MON})\s*(?:-|–|/|bis(?:\s+zum)?|und|oder)\s*(?P<mod2>(?:Anfang|Mitte|Ende)\s+)?(?P<m2>{_MON})"
    rf"(?:\s+(?P<year>{_YEAR_AFTER_MONTH}))",
    _F,
)
_RE_MONTH = re.compile(
    rf"(?P<approx>{_APPROX}\s+)?(?P<mod>{_MODP}\s+)?{_WB}(?P<mon>{_MON})"
    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<year>{_YEAR_AFTER_MONTH}(?:/\d{{2}}(?!\d))?)|\s+(?P<yrel>{_YEAR_SUFFIX_REL}))?",
    _F,
)
_RE_YEAR = re.compile(
    r"(?P<pre>(?:(?P<approx>um|gegen|etwa|ungefähr|circa|ca\.|zirka)\s+)?"
    rf"(?:(?P<mod>{_MODP}|Laufe|Jahres(?:beginn|anfang|mitte|ende|wechsel))\s+(?:des\s+Jahres\s+|der\s+Jahre\s+)?)?"
    r"(?:(?:das|dem)\s+)?(?P<kw>[Jj]ahr(?:e|es)?\s+)?)?"
    r"(?<![\d.,:/-])(?P<year>\d{1,4})(?P<era>" + _ERA + r")?"
    r"(?:\s*(?P<sep>/|–|-|—|bis)\s*(?P<y2>\d{1,4})(?P<era2>" + _ERA + r")?)?(?![\d]|[.,]\d|:\d|\s*%|-[A-Za-zÄÖÜäöü])",
    _F,
)
_RE_DECADE = re.compile(
    rf"(?P<mod>{_MODP}\s+(?:der\s+)?)?(?:(?P<art>den|die|der)\s+)?"
    r"(?:(?P<d4>\d{1,3}0)er(?:\s*-?\s*Jahre(?:n)?|-Jahren?|n)?(?P<era>" + _ERA + r")?"
    rf"|(?P<dw>{_alt(DECADE_WORDS)})(?:\s+|-)?[Jj]ahre(?:n)?)",
    _F,
)
_RE_CENTURY = re.compile(
    rf"(?P<mod>{_MODP}\s+des\s+|Laufe\s+des\s+)?(?P<n>\d{{1,2}})\.\s*(?:Jahrhunderts?|Jh\.)(?P<era>{_ERA})?",
    _F,
)
_RE_SEASON = re.compile(
    rf"(?P<mod>(?:früh|spät)(?:en|er|es)\s+|{_MODP}\s+(?:des\s+)?)?{_WB}(?P<s>(?:Früh|Spät|Hoch)?(?:sommer|herbst|winter)|Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?"
    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<year>{_YEAR_AFTER_MONTH})(?:/(?P<y2>\d{{2}}|\d{{4}}))?|\s+(?P<yrel>{_YEAR_SUFFIX_REL}))?{_NB}",
    _F,
)
_RE_QUARTER = re.compile(
    r"(?P<ord>ersten|zweiten|dritten|vierten|letzten|erste|zweite|dritte|vierte|letzte|[1-4]\.)\s*"
    r"(?P<kind>Quartal|Vierteljahr|Halbjahr|Jahreshälfte)(?:e?s)?"
    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<year>\d{{4}})(?!\d)|\s+(?P<yrel>{_YEAR_SUFFIX_REL}))?",
    _F,
)
_RE_WEEKDAY = re.compile(
    rf"(?:(?P<rel>(?:vergangen|letzt|vorig|kommend|nächst|übernächst|dies)(?:e|en|er|es)?)\s+)?{_WB}"
    rf"(?P<wd>{_WD})(?P<part>morgen|früh|vormittag|mittag|nachmittag|abend|nacht)?(?P<s>s)?"
    # (not across a line break: "Gipfel am Mittwoch" as a heading over "Morgen sollen …")
    r"(?:[ \t]+(?P<part2>Morgen|früh|Vormittag|Mittag|Nachmittag|Abend|Nacht|morgens|abends|nachts)(?![\wäöüß]))?"
    rf"(?:,?\s+(?:(?:den|dem|der)\s+)?(?P<day>{_DAY})\.\s*(?:(?P<mon>{_MON})|(?P<monnum>1[0-2]|0?[1-9])\.)"
    rf"(?:,?\s*(?P<year>\d{{4}}|\d{{2}})(?![\d]))?)?{_NB}",
    _F,
)
_RE_NIGHT_WD = re.compile(
    rf"Nacht\s+(?P<prep>zum|auf\s+den|vom)\s+(?P<wd>{_WD})(?:\s+(?:auf\s+den|zum)\s+{_WD})?{_NB}", _F
)
_RE_WEEKEND = re.compile(rf"(?:(?P<rel>{_REL_DET})\s+)?{_WB}(?P<w>Wochenende)(?:s)?{_NB}", _F)
_RE_DEICTIC = re.compile(
    rf"{_WB}(?P<w>vorgestern|gestern|heute|morgen|übermorgen|heutigen\s+Tag(?:es)?)"
    r"(?:\s+(?P<part>früh|morgen|vormittag|mittag|nachmittag|abend|nacht)(?![\wäöüß]))?"
    rf"{_NB}",  # ("gegen drei Uhr morgens" holds no "morgen")
    _F,
)
# "beim gestrigen Treffen", "die morgige Sitzung": adjectives of the deictic days (news mode only).
_RE_DEICTIC_ADJ = re.compile(
    rf"{_WB}(?P<adj>vorgestrig|gestrig|heutig|morgig|übermorgig)(?:e|en|er|es|em)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)", _F
)
# "heutig" also means "present-day" ("das heutige Polen"); it dates only occasions and times of day.
_DATED_BY_HEUTIG = re.compile(
    r"(?:\w*(?:Treffen|Sitzung|Gespräch|Gespräche|Gesprächen|Auftritt|Besuch|Gipfel|Tagung|Konferenz|Telefonat|"
    r"Verhandlung|Verhandlungen|Termin|Spiel|Rede|Abstimmung|Debatte)|Abend|Morgen|Vormittag|Nachmittag|Mittag|Tag|Tages)$"
)
_RE_DAYPART = re.compile(
    rf"(?P<adj>(?:(?:früh|spät)(?:en|er)|{_REL_DET})\s+)?{_WB}(?P<part>{_PART_NOUN}|Mitternacht|nachts|abends|morgens|Vorabend)"
    r"(?:\s+(?P<suffix>darauf|danach|zuvor|davor|vorher|desselben\s+Tages|dieses\s+Tages|des\s+(?:selben|gleichen|folgenden|nächsten)\s+Tages))?(?![\wäöüß])",
    _F,
)
# "am zweiten Gipfeltag", "am letzten Tag seines Besuchs": a day counted from the gathering's first day.
_RE_GATHERING_DAY = re.compile(
    r"(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+(?:"
    r"(?:Gipfel|Verhandlungs|Konferenz|Sitzungs|Besuchs|Reise|Tagungs|Kongress|Beratungs|Treffens|Forums|Konsultations)tag(?:es|s)?"
    r"|Tag(?:es|s)?\s+(?:des|der|seines|seiner|ihres|ihrer)\s+(?:[\w-]*(?:[Gg]ipfels|[Bb]esuchs|[Rr]eise|[Kk]onferenz|[Vv]erhandlungen|[Tt]agung|[Kk]ongresses|[Tt]reffens|[Ss]itzung|[Bb]eratungen|[Kk]onsultationen))"
    r")(?![\wäöüß])",
)
_RE_TIME = re.compile(
    rf"(?P<pre>(?:knapp|gegen|etwa|kurz\s+(?:vor|nach))\s+)?(?<![\d.:,]){_WB}(?P<hh>[01]?\d|2[0-4])(?:[:.](?P<mm>[0-5]\d))?\s*Uhr"
    r"(?:(?<![:.]\d\d\sUhr)\s+(?P<mm2>[0-5]\d)(?!\d))?(?:\s+(?P<post>früh|morgens|abends|nachts|nachmittags|vormittags|Ortszeit|MEZ|MESZ|mitteleuropäischer\s+(?:Sommer)?[Zz]eit))?"
    r"|(?<![\d.:,])(?P<hh2>[01]?\d|2[0-3]):(?P<mm3>[0-5]\d)(?![\d:])",
    _F,
)
_RE_REL_UNIT = re.compile(
    # ("Anfang nächsten Jahres": the relative word is the determiner, so it moves the year)
    rf"(?P<mod>(?:gegen\s+)?(?:Anfang|Mitte|Ende|Beginn|Laufe)\s+(?:(?:des|der|dieses|diesen|dieser)\s+)?)?"
    rf"(?:(?P<art>das|die|der|den|dem|des)\s+)?(?:(?P<det>{_REL_DET})\s+)?"
    # ("tags darauf", "tags zuvor": the adverb names a day only with its direction)
    r"(?P<unit>Tag(?:es|e|en)?|tags(?=\s+(?:darauf|danach|zuvor|davor|vorher)(?![\wäöüß]))|Wochen?|Monat(?:s|es|e|en)?|Jahr(?:es|e|en)?|Quartal(?:s|es)?|Jahrzehnt(?:s|es|e|en)?|Kalenderjahr(?:es)?)"
    r"(?P<post>\s+(?:darauf|danach|zuvor|davor|vorher))?(?![\wäöüß])",
    _F,
)
_RE_REL_COMPOUND = re.compile(
    r"(?<![\wäöüß])(?P<w>Folgejahren|Folgejahre|Vorjahr|Folgejahr|Vortag|Folgetag|Vorwoche|Folgewoche|Vormonat|Folgemonat|"
    r"Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Jahreswechsel|Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte)"
    r"(?:e?s)?(?![\wäöüß])",
    _F,
)
_RE_OFFSET = re.compile(
    rf"(?P<pre>(?:nach|vor|in|binnen|innerhalb)\s+(?:(?:{_APPROX}|knapp|gut)\s+)?)?"
    rf"(?<![\w.,]){_WB}(?P<num>\d{{1,3}}|{_NUMW}|{_VAGUE})\s+(?:(?:ganzen?|vollen?|weiteren|aufeinanderfolgenden|folgenden|darauffolgenden|nächsten|letzten|ersten|kommenden|vergangenen)\s+)?"
    r"(?P<unit>Tag(?:e|en)?|Wochen?|Monat(?:e|en)?|Jahr(?:e|en)?|Jahrzehnt(?:e|en)?|Stunden?|Minuten?)"
    r"(?:\s+(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher))?(?![\wäöüß])",
    _F,
)
# A genitive or bare noun after a span of time says what filled it ("Tagen intensiver Gespräche").
_OF_WHAT_RE = re.compile(r"\s+(?:[a-zäöüß]+er\s+)?(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))[A-ZÄÖÜ][a-zäöüß]")
_RE_BARE_OFFSET = re.compile(r"(?<![\wäöüß])(?P<unit>Tage|Wochen|Monate|Jahre)\s+(?P<dir>später|danach|zuvor|vorher)(?![\wäöüß])", _F)
_RE_DURATION_ADJ = re.compile(
    rf"(?<![\wäöüß])(?:(?P<num>\d{{1,3}}|{_alt(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'vierzehn', 'zwanzig', 'dreißig', 'hundert', 'mehr', 'ganz', 'halb'])})(?:einhalb)?-?)"
    r"(?P<u>tägig|wöchig|monatig|jährig|stündig)(?:e|en|er|es|em)?(?![\wäöüß])"
    r"|(?<![\wäöüß])(?P<lw>tage|wochen|monate|jahre|jahrzehnte|stunden)lang(?:e|en|er|es|em)?(?![\wäöüß])"
    r"|(?<![\wäöüß])(?P<num2>\d{1,3}|" + _alt(["Sieben", "Drei", "Zwei", "Vier", "Fünf", "Sechs", "Acht", "Zehn", "Hundert"]) + r")-(?P<u2>Tage|Stunden|Wochen|Monats|Jahres)(?=-)",
    _F,
)
_RE_HOLIDAY = re.compile(
    rf"{_WB}(?P<h>{_alt(list(FIXED_HOLIDAYS) + list(EASTER_HOLIDAYS))})(?:\s+(?P<year>\d{{4}})(?!\d))?{_NB}", _F
)
_RE_VAGUE = re.compile(rf"{_WB}(?P<w>{_alt(VAGUE_REFS)}){_NB}", _F)

_MONTH_CUES = frozenset({
    "im", "in", "ab", "seit", "bis", "zum", "vom", "von", "zwischen", "und", "oder", "den", "dem",
    "des", "anfang", "mitte", "ende", "beginn", "monat", "monats", "diesem", "vergangenen",
    "letzten", "kommenden", "nächsten", "noch", "schon", "bereits", "erst", "spätestens",
    "frühestens", "für", "nach", "vor", "gegen", "zu", "am",
})  # fmt: skip
_COUNT_CUES = frozenset({
    "rund", "etwa", "ca.", "circa", "zirka", "über", "mehr", "weniger", "knapp", "fast",
    "insgesamt", "weitere", "weiteren", "nur", "mindestens", "höchstens", "schätzungsweise",
    "geschätzte", "geschätzten", "mit", "seine", "seinen", "ihre", "ihren", "alle", "zusammen",
    "jeweils", "sogar", "zu", "gut", "als", "ungefähr", "maximal", "lediglich", "nahezu",
    "annähernd", "exakt", "genau", "aus",
})  # fmt: skip
# Nouns counted by a number; "2000 Soldaten" is a count, not a year.
_COUNT_NOUNS = re.compile(
    r"(?:Mann|Menschen|Soldaten|Personen|Tote|Toten|Opfer|Einwohner|Euro|Dollar|US-Dollar|Franken|"
    r"Pfund|Mark|Kilometer|km|Meter|Meilen|Panzer|Panzern|Flugzeuge|Flugzeugen|Schiffe|Schiffen|"
    r"Geschütze|Geschützen|Stück|Tonnen|Mitarbeiter|Mitarbeitern|Stimmen|Fälle|Fällen|Teilnehmer|"
    r"Teilnehmern|Gefangene|Gefangenen|Verletzte|Verletzten|Verwundete|Verwundeten|Häuser|Wohnungen|"
    r"Kinder|Frauen|Männer|Polizisten|Beamte|Beamten|Exemplare|Seiten|Punkte|Prozent|Tage|Jahre|"
    r"Stunden|Minuten|Besucher|Zuschauer|Plätze|Arbeitsplätze|Stellen|Betten|Fahrzeuge|Mitglieder|"
    r"Mitgliedern|Fans|Beschäftigte|Beschäftigten|Bewohner|Bewohnern|Schüler|Schülern|Studenten|"
    r"Studierende|Patienten|Kunden|Nutzer|Nutzern|Unterschriften|Demonstranten|Flüchtlinge|"
    r"Flüchtlingen|Asylbewerber|Infektionen|Neuinfektionen|Fälle|Einsätze|Anrufe|Meter|Hektar|"
    r"Quadratmeter|Liter|Kilogramm|kg|Mio|Millionen|Milliarden|Mrd)(?![\wäöüß])"
)
_MON_START = re.compile(r"\s+" + _MON, _F)
_WORD_RE = re.compile(r"[\wäöüßÄÖÜ.]+|\(")


# ---------------------------------------------------------------------------------------------
# Calendar helpers (astronomical years: 1 BC is year 0, so BC dates take part in arithmetic)
# ---------------------------------------------------------------------------------------------

_PROXY = 4000  # a multiple of 400 years: the Gregorian calendar repeats, so shifting is exact


def _fmt_year(y: int) -> str:
    """Astronomical year -> TIMEX2 year ("1939", "BC0490")."""
    return f"{y:04d}" if y >= 1 else f"BC{1 - y:04d}"


def _date(y: int, m: int, d: int) -> dt.date | None:
    """Astronomical y/m/d -> a proxy date shifted by 4000 years (None if invalid)."""
    try:
        return dt.date(y + _PROXY, m, d)
    except (ValueError, OverflowError):
        return None


def _ymd(day: dt.date) -> tuple[int, int, int]:
    """Proxy date -> astronomical (y, m, d)."""
    return day.year - _PROXY, day.month, day.day


def _fmt_day(day: dt.date) -> str:
    """Proxy date -> TIMEX2 day value."""
    y, m, d = _ymd(day)
    return f"{_fmt_year(y)}-{m:02d}-{d:02d}"


def _fmt_month(y: int, m: int) -> str:
    """Astronomical year + month -> TIMEX2 month value."""
    return f"{_fmt_year(y)}-{m:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) + n months -> (year, month)."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _day_bounds(y: int, m: int, d: int) -> tuple[dt.date, dt.date] | None:
    """Astronomical y/m/d -> (day, day) as proxy dates, None if the day does not exist."""
    day = _date(y, m, d)
    return (day, day) if day is not None else None


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    """Astronomical year + month -> proxy first and last day of that month."""
    first, after = _date(y, m, 1), _date(*_add_months(y, m, 1), 1)
    return (first, after - dt.timedelta(days=1)) if first is not None and after is not None else None


def _easter(y: int) -> dt.date | None:
    """Gregorian year -> Easter Sunday (anonymous Gregorian algorithm); None outside 1583-9999."""
    if not 1583 <= y <= 9999:
        return None
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _season_bounds(y: int, s: str) -> tuple[dt.date, dt.date] | None:
    """Astronomical year + season code -> proxy first and last day (meteorological seasons)."""
    starts = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
    first, last = starts[s]
    start = _date(y, first, 1)
    ly = y + 1 if s == "WI" else y
    nxt = _date(*_add_months(ly, last, 1), 1)
    if start is None or nxt is None:
        return None
    return start, nxt - dt.timedelta(days=1)


_VALUE_RE = re.compile(
    r"^(?P<bc>BC)?(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$|^(?P<bc2>BC)?(?P<dec>\d{3})$|^(?P<bc3>BC)?(?P<cen>\d{2})$"
)


def interval(value: str | None, modifier: str | None = None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """TIMEX2 value (+ START/MID/END modifier) -> (first day, last day, precision); Nones if not calendar."""
    m = _VALUE_RE.match(value or "")
    if not m or m["bc"] or m["bc2"] or m["bc3"]:
        return None, None, None
    try:
        if m["dec"] or m["cen"]:
            if m["dec"]:
                y0, span = int(m["dec"]) * 10, 10
            else:
                y0, span = int(m["cen"]) * 100, 100
            if y0 < 1:
                return None, None, None
            start, end, precision = dt.date(y0, 1, 1), dt.date(y0 + span - 1, 12, 31), None
        else:
            y = int(m["y"])
            if y < 1:
                return None, None, None
            if m["d"]:
                start = end = dt.date(y, int(m["m"]), int(m["d"]))
                precision = "day"
            elif m["m"]:
                mo = int(m["m"])
                start = dt.date(y, mo, 1)
                end = (dt.date(y + mo // 12, mo % 12 + 1, 1) if y < 9999 or mo < 12 else dt.date(y, 12, 31) + dt.timedelta(days=1)) - dt.timedelta(days=1)
                precision = "month"
            elif m["w"]:
                monday = dt.date.fromisocalendar(y, int(m["w"]), 1)
                if m["we"]:
                    start, end = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
                else:
                    start, end = monday, monday + dt.timedelta(days=6)
                precision = "week"
            elif m["q"]:
                q = int(m["q"])
                start = dt.date(y, 3 * q - 2, 1)
                end = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
                precision = "quarter"
            elif m["h"]:
                h = int(m["h"])
                start = dt.date(y, 1 if h == 1 else 7, 1)
                end = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
                precision = "year"
            elif m["s"]:
                bounds = _season_bounds(y, m["s"])
                if bounds is None:
                    return None, None, None
                start, end = (b.replace(year=b.year - _PROXY) for b in bounds)
                precision = "quarter"
            else:
                start, end, precision = dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    except (ValueError, OverflowError):
        return None, None, None
    if modifier in ("START", "MID", "END") and precision != "day":
        n = (end - start).days + 1
        third = max(n // 3, 1)
        if modifier == "START":
            end = start + dt.timedelta(days=third - 1)
        elif modifier == "END":
            start = end - dt.timedelta(days=third - 1)
        else:
            start, end = start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return start, end, precision


# ---------------------------------------------------------------------------------------------
# Tense of the clause around an expression (news mode only)
# ---------------------------------------------------------------------------------------------

# "zu verhandeln", "vorzulegen" closing the clause: an infinitive of intention.
_FUTURE_RE = re.compile(
    rf"(?<![\wäöüß]){_alt(_FUTURE_CUES)}(?![\wäöüß])|(?<![\wäöüß])(?:zu\s+\w+|(?:{_alt(_SEPARABLE)})zu[a-zäöüß]{{3,}})(?:en|ern|eln)\W*$", _F
)
_PAST_RE = re.compile(
    # "die vorerst letzte Runde": the adjective, not "letzte" of a weak verb; "die Delegierten": a noun,
    # not "delegierten".
    rf"(?<![\wäöüß])(?!letzte[nmrs]?(?![\wäöüß]))(?:{_alt(_PAST_AUX)}|{_alt(_STRONG_PAST)}|(?:{_alt(_SEPARABLE)})?{_alt(_WEAK_STEMS)}e?te(?:n|st|t)?|[a-zäöüß]\w*ierte(?:n|st|t)?)(?![\wäöüß])"
)
_STILL_BEFORE_RE = re.compile(r"(?<![\wäöüß])noch\s+(?:am\s+)?$")
_PLUPERFECT_AUX_RE = re.compile(r"(?<![\wäöüß])(?:hatte|hatten|hattest|war|waren|warst)(?![\wäöüß])")
_PERFECT_AUX_RE = re.compile(rf"(?<![\wäöüß]){_alt(_PERFECT_AUX)}(?![\wäöüß])")
_PARTICIPLE_RE = re.compile(
    r"(?<![\wäöüß])(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert"
    r"|(?:be|ver|er|ent|zer|über|unter|miss)[a-zäöüß]{3,}t"
    # strong verbs with an inseparable prefix: "hat … übernommen", "haben … vereinbart", "ist … verschoben"
    r"|(?<!zu )(?:be|ver|er|ent|zer|über|unter|miss|emp)[a-zäöüß]{3,}en)(?![\wäöüß])"
)
_NOT_PARTICIPLE = frozenset({
    "gegen", "geben", "gehen", "gestern", "genau", "gerade", "gemeinsam", "generell", "gesamt",
    "gegenüber", "geplant", "gelten", "genug", "gewesen", "gehört", "gerne", "gehabt", "geraten",
    "gleichzeitig", "erst", "bereit", "verletzt", "bekannt", "besetzt", "entfernt", "unternehmen",
    "untersucht", "ersetzt", "betont", "erwartet", "vorgesehen", "angesetzt", "angekündigt",
})  # fmt: skip
_SENT_END_RE = re.compile(r"[.!?]+[\"“”»«')]*(?=\s+[\"„“»«'(]?[A-ZÄÖÜ0-9])|\n\s*\n|\n(?=\s*[-*•])")
_CLAUSE_SEP_RE = re.compile(r"[,;:()„“”\"»«–—]|\s-\s")
# A dot after an ordinal ("16. Juni"), a single letter or a common abbreviation ends no sentence.
_ABBREV_BEFORE_DOT = re.compile(
    r"(?<![\wäöüß])(?:\d{1,3}|[A-Za-zÄÖÜäöü]|Chr|bzw|ca|Nr|Prof|Dr|St|sog|Jh|usw|vgl|Abs|Art|Bd|evtl|ggf|inkl|"
    r"Mio|Mrd|Tel|geb|gest|Hr|Fr|max|min|Str)$"
)
_REPORTING_CLAUSE_RE = re.compile(
    r",\s*(?:wie|so)\s+[^,;.]{0,100}?(?:mitteilte|mitteilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|"
    r"bestätigte|bestätigten|ankündigte|verlautete|hieß|meldete|meldeten)(?![\wäöüß])"
)
_RELATIVE_START_RE = re.compile(r"\s*(?:(?:in|an|auf|bei|mit|zu|nach|von|vor|unter|während)\s+)?(?:der|die|das|dem|den|denen|deren|dessen)\s+(?![A-ZÄÖÜ])")
_LAST_WORD_RE = re.compile(r"[\wäöüß]+(?=\W*$)")
_SUBORDINATE_RE = re.compile(r"\s*(?:dass|ob|wenn|weil|damit|bevor|sobald|falls|sofern|bis|wo|wie)\b", _F)


class _Sentences:
    """Sentence and clause boundaries of one text, computed once and looked up by offset."""

    def __init__(self, text: str) -> None:
        """Text -> sentence start offsets (dots after ordinals and abbreviations do not split)."""
        self.text = text
        starts = [0]
        for m in _SENT_END_RE.finditer(text):
            if m.group().startswith(".") and _ABBREV_BEFORE_DOT.search(text, max(0, m.start() - 6), m.start()):
                continue
            starts.append(m.end())
        self.starts = starts

    def sentence(self, pos: int) -> tuple[int, int]:
        """Offset -> (start, end) of its sentence."""
        i = bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Expression span -> (start, end) of the clause around it, within its sentence."""
        s0, s1 = self.sentence(start)
        left = s0
        for m in _CLAUSE_SEP_RE.finditer(self.text, s0, start):
            left = m.end()
        right_m = _CLAUSE_SEP_RE.search(self.text, end, s1)
        return left, right_m.start() if right_m else s1


# "ist nicht wie geplant zu Ende gegangen", "länger als erwartet": a comparison with the plan, no plan.
AS_PLANNED_RE = re.compile(
    r"(?<![\wäöüß])(?:wie|als)\s+(?:ursprünglich\s+|zunächst\s+|eigentlich\s+)?(?:geplant|vorgesehen|erwartet|angekündigt)(?![\wäöüß])"
)


def tense_of(text: str, position: int = 0) -> str | None:
    """A clause or sentence + a position in it -> "FUTURE" or "PAST" by its verb forms (the cue nearest the position wins), or None."""
    return _tense_of(text, 0, len(text), position, position)


# (an object or "für" before the date: "kündigte für Freitag …", "kündigte ein Paket noch vor dem Sommer an";
# "kündigte Scholz im Mai an" dates the announcing)
_ANNOUNCED_BEFORE_RE = re.compile(
    r"(?<![\wäöüß])(?:kündigte|kündigten|kündigt|kündigen)\s+(?:[^\s,;.:!?]+\s+){0,6}?"
    r"(?:für|(?:ein|eine|einen|eines|den|die|das|seinen|seine|ihren|ihre|neue|neuen|weitere|weiteren)\s+(?:[^\s,;.:!?]+\s+){0,2}?[A-ZÄÖÜ][\wäöüß-]+)"
    r"\s+(?:[^\s,;.:!?]+\s+){0,4}$"
)
_ANNOUNCED_AFTER_RE = re.compile(r"(?:\s*[^\s,;.:!?]+){0,6}?\s+an(?=\s*[,;.:!?]|\s*$)")


def _tense_of(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """Text window minus the expression itself -> "FUTURE", "PAST" or None, nearest cue winning a tie."""
    # blank the expression out so that offsets stay aligned and "Mai" or "Morgen" cue nothing
    seg = text[lo:start] + " " * (end - start) + text[end:hi]
    seg = AS_PLANNED_RE.sub(lambda m: " " * len(m[0]), seg)
    # "kündigte ein Paket noch vor dem Sommer an": what is announced lies ahead, whatever the verb's tense.
    if _ANNOUNCED_BEFORE_RE.search(text, max(lo, start - 80), start) and _ANNOUNCED_AFTER_RE.match(text, end, hi):
        return "FUTURE"
    cues: list[tuple[int, str]] = []
    for m in _FUTURE_RE.finditer(seg):
        cues.append((lo + m.start(), "FUTURE"))
    for m in _PAST_RE.finditer(seg):
        cues.append((lo + m.start(), "PAST"))
    auxiliaries = [m.start() for m in _PERFECT_AUX_RE.finditer(seg)]
    if auxiliaries:
        for m in _PARTICIPLE_RE.finditer(seg):
            # The auxiliary stands before its participle ("hat … getroffen") or, in a subordinate
            # clause, right after it ("… getroffen hat"); "beginnt am Donnerstag und ist öffentlich"
            # pairs a present verb with a copula.
            paired = auxiliaries[0] < m.start() or any(0 < a - m.end() <= 2 for a in auxiliaries)
            if paired and m.group() not in _NOT_PARTICIPLE:
                cues.append((lo + m.start(), "PAST"))
                break
    kinds = {k for _, k in cues}
    if len(kinds) == 1:
        return kinds.pop()
    if not kinds:
        return None
    return min(cues, key=lambda c: abs(c[0] - start))[1]


# ---------------------------------------------------------------------------------------------
# Resolution context
# ---------------------------------------------------------------------------------------------


@dataclass
class _Raw:
    """A resolved expression before its interval is computed."""

    start: int
    end: int
    value: str | None
    relative: bool = False
    modifier: str | None = None


class _Context:
    """What relative expressions resolve against: the anchor, the last mentioned dates, the tense."""

    def __init__(self, text: str, anchor: dt.date | None, narrative: bool) -> None:
        """Text + anchor + mode -> an empty context."""
        self.text = text
        self.anchor = anchor
        self.narrative = narrative
        self.last_year: int | None = None
        # The year the story is in: set by dates, months, seasons and by years that head a
        # section or are the topic ("im Jahr 1915", "Ende 1941"), not by asides ("(1908)",
        # "wie 1870/71", "bis 1915"), which would otherwise derail every later "12. April".
        self.story_year: int | None = None
        self.last_month: tuple[int, int] | None = None
        self.last_day: dt.date | None = None  # proxy date
        # The earliest day the sentence of last_day told, and where that sentence starts (news mode).
        self.first_day_told: tuple[int, dt.date] | None = None
        # News mode: whether last_day was told in a pluperfect flashback, and where.
        self.last_day_flashback = False
        self.last_day_pos = 0
        # News mode: the last day a paper or a last time was dated by ("ein Gutachten vom 12. Juni"), and where.
        self.background_day: tuple[int, dt.date] | None = None
        self.last_explicit_year_pos = -1
        self.last_explicit_year: int | None = None
        self._sentences: _Sentences | None = None
        self.pos = 0
        self.probe = False  # a probing context accepts whatever only the real context could reject

    @property
    def sentences(self) -> _Sentences:
        """Lazily computed sentence boundaries (only news mode ever needs them)."""
        if self._sentences is None:
            self._sentences = _Sentences(self.text)
        return self._sentences

    def anchor_day(self) -> dt.date | None:
        """The anchor as a proxy date."""
        return _date(self.anchor.year, self.anchor.month, self.anchor.day) if self.anchor else None

    # Deictic expressions use the anchor in news mode; anaphoric ones (and all in narratives)
    # use the last mentioned date of the needed granularity, then the anchor.
    def ref_day(self, deictic: bool) -> dt.date | None:
        """Reference day for a relative expression (proxy date) or None."""
        if not deictic or self.narrative:
            # "ein Gutachten vom 12. Juni … Am gleichen Tag hatten sich X und Y getroffen": told in the
            # pluperfect, the same day is the paper's (told in the past tense, it is the main line's).
            if (
                not deictic and not self.narrative and self.background_day is not None
                and self.background_day[0] > (self.last_day_pos if self.last_day is not None else -1)
                and self.sentence_in_pluperfect(self.pos)
            ):
                return self.background_day[1]
            if self.last_day is not None:
                return self.last_day
        return self.anchor_day()

    def ref_month(self, deictic: bool) -> tuple[int, int] | None:
        """Reference (year, month) or None."""
        if not deictic or self.narrative:
            if self.last_month is not None:
                return self.last_month
        return (self.anchor.year, self.anchor.month) if self.anchor else None

    def ref_year(self, deictic: bool) -> int | None:
        """Reference year or None."""
        if not deictic or self.narrative:
            if self.story_year is not None:
                return self.story_year
            if self.last_year is not None:
                return self.last_year
        return self.anchor.year if self.anchor else None

    def tense(self, start: int, end: int) -> str | None:
        """Expression span -> tense of its clause, else of its sentence, else None."""
        sents = self.sentences
        c0, c1 = sents.clause(start, end)
        t = _tense_of(self.text, c0, c1, start, end)
        # a subordinate clause carries its own tense: "Gestern wurde bekannt, dass der Vertrag
        # am 1. Juli in Kraft tritt" is not about a past July
        if t is None and not _SUBORDINATE_RE.match(self.text, c0, c1) and not self._relative_clause(c0, c1):
            s0, s1 = sents.sentence(start)
            # "empfängt Li am Montag, wie ein Sprecher mitteilte": the saying's tense is not the event's.
            reporting = _REPORTING_CLAUSE_RE.search(self.text, c1, s1)
            t = _tense_of(self.text, s0, reporting.start() if reporting else s1, start, end)
        return t

    def _relative_clause(self, c0: int, c1: int) -> bool:
        """A clause's offsets -> whether it is a relative clause ending in a present verb ("…, der im Mai in Hiroshima stattfindet"), which has its own tense.

        (A list of names, ", der niederländische Regierungschef Rutte und … ausgearbeitet", is none.)
        """
        if not self.text[max(0, c0 - 3) : c0].rstrip().endswith(",") or _RELATIVE_START_RE.match(self.text, c0) is None:
            return False
        last = _LAST_WORD_RE.search(self.text, c0, c1)
        return last is not None and _present_verb(self.text, last.start(), last.end())

    def sentence_year(self, start: int) -> int | None:
        """An explicit year mentioned earlier in the same sentence (news mode), else None."""
        if self.last_explicit_year is None or self.last_explicit_year_pos < 0:
            return None
        s0, _ = self.sentences.sentence(start)
        return self.last_explicit_year if self.last_explicit_year_pos >= s0 else None

    def remember(
        self, value: str | None, explicit_year: bool = False, aside: bool = False, background: bool = False
    ) -> None:
        """A resolved value -> updates the last mentioned year / month / day (an aside: not the story year;
        background in news: only the year)."""
        if not value:
            return
        m = re.match(r"^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(?:W\d{2}|Q\d|H\d|SP|SU|FA|WI))?(?:$|[T-])", value)
        if not m:
            return
        y = int(m[2])
        y = 1 - y if m[1] else y
        self.last_year = y
        if not aside:
            self.story_year = y
        if explicit_year:
            self.last_explicit_year, self.last_explicit_year_pos = y, self.pos
        # "ein Vorschlag vom 6. März. … Am selben Abend": the same evening is the main line's, not the proposal's.
        if background and not self.narrative:
            if m[3] and m[4] and (day := _date(y, int(m[3]), int(m[4]))) is not None:
                self.background_day = (self.pos, day)
            return
        if m[3]:
            self.last_month = (y, int(m[3]))
            if m[4]:
                day = _date(y, int(m[3]), int(m[4]))
                if day is not None:
                    self.last_day = day
                    if not self.narrative:
                        self.last_day_flashback = self.in_flashback(self.pos)
                        self.last_day_pos = self.pos
                        sentence_start = self.sentences.sentence(self.pos)[0]
                        # (the earliest: "am 3. und 4. Mai" resolves the 4th first)
                        if self.first_day_told is None or self.first_day_told[0] != sentence_start or day < self.first_day_told[1]:
                            self.first_day_told = (sentence_start, day)

    def in_flashback(self, position: int) -> bool:
        """A position (news mode) -> whether its clause is in the pluperfect ("hatte … gesprochen")."""
        c0, c1 = self.sentences.clause(position, position)
        return bool(_PLUPERFECT_AUX_RE.search(self.text, c0, c1)) and bool(_PARTICIPLE_RE.search(self.text, c0, c1))

    def sentence_in_pluperfect(self, position: int) -> bool:
        """A position (news mode) -> whether the rest of its sentence is in the pluperfect ("Am gleichen Tag hatten sich X (SPÖ) … getroffen")."""
        _, s1 = self.sentences.sentence(position)
        aux = _PLUPERFECT_AUX_RE.search(self.text, position, s1)
        return aux is not None and _PARTICIPLE_RE.search(self.text, aux.end(), s1) is not None

    def day_part_ref_day(self, position: int) -> dt.date | None:
        """The day a bare "am Abend" belongs to: the last day told, unless that was a flashback a later paragraph has left.

        "Am Montag hatte sie in Belgrad gesprochen. … ¶ Am Abend steht ein Treffen auf dem Programm": the
        evening is the dateline's day again (in the flashback's own paragraph, or "noch am Abend", it
        would go on from Monday).
        """
        if (
            self.narrative or not self.last_day_flashback or self.in_flashback(position)
            or "\n" not in self.text[self.last_day_pos : position]
            or _STILL_BEFORE_RE.search(self.text, max(0, position - 10), position)
        ):
            return self.ref_day(False)
        return self.anchor_day() or self.ref_day(False)

    def eve_ref_day(self) -> dt.date | None:
        """The day an eve ("am Vorabend") is the eve of: the first day the last dated sentence before it told.

        "Die Konferenz hatte am Mittwoch begonnen und endete am Donnerstag. Am Vorabend …": the eve of
        the gathering is before its first day, not before the last day named.
        """
        told = self.first_day_told
        if told is not None and told[0] < self.sentences.sentence(self.pos)[0]:
            return told[1]
        return self.ref_day(False)

    def pick_year(self, start: int, end: int, bounds: Callable[[int], tuple[dt.date, dt.date] | None]) -> int | None:
        """Year-less expression + its interval in a given year -> the year to use (see module docstring)."""
        if self.narrative:
            # The story year, even when the month lies before the last one mentioned: going
            # forward a year ("Oktober ... 21. Januar") was wrong more often than right in tuning.
            return self.ref_year(False)
        y = self.sentence_year(start)
        if y is not None:
            return y
        a = self.anchor_day()
        if a is None or self.anchor is None:
            return None
        cands = []
        for cy in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            b = bounds(cy)
            if b is not None:
                cands.append((cy, b[0], b[1]))
        if not cands:
            return None
        for cy, first, last in cands:
            if first <= a <= last:
                return cy  # "im Juni" in a June article is this June, whatever the tense
        # "Für Anfang Februar ist ein Treffen vereinbart": the date was set ahead of the saying.
        if _SCHEDULED_FOR_RE.search(self.text, max(0, start - 16), start):
            tense = "FUTURE"
        elif _background_date(self.text, start) or _SINCE_OR_AFTER_RE.search(self.text, max(0, start - 60), start):
            tense = "PAST"  # "Seit dem 13. Februar verhandeln sie": the present goes on from a past day
        else:
            tense = self.tense(start, end)
            if tense is None and _present_verb(self.text, *self.sentences.clause(start, end)):
                # "Brasilien richtet im November die COP30 aus" in March: news tells past events in a
                # past tense, so an occasion in the present tense is the coming one.
                tense = "FUTURE"
        if tense == "FUTURE":
            ahead = [c for c in cands if c[1] > a]
            return min(ahead, key=lambda c: c[1])[0] if ahead else None
        if tense == "PAST":
            behind = [c for c in cands if c[2] < a]
            return max(behind, key=lambda c: c[2])[0] if behind else None
        return min(cands, key=lambda c: min(abs((c[1] - a).days), abs((c[2] - a).days)))[0]


# ---------------------------------------------------------------------------------------------
# Handlers: one regex match -> zero or more resolved expressions
# ---------------------------------------------------------------------------------------------


def _parse_year(s: str, ctx: _Context) -> tuple[int, bool] | None:
    """Year text ("1939", "490 v. Chr.", "'21", "39") -> (astronomical year, explicit)."""
    s = s.strip()
    bc = bool(re.search(r"v\.\s*Chr|vor\s+Christus|v\.\s*u\.\s*Z", s, re.I))
    digits = re.search(r"\d+", s)
    if not digits:
        return None
    n = int(digits.group())
    if bc:
        return 1 - n, True
    if len(digits.group()) == 2 and not re.search(r"n\.\s*Chr|nach\s+Christus", s, re.I):
        ref = ctx.ref_year(False) or (ctx.anchor.year if ctx.anchor else 2000)
        century = (ref // 100) * 100
        best = min((century - 100 + n, century + n, century + 100 + n), key=lambda y: abs(y - ref))
        return best, True
    return n, True


def _part_suffix(word: str | None) -> str:
    """Day-part word -> TIMEX2 time suffix ("TEV") or ""."""
    if not word:
        return ""
    code = DAY_PARTS.get(word.lower())
    return f"T{code}" if code else ""


def _modifier(word: str | None) -> str | None:
    """Modifier phrase ("gegen Ende", "Mitte", "etwa") -> START/MID/END/APPROX or None."""
    if not word:
        return None
    low = word.lower()
    for key, mod in PART_MODIFIERS.items():
        if re.search(rf"\b{key}\b", low):
            return mod
    if re.search(r"\b(?:früh|frühen|früher)\b", low):
        return "START"
    if re.search(r"\b(?:spät|späten|später)\b", low):
        return "END"
    if any(w in APPROX_WORDS for w in low.split()):
        return "APPROX"
    return None


def _rel_offset(det: str | None) -> tuple[int, bool] | None:
    """Determiner ("vergangenen", "diesem", "folgenden") -> (unit offset, anaphoric) or None."""
    if not det:
        return None
    low = det.lower()
    # ("übernächste Woche": the week after next; "vorletzte Woche": the week before last)
    if re.match(r"übernächst", low):
        return 2, False
    if re.match(r"(?:vorvergangen|vorletzt)", low):
        return -2, False
    if re.match(r"(?:vergangen|letzt|vorig)", low):
        return -1, False
    if re.match(r"(?:vorangegangen|vorhergehend)", low):
        return -1, True
    if re.match(r"(?:dies|laufend|aktuell)", low):
        return 0, False
    if re.match(r"(?:selb|gleich|jen|ganz)", low):
        return 0, True
    if re.match(r"(?:kommend|nächst)", low):
        return 1, False
    if re.match(r"(?:folgend|darauffolgend|darauf\s+folgend|anschließend|neu)", low):
        return 1, True
    return None


def _year_rel(phrase: str | None, ctx: _Context) -> int | None:
    """Relative year phrase ("des folgenden Jahres", "desselben Jahres") -> year or None."""
    if not phrase:
        return None
    low = phrase.lower()
    if "vorjahres" in low:
        base = ctx.ref_year(not ctx.narrative)
        return base - 1 if base is not None else None
    if "folgejahres" in low:
        base = ctx.ref_year(False)
        return base + 1 if base is not None else None
    if "desselben" in low:
        return ctx.ref_year(False)
    det = re.search(_REL_DET, phrase, re.I)
    if det:
        off = _rel_offset(det.group())
        if off is None:
            return None
        base = ctx.ref_year(not off[1])
        return base + off[0] if base is not None else None
    return ctx.ref_year(False if ctx.narrative else True)


def _h_date_dmy(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'16. Juni 2021', 'Morgen des 12. Oktober' -> a day (year from text, context or tense)."""
    if not m["mon"][0].isupper():
        return []
    mon = MONTHS[m["mon"].lower()]
    day = int(m["day"])
    relative = False
    explicit = False
    year: int | None
    if m["year"]:
        parsed = _parse_year(m["year"], ctx)
        if parsed is None:
            return []
        year, explicit = parsed
    elif m["yrel"]:
        year = _year_rel(m["yrel"], ctx)
        relative = True
    else:
        year = ctx.pick_year(m.start("day"), m.end(), lambda y: _day_bounds(y, mon, day))
        relative = True
    if year is None:
        return [_Raw(m.start(), m.end(), None, True)]
    d = _date(year, mon, day)
    if d is None:
        return []
    value = _fmt_day(d)
    if m["hh"]:
        value += f"T{int(m['hh']):02d}:{int(m['mm'] or 0):02d}"
    else:
        pre = (m["pre"] or "").split()
        part = next((w for w in pre if w.lower() in DAY_PARTS), None)
        value += _part_suffix(part) or _part_suffix(m["post"])
    ctx.remember(value, explicit, aside=_aside_date(ctx.text, m.start()), background=_background_date(ctx.text, m.start()))
    return [_Raw(m.start(), m.end(), value, relative)]


_ASIDE_BEFORE = re.compile(r"(?:\b(?:bis|seit)(?:\s+(?:zum|dem))?|[A-ZÄÖÜ][a-zäöüß]+\s+vom|\(\s*)\s*$")
# Papers and decisions are dated by when they were made, always before the news about them.
_DOCUMENT_HEADS = (
    "Beschluss", "Beschlüsse", "Vorschlag", "Vorschläge", "Urteil", "Entscheidung", "Schreiben", "Brief", "Erklärung",
    "Abkommen", "Vertrag", "Gesetz", "Entwurf", "Antrag", "Bericht", "Angebot", "Ultimatum", "Resolution", "Dekret",
    "Erlass", "Vereinbarung", "Memorandum", "Wahl", "Gutachten", "Studie", "Papier", "Bescheid", "Verordnung",
    "Mitteilung", "Protokoll", "Konzept",
)
# (alone or as the head of a compound: "ein Sicherheitsabkommen vom 12. Januar 2024")
_DOCUMENT_NOUNS = (
    r"(?:[A-ZÄÖÜ][\w-]*(?:" + "|".join(h.lower() for h in _DOCUMENT_HEADS) + ")|" + "|".join(_DOCUMENT_HEADS) + ")"
)
_BACKGROUND_BEFORE = re.compile(
    r"(?:\b" + _DOCUMENT_NOUNS + r"(?:e?s|en)?(?:\s+[A-ZÄÖÜ][\w-]*s|\s+(?:der|des)(?:\s+[\w-]+){1,3})?\s+vom"
    r"|\bzuletzt(?:\s+(?:am|im|Anfang|Mitte|Ende))?"
    # a comparison: "die Stimmung ist eine andere als am Vortag" (not a clause: ", als am Montag …")
    r"|(?<=[\wäöüß]\s)(?:als|wie)\s+(?:am|an\s+(?:diesem|jenem)))\s*$"
)


def _aside_date(text: str, start: int) -> bool:
    """A date's offset -> True if it is an end point or attribute ("bis zum", "Kriegsrat vom"), not the story's date."""
    return bool(_ASIDE_BEFORE.search(text, max(0, start - 30), start))


def _background_date(text: str, start: int) -> bool:
    """A date's offset -> True if it dates an attribute or a last time ("Vorschlag vom", "zuletzt am"), not the news."""
    return bool(_BACKGROUND_BEFORE.search(text, max(0, start - 60), start))


def _h_date_num(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'16.06.2021', '1.9.39', '16.6.' -> a day."""
    day, mon = int(m["day"]), int(m["mon"])
    if m["year"]:
        parsed = _parse_year(m["year"], ctx)
        if parsed is None:
            return []
        year, relative = parsed[0], False
    else:
        year = ctx.pick_year(m.start(), m.end(), lambda y: _day_bounds(y, mon, day))
        relative = True
        if year is None:
            return [_Raw(m.start(), m.end(), None, True)]
    d = _date(year, mon, day)
    if d is None:
        return []
    value = _fmt_day(d)
    ctx.remember(value, not relative)
    return [_Raw(m.start(), m.end(), value, relative)]


def _h_date_iso(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'2021-06-16' -> a day."""
    d = _date(int(m["year"]), int(m["mon"]), int(m["day"]))
    if d is None:
        return []
    value = _fmt_day(d)
    ctx.remember(value, True)
    return [_Raw(m.start(), m.end(), value)]


def _h_range_days(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'vom 3. bis 5. Mai 2021', 'Nacht vom 16. auf den 17. April' -> two days sharing month/year."""
    if not m["m2"][0].isupper() or (m["m1"] and not m["m1"][0].isupper()):
        return []
    mon2 = MONTHS[m["m2"].lower()]
    mon1 = MONTHS[m["m1"].lower()] if m["m1"] else mon2
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not m["m1"] and d1 > d2 and not m["pre"]:
        return []
    relative = False
    explicit = False
    if m["y2"]:
        parsed = _parse_year(m["y2"], ctx)
        if parsed is None:
            return []
        year2, explicit = parsed
    else:
        year2 = ctx.pick_year(m.start("d2"), m.end(), lambda y: _day_bounds(y, mon2, d2))
        relative = True
    year1 = int(m["y1"]) if m["y1"] else (year2 - 1 if year2 is not None and mon1 > mon2 else year2)
    out: list[_Raw] = []
    s1 = m.start("pre") if m["pre"] else m.start("d1")
    e1 = m.end("y1") if m["y1"] else (m.end("m1") if m["m1"] else m.end("d1") + 1)
    first = _date(year1, mon1, d1) if year1 is not None else None
    second = _date(year2, mon2, d2) if year2 is not None else None
    if year1 is not None and first is None or year2 is not None and second is None:
        return []
    v1 = _fmt_day(first) + ("TNI" if m["pre"] else "") if first else None
    out.append(_Raw(s1, e1, v1, relative))
    v2 = _fmt_day(second) if second else None
    out.append(_Raw(m.start("d2"), m.end(), v2, relative))
    if first is not None:
        ctx.remember(_fmt_day(first), explicit)  # the first day told ("am zweiten Gipfeltag" counts from it)
    ctx.remember(v2, explicit)
    return out


def _h_range_months(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Mai/Juni 1940', 'zwischen Februar und August 1916' -> two months sharing the year."""
    if not (m["m1"][0].isupper() and m["m2"][0].isupper()):
        return []
    parsed = _parse_year(m["year"], ctx)
    if parsed is None:
        return []
    year = parsed[0]
    mon1, mon2 = MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()]
    year1 = year - 1 if mon1 > mon2 else year
    s1 = m.start("mod1") if m["mod1"] else m.start("m1")
    s2 = m.start("mod2") if m["mod2"] else m.start("m2")
    out = [
        _Raw(s1, m.end("m1"), _fmt_month(year1, mon1), False, _modifier(m["mod1"])),
        _Raw(s2, m.end(), _fmt_month(year, mon2), False, _modifier(m["mod2"])),
    ]
    ctx.remember(out[-1].value, True)
    return out


def _preceding_words(text: str, pos: int, n: int = 2) -> list[str]:
    """Text + offset -> up to n lower-cased words (or "(") right before it, nearest last."""
    seg = text[max(0, pos - 40) : pos]
    return [w.lower() for w in _WORD_RE.findall(seg)[-n:]]


def _h_month(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Juni 2021', 'Mitte Dezember', 'im Oktober' -> a month (a bare month needs a cue before it)."""
    if not m["mon"][0].isupper():
        return []
    mon = MONTHS[m["mon"].lower()]
    mod = _modifier(m["mod"]) or _modifier(m["approx"])
    if not m["year"] and not m["yrel"] and not m["mod"]:
        prev = _preceding_words(ctx.text, m.start("mon"), 1)
        nxt = ctx.text[m.end() : m.end() + 2]
        if not (prev and prev[-1] in _MONTH_CUES) and not re.match(r"\s*[/–-]", nxt):
            return []
    given: tuple[int, bool] | None = None
    out_end = m.end()
    extra: list[_Raw] = []
    if m["year"]:
        ytxt = m["year"]
        second = re.search(r"/(\d{2})$", ytxt)
        if second:
            ytxt = ytxt[: second.start()]
        given = _parse_year(ytxt, ctx)
        if given is None:
            return []
        if second:
            out_end = m.end() - len(second.group())
            extra.append(_Raw(out_end + 1, m.end(), _fmt_year((given[0] // 100) * 100 + int(second.group(1)))))
    return _in_year(
        m, ctx, given, lambda y: _month_bounds(y, mon), lambda y: _fmt_month(y, mon), out_end, mod, extra
    )


def _in_year(
    m: re.Match, ctx: _Context, given: tuple[int, bool] | None,
    bounds: Callable[[int], tuple[dt.date, dt.date] | None], value_of: Callable[[int], str],
    end: int, mod: str | None, extra: list[_Raw],
) -> list[_Raw]:
    """A month or season match + its written year (year, explicit) if any -> its raw values, the year otherwise
    taken from 'nächsten Jahres' or from the context."""
    relative = given is None
    if given is not None:
        year, explicit = given
    else:
        explicit = False
        year = _year_rel(m["yrel"], ctx) if m["yrel"] else ctx.pick_year(m.start(), m.end(), bounds)
    if year is None:
        return [_Raw(m.start(), m.end(), None, True, mod)]
    value = value_of(year)
    ctx.remember(value, explicit, aside=_aside_date(ctx.text, m.start()), background=_background_date(ctx.text, m.start()))
    return [_Raw(m.start(), end, value, relative, mod), *extra]


def _looks_like_count(text: str, start: int, end: int, n: int, has_kw: bool, ctx: _Context) -> bool:
    """A bare number and its surroundings -> True if it is a count or amount rather than a year."""
    if has_kw:
        return False
    after = text[end : end + 40]
    prev = _preceding_words(text, start, 2)
    if re.match(r"\s*(?:v\.\s*Chr|n\.\s*Chr)", after):
        return False
    if re.match(r"\s+" + _COUNT_NOUNS.pattern, after) or re.match(r"\s+(?:auf|mehr|weniger)\s+\d", after):
        return True
    # "3000 sowjetische Soldaten": an inflected adjective and a noun after a round number
    round_number = n % 100 == 0 or n % 50 == 0 and n < 1500
    strong_cue = bool(prev) and prev[-1] in ("im", "jahr", "jahre", "jahres", "seit", "ab", "anfang", "mitte", "ende", "(", "frühjahr", "sommer", "herbst", "winter")
    if strong_cue:
        return False
    if prev and prev[-1] in _COUNT_CUES and re.match(r"\s+[A-Za-zÄÖÜäöüß]", after) and not re.match(r"\s+(?:und|bis|oder|wurde|war|als|in|an|auf|begann|kam|hatte|v\.)\b", after):
        return True
    if round_number and re.match(r"\s+[a-zäöüß]+(?:e|en|er|es)\s+[A-ZÄÖÜ]", after):
        return True
    # a round hundred before a noun ("2000 Mitglieder") counts things; years rarely stand so
    if n % 100 == 0 and re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:e|en|n|er|s)\b", after) and not _MON_START.match(after):
        return True
    # Far from every year the text is about and followed by a noun: "1370 Landungsboote".
    if not ctx.probe and re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:e|en|n|er|s)\b", after) and not _MON_START.match(after):
        ref = ctx.last_year if ctx.last_year is not None else (ctx.anchor.year if ctx.anchor else None)
        if ref is not None and abs(n - ref) > 100:
            return True
    return False


def _h_year(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'2021', 'im Jahr 1914', 'Ende 2021', '490 v. Chr.', '1912/13', '1914–1918' -> years."""
    ytxt = m["year"]
    has_kw = bool(m["kw"]) or bool(m["era"]) or bool(m["era2"])
    n = int(ytxt)
    if len(ytxt) < 4 and not has_kw and not (m["approx"] and (ctx.probe or ctx.last_year is not None and ctx.last_year < 1)):
        if not (m["y2"] and (m["era2"])):
            return []
    if len(ytxt) == 4 and not has_kw and not 1000 <= n <= 2099:
        return []
    if _looks_like_count(ctx.text, m.start("year"), m.end("year"), n, has_kw or bool(m["mod"]), ctx):
        return []
    era_bc = bool(m["era"] and re.search(r"v\.|vor", m["era"])) or bool(m["era2"] and re.search(r"v\.|vor", m["era2"]))
    # A bare year inside a BC narrative ("Um 449", "Jahr 478") stays BC.
    if not m["era"] and not m["era2"] and len(ytxt) <= 3 and ctx.last_year is not None and ctx.last_year < 1:
        era_bc = True
    year = 1 - n if era_bc else n
    mod = _modifier(m["mod"]) or _modifier(m["approx"])
    start = m.start()
    if m["pre"] and not m["kw"] and not m["mod"] and not m["approx"]:
        start = m.start("year")
    out: list[_Raw] = []
    first_end = m.end("era") if m["era"] else m.end("year")
    if m["y2"]:
        y2txt = m["y2"]
        n2 = int(y2txt)
        if len(y2txt) <= 2 and len(ytxt) == 4:
            n2 = (n // 100) * 100 + n2
            if n2 < n:
                n2 += 100
        elif len(y2txt) != len(ytxt) and not m["era2"]:
            return [_Raw(start, first_end, _fmt_year(year), False, mod)]
        if m["sep"] == "/" and n2 != (n - 1 if era_bc else n + 1):
            return []
        if not era_bc and n2 < n and len(y2txt) >= 3:
            return []
        year2 = 1 - n2 if era_bc else n2
        out.append(_Raw(start, first_end, _fmt_year(year), False, mod))
        out.append(_Raw(m.start("y2"), m.end(), _fmt_year(year2)))
        ctx.remember(_fmt_year(year2 if m["sep"] != "/" else year), True, aside=not _topical_year(m, ctx))
        return out
    value = _fmt_year(year)
    ctx.remember(value, True, aside=not _topical_year(m, ctx))
    return [_Raw(start, m.end(), value, False, mod)]


def _topical_year(m: re.Match, ctx: _Context) -> bool:
    """A year match -> True if it sets the story's year (heading, "im Jahr", "Ende 1941", sentence start)."""
    if m["kw"] or m["mod"]:
        return True
    text = ctx.text
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line) < 60 and not re.search(r"[.!?]\s*$", line):
        return True  # a heading such as "1862" or "Balkanfeldzug 1941"
    prev = _preceding_words(text, m.start(), 1)
    if prev and prev[-1] in ("im", "in", "anfang", "mitte", "ende", "frühjahr", "sommer", "herbst", "winter"):
        return True
    before = text[max(0, m.start() - 3) : m.start()]
    return m.start() == 0 or bool(re.search(r"(?:[.!?]\s+|\n)$", before))


def _h_decade(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Anfang der 1990er Jahre', 'den zwanziger Jahren' -> a decade ("199")."""
    mod = _modifier(m["mod"])
    if m["d4"]:
        digits = m["d4"]
        bc = bool(m["era"] and re.search(r"v\.|vor", m["era"]))
        if len(digits) == 2:
            ref = ctx.ref_year(False) or (ctx.anchor.year if ctx.anchor else None)
            if ref is None:
                return [_Raw(m.start(), m.end(), None, True, mod)]
            century = ref // 100 if ref > 0 else 19
            if int(digits) > ref % 100 + 10 and ref > 0:
                century -= 1
            value = f"{century:02d}{digits[0]}"
        else:
            value = ("BC" if bc or (ctx.last_year is not None and ctx.last_year < 1 and len(digits) == 3) else "") + digits[:-1].zfill(3)
        if len(digits) == 1:
            return []
        return [_Raw(m.start(), m.end(), value, len(digits) == 2, mod)]
    ref = ctx.ref_year(False) or (ctx.anchor.year if ctx.anchor else None)
    if ref is None:
        return [_Raw(m.start(), m.end(), None, True, mod)]
    d = DECADE_WORDS[m["dw"].lower()]
    century = ref // 100
    if d * 10 > ref % 100 + 10:
        century -= 1
    return [_Raw(m.start(), m.end(), f"{century:02d}{d}", True, mod)]


def _h_century(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'im 19. Jahrhundert', 'Ende des 6. Jahrhunderts v. Chr.' -> a century ("18", "BC05")."""
    n = int(m["n"])
    if not 1 <= n <= 21:
        return []
    bc = bool(m["era"] and re.search(r"v\.|vor", m["era"]))
    value = ("BC" if bc else "") + f"{n - 1:02d}"
    return [_Raw(m.start(), m.end(), value, False, _modifier(m["mod"]))]


def _h_season(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Sommer 1944', 'im Frühjahr', 'Frühjahr des nächsten Jahres' -> a season."""
    word = m["s"]
    if not word[0].isupper():
        return []
    low = word.lower()
    code = next(c for k, c in SEASONS.items() if low.endswith(k))
    mod = _modifier(m["mod"])
    if low.startswith("früh") and low not in ("frühling", "frühjahr"):
        mod = mod or "START"
    elif low.startswith("spät"):
        mod = mod or "END"
    given: tuple[int, bool] | None = None
    extra: list[_Raw] = []
    end = m.end()
    if m["year"]:
        given = _parse_year(m["year"], ctx)
        if given is None:
            return []
        year = given[0]
        if m["y2"]:
            end = m.start("y2") - 1
            y2 = int(m["y2"])
            if len(m["y2"]) == 2:
                y2 = (year // 100) * 100 + y2
            if y2 == year + 1:
                extra.append(_Raw(m.start("y2"), m.end(), f"{_fmt_year(y2)}-{code}"))
            else:
                end = m.end()
    return _in_year(
        m, ctx, given, lambda y: _season_bounds(y, code), lambda y: f"{_fmt_year(y)}-{code}", end, mod, extra
    )


def _h_quarter(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'im ersten Quartal 2021', 'zweiten Jahreshälfte' -> a quarter or a half year."""
    o = m["ord"].lower()
    n = int(o[0]) if o[0].isdigit() else ORDINAL_WORDS.get(o, 0)
    half = m["kind"].lower() in ("halbjahr", "jahreshälfte")
    if n == -1:
        n = 2 if half else 4
    if not n or (half and n > 2):
        return []
    relative = False
    if m["year"]:
        year: int | None = int(m["year"])
    elif m["yrel"]:
        year = _year_rel(m["yrel"], ctx)
        relative = True
    else:
        relative = True
        first = 1 + (n - 1) * (6 if half else 3)
        last = first + (5 if half else 2)

        def bounds(y: int) -> tuple[dt.date, dt.date] | None:
            """Year -> proxy first and last day of the quarter or half in that year."""
            a, b = _month_bounds(y, first), _month_bounds(y, last)
            return (a[0], b[1]) if a and b else None

        year = ctx.pick_year(m.start(), m.end(), bounds)
    if year is None:
        return [_Raw(m.start(), m.end(), None, True)]
    value = f"{_fmt_year(year)}-{'H' if half else 'Q'}{n}"
    ctx.remember(value, aside=True)
    return [_Raw(m.start(), m.end(), value, relative)]


def _day_before_told(ctx: _Context) -> str | None:
    """A news context -> the day before the first day the last dated sentence told ("tags zuvor", "am Vortag"), None if none."""
    eve = ctx.eve_ref_day()
    return _unit_value(eve, "D", -1) if eve is not None else None


def _shifted_value(ctx: _Context, unit: str, n: int, anaphoric: bool) -> str | None:
    """Unit code (Y/M/W/D) + offset + whether it follows the story -> the value n units from the reference, None if none."""
    if unit == "Y":
        y = ctx.ref_year(not anaphoric)
        return _fmt_year(y + n) if y is not None else None
    if unit == "M":
        ym = ctx.ref_month(not anaphoric)
        return _fmt_month(*_add_months(ym[0], ym[1], n)) if ym else None
    ref = ctx.ref_day(not anaphoric)
    return _unit_value(ref, unit, n) if ref is not None else None


_SINCE_OR_AFTER_RE = re.compile(
    r"(?<![\wäöüß])(?:[Ss]eit(?:\s+dem)?|[Nn]ach\s+(?:dem|der|den)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:am|vom))\s+$"
)
# "Nach stundenlangen Verhandlungen zwischen X (ÖVP) und Y (SPÖ) am Montag steht fest": a phrase
# opening the sentence, of names, articles and adjectives only, ending at the weekday.
_AFTER_PHRASE_WEEKDAY_RE = re.compile(
    r"(?:^|[.:!?]\s+)Nach\s+(?:[a-zäöüß]+(?:e|en|em|er)\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:[A-ZÄÖÜ][\w.-]*|\([^()]{1,12}\)|der|die|das|dem|den|des|und|zwischen|mit|von|über|um|in|im|bei|beim|auf|[a-zäöüß]+(?:e|en|em|er|es))){0,16}"
    r"\s+am\s+$"
)
_BEFORE_EVENT_WEEKDAY_RE = re.compile(r"(?<![\wäöüß])[Vv]or\s+(?:dem|der|den)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+am\s+$")
_WEEK_BEFORE_WEEKDAY_RE = re.compile(
    r"(?<![\wäöüß])(?P<which>vergangene[nr]?|letzte[nr]?|vorige[nr]?|kommende[nr]?|nächste[nr]?|übernächste[nr]?)\s+Woche\s+(?:am\s+)?$", re.I
)
_WEEK_AFTER_WEEKDAY_RE = re.compile(
    r"\s+(?:der\s+)?(?P<which>vergangene[nr]?|letzte[nr]?|vorige[nr]?|kommende[nr]?|nächste[nr]?|übernächste[nr]?)\s+Woche(?![\wäöüß])", re.I
)
# A finite verb in the third person singular present ("empfängt", "trifft", "reist"); participles
# start with "ge" or follow an auxiliary, which the past cues catch first.
_PRESENT_SINGULAR_RE = re.compile(r"(?<![\wäöüß-])(?!ge)[a-zäöüß]{2,}(?<!e)t(?![\wäöüß-])")
_NOT_PRESENT_VERBS = frozenset({
    "nicht", "jetzt", "erst", "seit", "selbst", "meist", "zunächst", "mit", "gut", "spät", "weit", "statt",
    "samt", "insgesamt", "damit", "somit", "zuletzt", "derzeit", "bekannt", "bereit", "recht", "leicht",
    "vielleicht", "laut", "halt", "fast", "vorerst", "breit", "acht", "längst", "höchst", "äußerst",
    "bundesweit", "weltweit", "europaweit", "landesweit", "erneut", "direkt", "komplett", "konkret",
    "korrekt", "gerecht", "sanft", "echt", "zuerst", "dort", "sofort", "fort", "wort", "angesetzt", "geplant",
    "zusammengesetzt", "verletzt", "besetzt", "ersetzt", "betont",
})  # fmt: skip
# Present-tense verbs ending in -et or -en, which the singular pattern leaves to the past forms.
_PRESENT_EN_ET = frozenset({
    "findet", "stattfindet", "startet", "eröffnet", "leitet", "bietet", "arbeitet", "wartet", "richtet",
    "beraten", "treten", "zusammentreten", "vertreten", "arbeiten", "halten", "starten", "bieten", "leiten",
    "warten", "richten", "gelten", "kommen", "beginnen", "treffen", "tagen", "sprechen", "reisen", "verhandeln",
    "empfangen", "besuchen", "folgen", "fliegen", "stehen", "gehen", "sitzen", "sondieren", "stattfinden",
    "eröffnen", "unterzeichnen", "besichtigen", "teilnehmen", "diskutieren", "erörtern", "zusammenkommen",
    "debattieren", "fahren", "eintreffen", "ankommen", "weiterreisen",
})  # fmt: skip
_LOWER_WORD_RE = re.compile(r"(?<![\wäöüß-])[a-zäöüß]+(?![\wäöüß-])")


def _present_verb(text: str, c0: int, c1: int) -> bool:
    """Text + a clause's offsets -> whether the clause has a finite verb in the present ("empfängt", "beginnen")."""
    # "hat" and "ist" are more often the auxiliaries of a perfect whose participle lies beyond the clause.
    if any(w.group() not in _NOT_PRESENT_VERBS and w.group() not in _PERFECT_AUX for w in _PRESENT_SINGULAR_RE.finditer(text, c0, c1)):
        return True
    return any(w.group() in _PRESENT_EN_ET for w in _LOWER_WORD_RE.finditer(text, c0, c1))


_COPULA_RE = re.compile(r"(?<![\wäöüß])(?:ist|sind)(?![\wäöüß])")


def _present_copula(text: str, c0: int, c1: int, sentence_end: int) -> bool:
    """Text + a clause's offsets + its sentence's end -> whether its verb is "ist"/"sind" with no participle ("Erste Station ist am Montag Tallinn").

    The participle of a perfect may stand beyond a parenthesis or a comma ("ist am Mittwoch mit Stocker
    (ÖVP) zusammengetroffen"), so it is looked for up to the sentence's end or a colon.
    """
    if not _COPULA_RE.search(text, c0, c1):
        return False
    stop = _COLON_RE.search(text, c1, sentence_end)
    return not any(m.group() not in _NOT_PARTICIPLE for m in _PARTICIPLE_RE.finditer(text, c0, stop.start() if stop else sentence_end))


_COLON_RE = re.compile(r"[:;]")


_AFTER_WEEKDAY_RE = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\w*\s*(?:und|bis|oder|-|–)\s*(?:zum\s+|am\s+)?$", re.I
)
# "am Donnerstag und Freitag kommender Woche": the week named after the second day is the first's too.
_SECOND_WEEKDAY_RE = re.compile(
    r"\s*(?:und|bis|oder|-|–)\s*(?:zum\s+|am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\w*", re.I
)
_SCHEDULED_FOR_RE = re.compile(r"(?<![\wäöüß])(?:für|auf)\s+(?:den\s+)?(?:kommenden\s+)?$", re.I)


def _weekday_date(ctx: _Context, wd: int, rel: str | None, start: int, end: int) -> dt.date | None:
    """Weekday + optional 'vergangenen/nächsten/diesen' -> the proxy date it refers to."""
    low = (rel or "").lower()
    if ctx.narrative:
        ref = ctx.ref_day(False)
        if ref is None:
            return None
        k = (wd - ref.weekday()) % 7
        if re.match(r"(?:vergangen|letzt|vorig)", low):
            return ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
        return ref + dt.timedelta(days=k)
    a = ctx.anchor_day()
    if a is None:
        return None
    back = (a.weekday() - wd) % 7
    fwd = (wd - a.weekday()) % 7
    if re.match(r"(?:vergangen|letzt|vorig)", low):
        return a - dt.timedelta(days=back or 7)
    if re.match(r"(?:kommend|nächst)", low):
        return a + dt.timedelta(days=fwd or 7)
    if low.startswith("übernächst"):
        return a + dt.timedelta(days=(fwd or 7) + 7)
    if low.startswith("dies"):
        return a + dt.timedelta(days=wd - a.weekday())
    # "vergangene Woche Donnerstag", "nächste Woche Montag": that weekday of the week named.
    # "Donnerstag vergangener Woche", "Montag der kommenden Woche": the same, named after the day.
    second = _SECOND_WEEKDAY_RE.match(ctx.text, end)
    week = (
        _WEEK_BEFORE_WEEKDAY_RE.search(ctx.text, max(0, start - 30), start) or _WEEK_AFTER_WEEKDAY_RE.match(ctx.text, end)
        or (second and _WEEK_AFTER_WEEKDAY_RE.match(ctx.text, second.end()))
    )
    if week is not None:
        monday = a - dt.timedelta(days=a.weekday())
        shift = -7 if week["which"].lower().startswith(("vergangen", "letzt", "vorig")) else 14 if week["which"].lower().startswith("über") else 7
        return monday + dt.timedelta(days=shift + wd)
    if fwd == 0:
        return a
    # "am Donnerstag und Freitag", "von Montag bis Mittwoch": the second day follows the first.
    if ctx.last_day is not None and _AFTER_WEEKDAY_RE.search(ctx.text, max(0, start - 30), start):
        return ctx.last_day + dt.timedelta(days=(wd - ctx.last_day.weekday()) % 7 or 7)
    # "hat für Montag eine Sitzung anberaumt", "auf Donnerstag verschoben": the day was set ahead of
    # the saying, whatever its tense.
    if _SCHEDULED_FOR_RE.search(ctx.text, max(0, start - 16), start):
        return a + dt.timedelta(days=fwd)
    # "seit Montag", "nach den Gesprächen am Dienstag": the day lies before what the sentence tells;
    # "vor der Konferenz am Montag" in a sentence without a past verb: ahead.
    if _SINCE_OR_AFTER_RE.search(ctx.text, max(0, start - 60), start) or _AFTER_PHRASE_WEEKDAY_RE.search(
        ctx.text, max(0, start - 200), start
    ):
        return a - dt.timedelta(days=back)
    c0, c1 = ctx.sentences.clause(start, end)
    tense = _tense_of(ctx.text, c0, c1, start, end)
    if tense is None and (_present_verb(ctx.text, c0, c1) or _present_copula(ctx.text, c0, c1, ctx.sentences.sentence(start)[1])):
        # "Am Dienstag empfängt sie die Gäste", "Am Mittwoch folgt ein Gespräch mit den Grünen, die
        # … angehört hatten": news tells what has happened in the past tense, so a verb of the
        # weekday's own clause in the present looks ahead, whatever the rest of the sentence says.
        tense = "FUTURE"
    if tense is None:
        tense = ctx.tense(start, end)
    if tense is None and _BEFORE_EVENT_WEEKDAY_RE.search(ctx.text, max(0, start - 60), start):
        tense = "FUTURE"
    if tense is None:
        # No tense cue (an unlisted strong verb, a verbless phrase): the nearer of the two days,
        # which is what a reader of a dated news text assumes.
        tense = "PAST" if back < fwd else "FUTURE"
    return a - dt.timedelta(days=back) if tense == "PAST" else a + dt.timedelta(days=fwd)


def _h_weekday(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'am Mittwoch', 'Sonntagabend', 'vergangenen Freitag', 'Mittwoch, 16. Juni' -> a day."""
    if not m["wd"][0].isupper() or m["s"]:
        return []  # "montags", "Sonntagabends" are habitual, not dates
    wd = WEEKDAYS[m["wd"].lower()]
    suffix = _part_suffix(m["part"]) or _part_suffix(m["part2"])
    if m["day"]:
        day = int(m["day"])
        mon = MONTHS[m["mon"].lower()] if m["mon"] else int(m["monnum"])
        if m["year"]:
            parsed = _parse_year(m["year"], ctx)
            year = parsed[0] if parsed else None
            relative = False
        else:
            relative = True
            # the weekday pins the year: take the nearest candidate year with that weekday
            year = None
            base = ctx.ref_year(not ctx.narrative)
            if base is not None:
                for cy in (base, base + 1, base - 1):
                    d = _date(cy, mon, day)
                    if d is not None and d.weekday() == wd:
                        year = cy
                        break
                if year is None:
                    year = ctx.pick_year(m.start(), m.end(), lambda y: _day_bounds(y, mon, day))
        if year is None:
            return [_Raw(m.start(), m.end(), None, True)]
        d = _date(year, mon, day)
        if d is None:
            return []
        value = _fmt_day(d) + suffix
        ctx.remember(value, not relative)
        return [_Raw(m.start(), m.end(), value, relative)]
    d = _weekday_date(ctx, wd, m["rel"], m.start(), m.end())
    if d is None:
        return [_Raw(m.start(), m.end(), None, True)]
    value = _fmt_day(d) + suffix
    ctx.remember(value, aside=True, background=_in_reporting_clause(ctx.text, m.start()))
    return [_Raw(m.start(), m.end(), value, True)]


def _in_reporting_clause(text: str, start: int) -> bool:
    """A date's offset -> True if it dates the telling (", wie die Kanzlei am Donnerstag mitteilte"), not an event."""
    head = text.rfind(",", max(0, start - 100), start)
    return head >= 0 and (clause := _REPORTING_CLAUSE_RE.match(text, head)) is not None and clause.end() > start


def _h_night_weekday(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Nacht zum Sonntag' -> the night starting the evening before that weekday."""
    wd = WEEKDAYS[m["wd"].lower()]
    start = m.start()
    if m["prep"].lower() == "vom":
        d = _weekday_date(ctx, wd, None, start, m.end())
    else:
        d = _weekday_date(ctx, wd, None, start, m.end())
        d = d - dt.timedelta(days=1) if d is not None else None
    if d is None:
        return [_Raw(start, m.end(), None, True)]
    value = _fmt_day(d) + "TNI"
    ctx.remember(value, aside=True)
    return [_Raw(start, m.end(), value, True)]


def _h_weekend(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'dieses Wochenende', 'am vergangenen Wochenende' -> an ISO week's weekend."""
    off = _rel_offset(m["rel"])
    if m["rel"] and off is None:
        return []
    ref = ctx.ref_day(not (off and off[1]))
    if ref is None:
        return [_Raw(m.start(), m.end(), None, True)]
    # the weekend closes the ISO week, so "vergangenes" is always the previous week's and
    # "kommendes" is this week's unless the reference day already is on a weekend
    saturday = ref + dt.timedelta(days=5 - ref.weekday())
    if off is not None and off[0] == -1:
        saturday -= dt.timedelta(days=7)
    elif off is not None and off[0] == 1 and ref.weekday() >= 5:
        saturday += dt.timedelta(days=7)
    elif off is None and not ctx.narrative and ref.weekday() < 5 and ctx.tense(m.start(), m.end()) == "PAST":
        saturday -= dt.timedelta(days=7)
    iso_year, week, _ = saturday.isocalendar()
    value = f"{_fmt_year(iso_year - _PROXY)}-W{week:02d}-WE"
    ctx.remember(_fmt_year(iso_year - _PROXY), aside=True)
    return [_Raw(m.start(), m.end(), value, True)]


def _h_deictic(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'gestern', 'heute Abend', 'morgen früh', 'übermorgen' -> a day relative to the anchor."""
    w = m["w"].lower()
    if w == "morgen" and m["w"][0].isupper():
        # capitalised "Morgen" is the morning unless it opens a sentence and a verb follows
        before = ctx.text[max(0, m.start() - 3) : m.start()]
        after = ctx.text[m.end() : m.end() + 30]
        opens = m.start() == 0 or re.search(r"(?:[.!?:„\"]\s*|\n)$", before)
        if not opens or not re.match(r"\s+[a-zäöüß]", after) or re.match(r"\s+(?:des|dieses|darauf|danach)\b", after):
            return []
    if w == "morgen" and m["part"] and m["part"].lower() == "morgen":
        return []
    is_today = w == "heute" or w.startswith("heutigen")
    if ctx.narrative and is_today:
        return [_Raw(m.start(), m.end(), "PRESENT_REF")]  # "heute" in a history text: nowadays
    a = ctx.anchor_day()
    if a is None:
        return [_Raw(m.start(), m.end(), None, True)]
    offsets = {"vorgestern": -2, "gestern": -1, "morgen": 1, "übermorgen": 2}
    value = _fmt_day(a + dt.timedelta(days=offsets.get(w, 0))) + _part_suffix(m["part"])
    ctx.remember(value, aside=True)
    return [_Raw(m.start(), m.end(), value, True)]


def _h_deictic_adjective(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'beim gestrigen Treffen', 'die morgige Sitzung' -> the day relative to the anchor (news only)."""
    adj = m["adj"].lower()
    if (ctx.narrative and not ctx.probe) or (adj == "heutig" and not _DATED_BY_HEUTIG.search(m["noun"])):
        return []
    end = m.start("noun") - 1
    a = ctx.anchor_day()
    if a is None:
        return [_Raw(m.start(), end, None, True)]
    offsets = {"vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2}
    value = _fmt_day(a + dt.timedelta(days=offsets[adj]))
    ctx.remember(value, aside=True)
    return [_Raw(m.start(), end, value, True)]


def _tense_contradicts(ctx: _Context, day: dt.date, start: int, end: int) -> bool:
    """Context + a day + an expression's offsets -> whether its clause's tense puts it on the other side of the anchor."""
    anchor = ctx.anchor_day()
    if anchor is None or day == anchor:
        return False
    c0, c1 = ctx.sentences.clause(start, end)
    tense = _tense_of(ctx.text, c0, c1, start, end)
    return (tense == "PAST" and day > anchor) or (tense == "FUTURE" and day < anchor)


def _h_daypart(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'am Abend', 'am nächsten Morgen', 'Abend desselben Tages', 'Mitternacht' -> a day + part."""
    part = m["part"]
    low = part.lower()
    adverb = low in ("nachts", "abends", "morgens")
    if part[0].isupper() == adverb:
        return []
    adj = (m["adj"] or "").strip()
    early_late = bool(re.match(r"(?:früh|spät)", adj, re.I))
    off = _rel_offset(adj) if adj and not early_late else None
    if adj and not early_late and off is None:
        return []
    if not adj and not m["suffix"] and low not in ("nachts", "mitternacht", "vorabend"):
        # a bare "Abend" is a time only after a preposition: "am Abend", "in der Nacht"
        prev = _preceding_words(ctx.text, m.start(), 1)
        cues = ("am", "an", "im", "in", "zum", "gegen", "bis", "vom", "über", "des")
        if not prev or prev[-1] not in cues and not (low.endswith("stunden") and prev[-1] == "den"):
            return []
        if low == "morgen" and prev[-1] in ("im", "in"):
            return []
    shift, anaphoric = 0, True
    if off is not None:
        shift = off[0]
        anaphoric = off[1] or off[0] == 1  # "am nächsten Morgen" follows the story
    if low == "vorabend":
        shift = -1
    if m["suffix"] and re.match(r"(?:darauf|danach|des\s+(?:folgenden|nächsten))", m["suffix"], re.I):
        shift = 1
    elif m["suffix"] and re.match(r"(?:zuvor|davor|vorher)", m["suffix"], re.I):
        shift = -1  # "am Abend zuvor"
    if low == "vorabend" and anaphoric and not ctx.narrative:
        ref = ctx.eve_ref_day()
    elif anaphoric and not adj and not m["suffix"]:
        ref = ctx.day_part_ref_day(m.start())
    else:
        ref = ctx.ref_day(not anaphoric)
    if ref is None:
        return [_Raw(m.start(), m.end(), None, True)]
    if anaphoric and not ctx.narrative and _tense_contradicts(ctx, ref, m.start(), m.end()):
        # "Die Klage wird am Freitag verhandelt. Die Kommission wollte noch am späten Abend beraten":
        # an evening the clause tells in the past is not that of a day still to come, but the dateline's.
        ref = ctx.anchor_day() or ref
    day = _fmt_day(ref + dt.timedelta(days=shift))
    if low == "mitternacht":
        value = day + "T24:00"
    elif low == "vorabend":
        value = day + "TEV"
    else:
        value = day + _part_suffix(low)
    # The eve points at the event's day; a second "am Vorabend" (a heading and its paragraph) is the same eve.
    if low != "vorabend":
        ctx.remember(value, aside=True)
    return [_Raw(_with_fused_article(ctx.text, m.start()), m.end(), value, True)]


def _h_time(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'um 4:45 Uhr', '14 Uhr', '7:30' -> the last mentioned day (else the anchor) at that time."""
    hh = m["hh"] or m["hh2"]
    mm = m["mm"] or m["mm2"] or m["mm3"] or "0"
    h = int(hh)
    if m["hh2"] and ctx.text[m.end() : m.end() + 1] == "-":
        return []
    post = (m["post"] or "").lower()
    if post in ("abends", "nachmittags", "nachts") and h < 12:
        h = h + 12 if post != "nachts" or h >= 6 else h
    ref = ctx.ref_day(False)
    start = m.start("hh") if m["hh"] and m["pre"] and m["pre"].lower().startswith("kurz") else m.start()
    if ref is None:
        return [_Raw(start, m.end(), None, True)]
    value = f"{_fmt_day(ref)}T{h:02d}:{int(mm):02d}"
    return [_Raw(start, m.end(), value, True)]


def _unit_value(ref: dt.date, unit: str, n: int) -> str:
    """Reference day + unit code + offset -> the TIMEX2 value at that unit's granularity."""
    y, mo, _ = _ymd(ref)
    if unit == "D":
        return _fmt_day(ref + dt.timedelta(days=n))
    if unit == "W":
        d = ref + dt.timedelta(weeks=n)
        iy, w, _ = d.isocalendar()
        return f"{_fmt_year(iy - _PROXY)}-W{w:02d}"
    if unit == "M":
        return _fmt_month(*_add_months(y, mo, n))
    if unit == "Q":
        q = (mo - 1) // 3 + n
        return f"{_fmt_year(y + q // 4)}-Q{q % 4 + 1}"
    if unit == "DE":
        return f"{(y // 10 + n):03d}"
    return _fmt_year(y + n)


def _unit_code(word: str) -> str:
    """Unit noun ("Monaten", "Kalenderjahres") -> unit code."""
    low = word.lower()
    for key in ("jahrzehnt", "jahrhundert", "kalenderjahr", "quartal", "monat", "woche", "jahr", "tag", "stunde", "minute", "nacht", "nächte"):
        if low.startswith(key):
            return {"kalenderjahr": "Y"}.get(key) or UNITS[key]
    return UNITS.get(low, "D")


_OF_SOMETHING_RE = re.compile(r"\s+(?:des|der|eines|einer|seines|seiner|ihres|ihrer|dieses|dieser|jenes|jener)\s")


def _h_rel_unit(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'vergangene Woche', 'nächsten Monat', 'im selben Jahr', 'Ende des Jahres', 'Tag darauf'."""
    unit_word = m["unit"]
    if not unit_word[0].isupper() and unit_word != "tags":
        return []
    low = unit_word.lower()
    det, mod_word = m["det"], m["mod"]
    code = _unit_code(low)
    off = _rel_offset(det)
    if det and off is None:
        return []
    # "den letzten Tag seines Staatsbesuchs", "in der letzten Woche des Wahlkampfs": the end of
    # something, not the day or week before the anchor.
    if det and det.lower().startswith("letzt") and _OF_SOMETHING_RE.match(ctx.text, m.end()):
        return []
    if mod_word:
        start = m.start()
    elif m["art"] and det and m["art"].lower() in ("das", "die"):
        start = m.start("art")  # "das kommende Jahr" (but "des folgenden Jahres" without "des")
    else:
        start = m.start("det") if det else m.start("unit")
    if low in ("tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte", "jahrzehnten"):
        # "in den folgenden Jahren", "in den vergangenen Monaten": a vague stretch of time
        if not det:
            return []
        start = m.start("art") if m["art"] and m["art"].lower() == "die" else m.start("det")
        if low.startswith("tag") and det.lower().startswith("dies"):
            return [_Raw(start, m.end(), "PRESENT_REF")]  # "dieser Tage"
        return [_Raw(start, m.end(), f"PX{code}")]
    if not det and not mod_word and not m["post"]:
        return []
    n, anaphoric = off if off is not None else (0, False)
    if m["post"]:
        # "Tag darauf", "Jahr danach"; "tags zuvor", "am Tag vorher"
        n, anaphoric = (-1 if m["post"].split()[0].lower() in ("zuvor", "davor", "vorher") else 1), True
    if code == "D":
        anaphoric = True  # "am nächsten Tag", "an diesem Tag" follow the story, not the anchor
    mod = None if mod_word and re.match(r"Laufe", mod_word, re.I) else _modifier(mod_word)
    if code == "W" and not det and not anaphoric and mod in _WEEK_PART_DAYS:
        n += _week_part_shift(ctx, mod, m.start(), m.end())
    if code == "D" and n == -1 and anaphoric and not ctx.narrative:
        # "Die Minister trafen sich am Mittwoch und Donnerstag. … Bereits tags zuvor": before the first day.
        value = _day_before_told(ctx)
    else:
        value = _shifted_value(ctx, code, n, anaphoric)
    if value is None:
        return [_Raw(start, m.end(), None, True, mod)]
    if code == "D" and not mod_word:
        start = _with_fused_article(ctx.text, start)
    # a look back ("im Vorjahr", "letzten Jahres") does not move the story to that year
    ctx.remember(value, aside=n <= 0 or code != "Y")
    return [_Raw(start, m.end(), value, True, mod)]


# The weekdays (Monday = 0) that "Anfang", "Mitte" and "Ende der Woche" name.
_WEEK_PART_DAYS = {"START": (0, 1), "MID": (2, 3), "END": (4, 6)}


def _week_part_shift(ctx: _Context, mod: str, start: int, end: int) -> int:
    """Part of "der Woche" + its offsets -> +1 (next week's), -1 (last week's) or 0, by the tense of its clause.

    "Anfang der Woche wollen sie verhandeln", written on a Sunday, is the coming week's start: this
    week's lies behind. "Ende der Woche hatten sie verhandelt", written on a Monday, is last week's.
    """
    a = ctx.anchor_day()
    if a is None or ctx.narrative:
        return 0
    first, last = _WEEK_PART_DAYS[mod]
    c0, c1 = ctx.sentences.clause(start, end)
    # Only the part's own clause: "hieß es, sie würden Ende der Woche zusammenkommen" is no past.
    tense = _tense_of(ctx.text, c0, c1, start, end)
    if tense == "FUTURE" and a.weekday() > last:
        return 1
    if tense == "PAST" and a.weekday() < first:
        return -1
    return 0


def _with_fused_article(text: str, start: int) -> int:
    """Start of "selben Tag"/"Abend" -> start of a preceding "am"/"an" (TIMEX2 keeps "am selben Tag" whole)."""
    m = re.search(r"(?<![\wäöüß])(?:am|an|Am|An)\s+$", text[max(0, start - 4) : start])
    return start - len(m.group()) if m else start


def _h_gathering_day(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'am zweiten Gipfeltag', 'am letzten Tag des Besuchs' -> the gathering's first day told, counted on."""
    ordinal = m["ord"].lower()
    if ordinal == "letzten":
        ref = ctx.ref_day(False)  # the last day told: "am 18. und 19. Dezember" -> the 19th
    else:
        told = None if ctx.narrative else ctx.first_day_told
        if told is None and not ctx.narrative:
            # "Am zweiten Tag seines Staatsbesuchs hat X …" with no first day told before: the day
            # is the news's own, but which day the gathering began is not said.
            return []
        first = told[1] if told is not None else ctx.ref_day(False)
        shift = ("ersten", "zweiten", "dritten", "vierten").index(ordinal)
        ref = first + dt.timedelta(days=shift) if first is not None else None
    start = _with_fused_article(ctx.text, m.start())
    if ref is None:
        return [_Raw(start, m.end(), None, True)]
    value = _fmt_day(ref)
    ctx.remember(value, aside=True)
    return [_Raw(start, m.end(), value, True)]


def _h_rel_compound(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'im Vorjahr', 'am Folgetag', 'Jahresende', 'Monatsmitte' -> the relative unit."""
    w = m["w"].lower()
    if not m["w"][0].isupper():
        return []
    if w in ("folgejahre", "folgejahren"):
        return [_Raw(m.start(), m.end(), "PXY")]
    mod = _modifier(w)
    if w.startswith("jahres"):
        if w == "jahreswechsel":
            y = ctx.ref_year(not ctx.narrative)
            return [_Raw(m.start(), m.end(), _fmt_year(y) if y is not None else None, True, "END" if y is not None else None)]
        y = ctx.ref_year(not ctx.narrative)
        value = _fmt_year(y) if y is not None else None
        if value:
            ctx.remember(value, aside=True)
        return [_Raw(m.start(), m.end(), value, True, mod)]
    if w.startswith("monats"):
        ym = ctx.ref_month(not ctx.narrative)
        value = _fmt_month(*ym) if ym else None
        return [_Raw(m.start(), m.end(), value, True, mod)]
    n = -1 if w.startswith("vor") else 1
    anaphoric = w.startswith("folge") or w == "vortag"
    unit = {"jahr": "Y", "tag": "D", "woche": "W", "monat": "M"}[w[3:] if w.startswith("vor") else w[5:]]
    if w == "vortag" and not ctx.narrative:
        # ("am Vortag" of a gathering told over two days is the day before its first)
        value = _day_before_told(ctx)
    else:
        value = _shifted_value(ctx, unit, n, anaphoric)
    if value:
        ctx.remember(value, aside=n <= 0 or unit != "Y", background=_background_date(ctx.text, m.start()))
    return [_Raw(m.start(), m.end(), value, True)]


def _number(word: str) -> float | None:
    """Number token (digits or German word) -> its value, None for vague quantities."""
    low = word.lower()
    if low.isdigit():
        return float(int(low))
    return NUMBER_WORDS.get(low)


def _duration(n: float | None, code: str) -> str:
    """Amount (None = vague) + unit code -> TIMEX2 duration ("P3D", "PT2H", "PXY", "P1Y6M")."""
    if code == "H" and n is not None and n >= 24 and n % 24 == 0:
        n, code = n / 24, "D"  # "48 Stunden" is annotated as two days
    time_unit = code in ("H", "MIN")
    unit = {"MIN": "M"}.get(code, code)
    prefix = "PT" if time_unit else "P"
    if n is None:
        return f"{prefix}X{unit}"
    if n == int(n):
        return f"{prefix}{int(n)}{unit}"
    whole, frac = int(n), n - int(n)
    sub = {"Y": (12, "M"), "H": (60, "M"), "D": (24, "H"), "M": (30, "D"), "W": (7, "D")}.get(code)
    if sub is None:
        return f"{prefix}X{unit}"
    amount = int(round(frac * sub[0]))
    if code == "D":
        return f"P{whole}DT{amount}H" if whole else f"PT{amount}H"
    head = f"{whole}{unit}" if whole else ""
    return f"{prefix}{head}{amount}{sub[1]}"


_QUALIFIER_RE = re.compile(
    r"(?:mehr\s+als|weniger\s+als|über|knapp|fast|etwa|rund|ungefähr|circa|ca\.|maximal|mindestens|höchstens|gut|zirka)\s+$", _F
)
_DURATION_DET_RE = re.compile(r"(?:(?:die|den|der)\s+)?(?:letzten|vergangenen|nächsten|ersten|folgenden|kommenden)\s+$", _F)


def _h_offset(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'drei Tage', 'vor zwei Wochen', 'zwei Tage später', 'nach einem Monat' -> duration or shifted date."""
    unit_word = m["unit"]
    if not unit_word[0].isupper():
        return []
    numw = m["num"]
    low_num = numw.lower()
    n = _number(numw)
    if (n is None and low_num not in VAGUE_NUMBERS) or low_num == "eines":
        return []  # "eines Tages" is "one day" in a story, not a duration
    code = _unit_code(unit_word)
    singular = unit_word.lower() in ("tag", "woche", "monat", "jahr", "stunde", "minute")
    if singular and (n is None or n > 1):
        return []
    if numw.isdigit() and code == "Y" and _preceding_words(ctx.text, m.start(), 1) in (["alter"], ["von"]):
        return []  # an age: "im Alter von 18 Jahren"
    words = (m["pre"] or "").split()
    prep = words[0].lower() if words else ""
    direction = (m["dir"] or "").lower()
    plural_dative = unit_word.lower().endswith("n")
    sign = 0
    if direction in ("später", "danach", "darauf") or prep == "nach" or (prep == "in" and plural_dative):
        sign = 1
    elif direction in ("zuvor", "davor", "vorher", "früher") or prep == "vor":
        sign = -1
    if code in ("H", "MIN", "NI") or (prep == "nach" and not direction and _OF_WHAT_RE.match(ctx.text, m.end())):
        # "nach drei Tagen ergebnisloser Gespräche": how long something lasted, not a date.
        sign = 0
    qual = _QUALIFIER_RE.search(ctx.text, max(0, m.start() - 14), m.start())
    qual_len = len(qual.group()) if qual else 0
    if sign == 0:
        # a duration: its span takes a qualifier or determiner before it, not the preposition
        start = m.start("num") - (len(words[1]) + 1 if len(words) > 1 else 0) if prep else m.start() - qual_len
        det = _DURATION_DET_RE.search(ctx.text, max(0, start - 24), start)
        if det:
            start -= len(det.group())
        approx = bool(qual and qual.group().split()[0].lower() in ("etwa", "rund", "ungefähr", "circa", "ca.", "zirka"))
        approx = approx or (len(words) > 1 and words[1].lower() in ("etwa", "rund", "ungefähr", "circa", "ca.", "zirka"))
        return [_Raw(start, m.end(), _duration(n, code), False, "APPROX" if approx else None)]
    start = m.start() - (qual_len if not prep else 0)
    if n is None:
        return [_Raw(start, m.end(), "FUTURE_REF" if sign > 0 else "PAST_REF")]
    deictic = prep in ("vor", "in") and not direction  # "vor zwei Wochen": from the anchor
    if code == "Y" and n != int(n):
        code, n = "M", n * 12  # "ein halbes Jahr später"
    step = int(n) * sign
    value: str | None = None
    if code == "Y":
        y = ctx.ref_year(deictic)
        value = _fmt_year(y + step) if y is not None else None
    elif code == "M":
        ym = ctx.ref_month(deictic)
        value = _fmt_month(*_add_months(ym[0], ym[1], step)) if ym else None
    else:
        ref = ctx.ref_day(deictic)
        if ref is not None:
            if code == "W" and not deictic:
                value = _fmt_day(ref + dt.timedelta(weeks=step))  # "zwei Wochen später": a day
            else:
                value = _unit_value(ref, code, step)
    if value is None:
        if ctx.narrative:
            # no date to count from (e.g. BC): the amount of time is all the text gives
            return [_Raw(m.start("num") - qual_len, m.end(), _duration(_number(numw), _unit_code(unit_word)))]
        return [_Raw(start, m.end(), None, True)]
    ctx.remember(value, aside=step <= 0 or code != "Y")
    return [_Raw(start, m.end(), value, True)]


def _h_bare_offset(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Jahre später', 'Tage zuvor' -> a vague duration (TIMEX2 "PXY")."""
    if not m["unit"][0].isupper():
        return []
    return [_Raw(m.start(), m.end(), f"PX{_unit_code(m['unit'])}")]


def _h_duration_adj(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'dreitägige', 'zweijährigen', 'wochenlang', '90-Tage' -> a duration."""
    if m["lw"]:
        return [_Raw(m.start(), m.end(), f"PX{_LANG_UNITS[m['lw'].lower()]}")]
    if m["u2"]:
        n = _number(m["num2"])
        code = {"tage": "D", "stunden": "H", "wochen": "W", "monats": "M", "jahres": "Y"}[m["u2"].lower()]
        return [_Raw(m.start(), m.end(), _duration(n, code))]
    numw = m["num"].lower()
    code = _ADJ_UNITS[m["u"].lower()]
    if numw == "mehr":
        return [_Raw(m.start(), m.end(), f"PX{code}")]
    if numw == "ganz":
        return [_Raw(m.start(), m.end(), f"P1{code}")]
    if numw == "halb":
        return [_Raw(m.start(), m.end(), _duration(0.5, code))]
    n = _number(numw)
    if n is None:
        return []
    if "einhalb" in m.group().lower():
        n += 0.5
    return [_Raw(m.start(), m.end(), _duration(n, code))]


def _h_holiday(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'Weihnachten 2020', 'an Ostern', 'Pfingstmontag' -> the holiday's date."""
    if not m["h"][0].isupper():
        return []
    key = re.sub(r"\s+", " ", m["h"].lower())

    def day_in(y: int) -> dt.date | None:
        """Year -> the holiday's proxy date in that year."""
        if key in FIXED_HOLIDAYS:
            return _date(y, *FIXED_HOLIDAYS[key])
        e = _easter(y)
        if e is None:
            return None
        d = e + dt.timedelta(days=EASTER_HOLIDAYS[key])
        return _date(y, d.month, d.day)

    relative = False
    if m["year"]:
        year: int | None = int(m["year"])
    else:
        relative = True
        year = ctx.pick_year(m.start(), m.end(), lambda y: (lambda d: (d, d) if d is not None else None)(day_in(y)))
    if year is None:
        return [_Raw(m.start(), m.end(), None, True)]
    d = day_in(year)
    if d is None:
        return [_Raw(m.start(), m.end(), None, True)]
    value = _fmt_day(d)
    ctx.remember(value, not relative)
    return [_Raw(m.start(), m.end(), value, relative)]


def _h_vague(m: re.Match, ctx: _Context) -> list[_Raw]:
    """'jetzt', 'bald', 'kürzlich', 'in Zukunft' -> PRESENT_REF / FUTURE_REF / PAST_REF."""
    key = re.sub(r"\s+", " ", m["w"].lower())
    if key == "jüngst" and ctx.text[m.end() : m.end() + 1].isalpha():
        return []
    return [_Raw(m.start(), m.end(), VAGUE_REFS[key])]


# Rule table: (regex, handler, priority). Among overlapping matches the longest wins; on equal
# length the lower priority number wins.
_RULES: list[tuple[re.Pattern[str], Callable[[re.Match, _Context], list[_Raw]], int]] = [
    (_RE_RANGE_DAYS, _h_range_days, 0),
    (_RE_WEEKDAY, _h_weekday, 1),
    (_RE_DATE_DMY, _h_date_dmy, 2),
    (_RE_DATE_NUM, _h_date_num, 3),
    (_RE_DATE_ISO, _h_date_iso, 3),
    (_RE_RANGE_MONTHS, _h_range_months, 4),
    (_RE_MONTH, _h_month, 5),
    (_RE_SEASON, _h_season, 6),
    (_RE_QUARTER, _h_quarter, 6),
    (_RE_CENTURY, _h_century, 6),
    (_RE_DECADE, _h_decade, 7),
    (_RE_YEAR, _h_year, 8),
    (_RE_NIGHT_WD, _h_night_weekday, 9),
    (_RE_WEEKEND, _h_weekend, 9),
    (_RE_HOLIDAY, _h_holiday, 9),
    (_RE_DEICTIC, _h_deictic, 10),
    (_RE_DEICTIC_ADJ, _h_deictic_adjective, 10),
    (_RE_REL_COMPOUND, _h_rel_compound, 10),
    (_RE_OFFSET, _h_offset, 11),
    (_RE_REL_UNIT, _h_rel_unit, 12),
    (_RE_DAYPART, _h_daypart, 13),
    (_RE_GATHERING_DAY, _h_gathering_day, 13),
    (_RE_TIME, _h_time, 14),
    (_RE_DURATION_ADJ, _h_duration_adj, 15),
    (_RE_BARE_OFFSET, _h_bare_offset, 15),
    (_RE_VAGUE, _h_vague, 16),
]


# Every rule starts at a word start; saying so up front lets the engine skip most positions.
_RULES = [(re.compile(r"(?<!\w)" + p.pattern, p.flags), h, prio) for p, h, prio in _RULES]


def _candidates(text: str) -> list[tuple[int, int, int, int, re.Match]]:
    """Text -> every rule match as (start, end, priority, rule index, match)."""
    found = []
    for i, (pattern, _, priority) in enumerate(_RULES):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), priority, i, m))
    return found


def _select(found: list[tuple[int, int, int, int, re.Match]], n: int) -> list[tuple[int, int, int, int, re.Match]]:
    """Overlapping candidates -> non-overlapping ones, longest first, then by priority; text order."""
    taken = bytearray(n + 1)
    chosen = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        s, e = cand[0], cand[1]
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def date_expressions(text: str, anchor: dt.date | None, narrative: bool = False) -> list[DateExpression]:
    """German text + anchor date (publication date) -> its date expressions, normalised, in text order."""
    if not isinstance(text, str) or not text.strip():
        return []
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    if anchor is not None and not isinstance(anchor, dt.date):
        anchor = None
    # Probe every candidate with a context that resolves nothing, so that a rule rejecting its
    # match (a count, not a year; "Morgen" the morning) leaves the text to shorter matches.
    probe = _Context(text, None, True)
    probe.probe = True
    found = []
    for cand in _candidates(text):
        try:
            ok = bool(_RULES[cand[3]][1](cand[4], probe))
        except (ValueError, OverflowError, KeyError, TypeError, AttributeError, IndexError):
            ok = False
        probe.last_year = probe.story_year = probe.last_month = probe.last_day = None
        if ok:
            found.append(cand)
    ctx = _Context(text, anchor, narrative)
    results: list[_Raw] = []
    for s, e, _, i, m in _select(found, len(text)):
        ctx.pos = s
        try:
            results.extend(_RULES[i][1](m, ctx))
        except (ValueError, OverflowError, KeyError, TypeError, AttributeError, IndexError):
            continue
    out: list[DateExpression] = []
    last_end = 0
    for raw in sorted(results, key=lambda r: r.start):
        if raw.start < last_end or raw.end <= raw.start:
            continue
        last_end = raw.end
        start_date, end_date, precision = interval(raw.value, raw.modifier)
        if start_date is None:
            precision = None
        out.append(
            DateExpression(
                start_char=raw.start,
                end_char=raw.end,
                text=text[raw.start : raw.end],
                value=raw.value,
                start_date=start_date,
                end_date=end_date,
                precision=precision,
                relative=raw.relative,
                modifier=raw.modifier,
            )
        )
    return out
