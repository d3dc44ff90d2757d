"""General German lexicons for quote extraction: speech verbs, Konjunktiv forms, role nouns.

Nothing here names a person or an outlet; the lists are ordinary German vocabulary.
"""

from __future__ import annotations

import re

# Weak speech/communication verbs as stems; inflected forms are generated (sagt, sagte, sagten,
# gesagt, ...). Prefix verbs with a separable particle are given as (stem, particle).
_WEAK_STEMS: tuple[str, ...] = (
    "sag", "erklär", "beton", "mein", "bericht", "behaupt", "kritisier", "forder", "bestätig",
    "äußer", "bezeichn", "begründ", "warn", "glaub", "vermut", "befürcht", "kommentier",
    "versicher", "bekräftig", "erinner", "frag", "antwort", "entgegn", "ergänz", "präzisier",
    "erläuter", "unterstreich", "klag", "beklag", "bedauer", "beton", "räsonier", "argumentier",
    "spekulier", "schätz", "meld", "verlang", "bezweifel", "resümier", "rechtfertig", "mahn",
    "ermahn", "beschwer", "lob", "zitier", "twitter", "poste", "beteuer", "dement", "dementier",
    "signalisier", "insistier", "plädier", "appellier", "verkünd", "kündig", "hoff", "folger",
    "schluss", "bilanzier", "konstatier", "prognostizier", "warn", "drohe", "droh", "sorg",
    "versprech", "beschuldig", "klarstell", "informier", "urteil", "bestreit", "leugn",
    "aussag", "errechn", "folger", "vermeld", "verlautbar", "kritisier", "unterstell",
    "vorwerf", "mutmaß", "zweifel", "beharr", "prophezei", "skandier", "twitter", "schilder",
)

# Strong or irregular verbs: explicit finite forms and participles.
_IRREGULAR: tuple[str, ...] = (
    "schrieb", "schrieben", "schreibt", "schreiben", "geschrieben",
    "sprach", "sprachen", "spricht", "gesprochen",
    "rief", "riefen", "ruft", "gerufen", "aufgerufen",
    "hieß", "heißt", "geheißen",
    "wies", "wiesen", "weist", "gewiesen", "hingewiesen", "verwies", "verwiesen", "verweist",
    "gab", "gaben", "gibt", "angegeben", "bekanntgegeben", "bekannt gegeben", "zugegeben",
    "teilte", "teilten", "teilt", "mitgeteilt",
    "fügte", "fügten", "fügt", "hinzugefügt",
    "räumte", "räumten", "räumt", "eingeräumt",
    "stellte", "stellten", "stellt", "klargestellt", "festgestellt",
    "kündigte", "kündigten", "kündigt", "angekündigt",
    "nannte", "nannten", "nennt", "genannt",
    "dachte", "denkt", "gedacht",
    "sah", "sieht", "sahen",
    "hielt", "hält", "gehalten",
    "bat", "baten", "bittet", "gebeten",
    "empfahl", "empfiehlt", "empfohlen",
    "widersprach", "widerspricht", "widersprochen",
    "versprach", "verspricht", "versprochen",
    "beschrieb", "beschreibt", "beschrieben",
    "schlug", "schlägt", "vorgeschlagen",
    "warf", "warfen", "wirft", "vorgeworfen",
    "wandte", "wendet", "eingewandt",
    "bestritt", "bestreitet", "bestritten",
    "strich", "hob", "hervorgehoben", "unterstrich", "unterstrichen",
    "verkündete", "führte", "führt", "ausgeführt",
    "zeigte", "zeigt", "gezeigt",
    "ließ", "lässt", "verlauten",
    "entschied", "entschieden", "entscheidet", "beschloss", "beschlossen", "beschließt",
    "fand", "fanden", "findet", "herausgefunden", "ging", "gingen", "geht", "ausgegangen",
    "wusste", "weiß", "wissen", "rechnet", "rechnete", "hob", "hoben", "rief", "schloss",
)

# Particles that complete a separable speech verb at the end of the clause ("fügte hinzu").
PARTICLES: frozenset[str] = frozenset(
    "hinzu mit an ein fest klar hervor zurück vor aus ab bekannt zu heraus auf".split()
)


def _weak_forms(stem: str) -> set[str]:
    """A weak verb stem -> its present, past and participle forms (third person)."""
    e = "e" if stem.endswith(("t", "d", "n", "m")) and not stem.endswith(("rn", "ln")) else ""
    forms = {stem + e + "t", stem + e + "te", stem + e + "ten", stem + "en", stem + "e"}
    if stem.startswith(("be", "er", "ver", "zer", "ent", "emp", "ge")) or stem.endswith("ier"):
        forms.add(stem + e + "t")
    else:
        forms.add("ge" + stem + e + "t")
    return forms


SPEECH_VERBS: frozenset[str] = frozenset(
    form for stem in _WEAK_STEMS for form in _weak_forms(stem)
) | frozenset(_IRREGULAR)

# Words that would slip in through generation but mostly are not speech cues.
SPEECH_VERBS = SPEECH_VERBS - {"mein", "meine", "meinen", "sorge", "sorgen", "hoffen", "lob", "lobe",
                               "frage", "fragen", "schluss", "meldung", "warne", "folgere",
                               "teilen", "sage", "sagen", "zeigen", "gezeigt", "sah", "sahen", "sieht",
                               "hielt", "hält", "gehalten", "ließ", "lässt",
                               "droh", "drohe", "drohen", "poste", "posten", "dement", "dementen"}

# Verbs only counted as a cue when their particle closes the clause ("gab bekannt", "teilte mit").
PARTICLE_VERBS: frozenset[str] = frozenset(
    "gab gaben gibt teilte teilten teilt fügte fügten fügt räumte räumten räumt stellte stellten "
    "stellt kündigte kündigten kündigt führte führt wies wiesen weist schlug schlägt hob hoben strich "
    "wandte wendet zeigte zeigt rief riefen ruft fand fanden findet ging gingen geht schloss hielt "
    "hält".split()
)

# Konjunktiv I/II forms that mark reported speech in news German.
KONJUNKTIV: frozenset[str] = frozenset(
    (
        "sei seien seiest habe hätte hätten werde würde würden könne könnte könnten "
        "müsse müsste müssten solle sollten wolle wollten dürfe dürfte dürften möge möchte gebe "
        "gäbe gäben wäre wären komme käme kämen liege läge lägen stehe stünde gehe ginge handle "
        "handele bleibe bliebe wisse wüsste brauche trage lasse ließe plane arbeite befinde "
        "verfüge fehle gelte bestehe sehe erwarte kenne halte führe stamme diene zeige gehöre "
        "hoffe rechne sollte"
    ).split()
)

# Role nouns (heads of compounds count: "Kreml-Sprecher", "Außenminister").
ROLE_SUFFIXES: tuple[str, ...] = (
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "kanzler",
    "kanzlerin", "chef", "chefin", "vorsitzende", "vorsitzender", "direktor", "direktorin",
    "leiter", "leiterin", "sekretär", "sekretärin", "botschafter", "botschafterin", "experte",
    "expertin", "trainer", "trainerin", "anwalt", "anwältin", "richter", "richterin",
    "bürgermeister", "bürgermeisterin", "abgeordnete", "abgeordneter", "politiker",
    "politikerin", "diplomat", "diplomatin", "kommissar", "kommissarin", "gouverneur",
    "premier", "premierministerin", "beamte", "beamter", "beamtin", "ermittler", "staatsanwalt",
    "staatsanwältin", "chefdiplomat", "oberhaupt", "führer", "führerin", "general", "offizier",
    "manager", "managerin", "gründer", "autor", "autorin", "wissenschaftler",
    "wissenschaftlerin", "forscher", "forscherin", "professor", "professorin", "analyst",
    "analystin", "vertreter", "vertreterin", "mitglied", "senator", "senatorin", "könig",
    "königin", "papst", "kardinal", "bischof", "kandidat", "kandidatin", "spieler", "spielerin",
    "sprachrohr", "beauftragte", "beauftragter", "berater", "beraterin", "angeklagte",
    "angeklagter", "zeuge", "zeugin", "vater", "mutter", "sohn", "tochter", "witwe", "bruder",
    "schwester", "frau", "mann",
)

PRONOUNS: frozenset[str] = frozenset("er sie es ich wir man dieser diese jener".split())

# Words that can start a sentence without being its subject (adverbials, conjunctions).
NON_SUBJECT_STARTERS: frozenset[str] = frozenset(
    (
        "am im in an auf bei nach vor seit während zu zum zur von vom aus mit über unter gegen "
        "für dazu damit daher deshalb dann danach zuvor später gestern heute morgen zudem außerdem "
        "auch doch aber jedoch denn und oder so wie als weil dass ob trotzdem dennoch bereits schon "
        "zunächst erst noch nun jetzt dort hier hierzu darauf darüber demnach gegenüber allerdings "
        "vielmehr zugleich gleichzeitig inzwischen mittlerweile letztlich schließlich anschließend "
        "bislang bisher ebenfalls weiter weiterhin laut zufolge angesichts wegen trotz offenbar "
        "dabei insbesondere zudem ferner überdies nun gleichwohl immerhin daraufhin hingegen "
        "dagegen stattdessen vermutlich angeblich wörtlich ausdrücklich derzeit damals seinerzeit "
        "ebenso zuletzt zuerst erstmals erneut kürzlich jüngst sinngemäß gegenwärtig künftig "
        "zukünftig insgesamt vorher nachher außerdem demnach danach somit also deswegen darin "
        "hierbei hierzu dazu davor ebenfalls einst erst letztlich mehrfach mehrmals öffentlich "
        "gemeinsam ähnlich anders konkret kritisch bereits wiederholt unterdessen indes"
    ).split()
)

DETERMINERS: frozenset[str] = frozenset(
    "der die das des dem den ein eine einer eines einem einen sein seine ihr ihre kein keine".split()
)

_word_alt = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=len, reverse=True))
# Compiled once: any speech verb as a whole word (case-sensitive: verbs are lower case in German).
SPEECH_VERB_RE: re.Pattern[str] = re.compile(rf"(?<![\w-])(?:{_word_alt})(?![\w-])")
KONJ_RE: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(KONJUNKTIV, key=len, reverse=True)) + r")(?![\w-])"
)
