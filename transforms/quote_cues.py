"""General German lexicons for quote extraction: speech verbs, Konjunktiv forms, role nouns,
cue nouns and stance phrases, and the nouns that announce a name in quotation marks.

Nothing here names a person or an outlet; the lists are ordinary German vocabulary.
"""

from __future__ import annotations

import re

# Weak speech/communication verbs as stems; inflected forms are generated (sagt, sagte, sagten,
# gesagt, ...).
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
    "würdig", "bemerk", "notier", "beanstand", "monier", "bemängel", "anmerk", "spott", "verspott",
    "scherz", "witzel", "klag", "jubel", "ruf", "bilanzier", "resümier", "analysier", "diagnostizier",
    "folger", "schlussfolger", "beschwör", "beschwicht", "beruhig", "verteidig", "begrüß",
    "verurteil", "bestätig", "bezeug", "protestier", "demonstrier", "kontert", "konter", "bekenn",
    "gesteh", "offenbar", "enthüll", "verrat", "hinterfrag", "erwähn", "beantwort", "erzähl",
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
    "gestand", "eingestanden", "riet", "rieten", "rät", "schwor", "schworen",
    "ergab", "ergaben", "ergibt",
)

# Particles that complete a separable speech verb at the end of the clause ("fügte hinzu").
PARTICLES: frozenset[str] = frozenset(
    "hinzu mit an ein fest klar hervor zurück vor aus ab bekannt zu heraus auf".split()
)


def _weak_forms(stem: str) -> set[str]:
    """A weak verb stem -> its present, past and participle forms (third person)."""
    # An -e- is inserted after t/d and after a consonant + n/m: "rechnet", "bedauert" needs none.
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn", "dm", "tm")) or (
        stem.endswith(("n", "m")) and len(stem) > 1 and stem[-2] not in "aeiouäöülrhn"
    ) else ""
    forms = {stem + e + "t", stem + e + "te", stem + e + "ten", stem + "en", stem + "e"}
    if stem.startswith(("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "wider")) or stem.endswith("ier"):
        forms.add(stem + e + "t")
    else:
        forms.add("ge" + stem + e + "t")
    return forms


# Separable speech verbs written as one word in subordinate clauses and participles
# ("wie die Polizei mitteilte", "als er ankündigte"): particle + weak stem.
_SEPARABLE_WEAK: tuple[tuple[str, str], ...] = (
    ("mit", "teil"), ("an", "kündig"), ("hinzu", "füg"), ("ein", "räum"), ("fest", "stell"),
    ("klar", "stell"), ("dar", "stell"), ("aus", "führ"), ("hin", "weis"), ("zu", "stimm"),
    ("auf", "forder"), ("vor", "stell"), ("bekannt", "mach"), ("deutlich", "mach"), ("klar", "mach"),
    ("an", "merk"), ("dar", "leg"), ("fest", "halt"), ("ab", "lehn"), ("an", "prangere"),
)
_SEPARABLE_STRONG: tuple[str, ...] = (
    "bekanntgab", "bekanntgaben", "bekanntgibt", "bekanntgegeben", "angab", "angaben", "angibt",
    "hinwies", "hinwiesen", "hingewiesen", "zurückwies", "zurückwiesen", "zurückgewiesen", "vorwarf",
    "vorwarfen", "vorgeworfen", "vorschlug", "vorgeschlagen", "aufrief", "aufriefen", "aufgerufen",
    "hervorhob", "hervorgehoben", "zugab", "zugegeben", "einwandte", "eingewandt", "ausschloss",
    "ausgeschlossen", "ansprach", "angesprochen", "aussprach", "ausgesprochen", "hinzusetzte",
    "verlauten", "zusagte", "zugesagt", "beipflichtete", "widersprach",
)

SPEECH_VERBS: frozenset[str] = (
    frozenset(form for stem in _WEAK_STEMS for form in _weak_forms(stem))
    | frozenset(_IRREGULAR)
    | frozenset(p + f for p, stem in _SEPARABLE_WEAK for f in _weak_forms(stem) if not f.startswith("ge"))
    | frozenset(p + "ge" + stem + ("e" if stem.endswith(("t", "d")) else "") + "t" for p, stem in _SEPARABLE_WEAK)
    | frozenset(_SEPARABLE_STRONG)
)

# Words that would slip in through generation but mostly are not speech cues.
SPEECH_VERBS = SPEECH_VERBS - {"mein", "meine", "meinen", "sorge", "sorgen", "hoffen", "lob", "lobe",
                               "frage", "fragen", "schluss", "meldung", "warne", "folgere",
                               "teilen", "sage", "sagen", "zeigen", "gezeigt", "sah", "sahen", "sieht",
                               "hielt", "hält", "gehalten", "ließ", "lässt",
                               "droh", "drohe", "drohen", "poste", "posten", "dement", "dementen",
                               "angaben", "offenbar", "offenbare", "verraten", "ruf", "rufe", "rufen",
                               "klage", "klagen", "jubel", "konter", "spott", "angeben", "beruhige"}

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

# Konjunktiv I forms (third person) that mark reported speech; verbs in -ieren are recognised by
# their ending ("existiere", "propagiere").
KONJUNKTIV_I: frozenset[str] = frozenset(
    (
        "sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe liege gehe komme bleibe "
        "wisse handle handele gelte bestehe fehle trage benötige verletze gehöre darstelle führe "
        "bedeute unterstütze brauche angehöre plane betreibe zurückkehre sehe lasse erwarte kenne "
        "halte stamme diene zeige rechne erhalte verfüge befinde arbeite scheine heiße bedürfe "
        "erfolge drohe gäbe käme"
    ).split()
)


def first_konjunktiv_i(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """text (optionally a slice) -> the first Konjunktiv I form in it, or None."""
    stop = len(text) if end is None else end
    for m in _LOWER_WORD_RE.finditer(text, start, stop):
        w = m.group()
        if w in KONJUNKTIV_I or (w.endswith("iere") and len(w) > 6):
            return m
    return None


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
    "schwester", "frau", "mann", "arzt", "ärztin", "lehrer", "lehrerin", "polizist", "polizistin",
    "journalist", "journalistin", "reporter", "reporterin", "schauspieler", "schauspielerin",
    "sänger", "sängerin", "musiker", "musikerin", "künstler", "künstlerin", "schriftsteller",
    "schriftstellerin", "aktivist", "aktivistin", "unternehmer", "unternehmerin", "ökonom",
    "ökonomin", "historiker", "historikerin", "jurist", "juristin", "ingenieur", "ingenieurin",
    "pilot", "pilotin", "soldat", "soldatin", "kapitän", "pfarrer", "pfarrerin", "priester",
    "imam", "rabbiner", "mediziner", "medizinerin", "virologe", "virologin", "meteorologe",
    "meteorologin", "astronom", "astronomin", "physiker", "physikerin", "biologe", "biologin",
    "archäologe", "archäologin", "funktionär", "funktionärin", "landrat", "landrätin",
    "regisseur", "regisseurin", "athlet", "athletin", "verteidiger", "verteidigerin",
    "unterhändler", "unterhändlerin", "verhandlungsführer", "verhandlungsführerin", "pädagoge", "pädagogin",
    "dezernent", "dezernentin", "referent", "referentin",
)

# Heads of organisations and media that speak like persons ("Das US-Magazin Barrons bezeichnete …").
SPEAKING_BODIES: tuple[str, ...] = (
    "magazin", "zeitung", "blatt", "sender", "agentur", "partei", "regierung", "ministerium",
    "behörde", "behörden", "polizei", "gericht", "organisation", "verband", "gewerkschaft",
    "unternehmen", "konzern", "institut", "kommission", "rat", "ausschuss", "fraktion", "bündnis",
    "verein", "komitee", "amt", "staatsanwaltschaft", "armee", "militär", "parlament", "kabinett",
    "opposition", "medien", "rundfunk", "fernsehen", "portal", "dienst", "bank", "firma",
    # Seats of government that speak for it ("der Kreml", "der Vatikan"), and assemblies.
    "kreml", "vatikan", "pentagon", "élysée", "elysée", "bundestag", "landtag", "senat", "kongress",
    "präsidium", "vorstand", "magistrat",
)

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

# Number words: a phrase they open counts people ("zwei Minister"), it names nobody in particular.
NUMBER_WORDS: frozenset[str] = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert "
    "tausend dutzende hunderte tausende".split()
)

DETERMINERS: frozenset[str] = frozenset(
    "der die das des dem den ein eine einer eines einem einen sein seine ihr ihre kein keine".split()
)

_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-zäöüß]+(?![\w-])")


def speech_verbs(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """text (optionally a slice) -> matches of speech verbs in it, in order (a set lookup per word)."""
    stop = len(text) if end is None else end
    return [m for m in _LOWER_WORD_RE.finditer(text, start, stop) if m.group() in SPEECH_VERBS]


def first_speech_verb(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """text (optionally a slice) -> the first speech verb match in it, or None."""
    stop = len(text) if end is None else end
    for m in _LOWER_WORD_RE.finditer(text, start, stop):
        if m.group() in SPEECH_VERBS:
            return m
    return None


def first_konjunktiv(text: str, start: int = 0) -> re.Match[str] | None:
    """text -> the first Konjunktiv form in it (from start), or None."""
    for m in _LOWER_WORD_RE.finditer(text, start):
        if m.group() in KONJUNKTIV:
            return m
    return None


# Nouns of saying and thinking that introduce a reported clause after a comma
# ("vertritt die Ansicht, …", "mit dem Argument, …", "die Forderung, dass …").
CUE_NOUNS: tuple[str, ...] = (
    "Meinung", "Ansicht", "Auffassung", "Überzeugung", "Standpunkt", "Einschätzung", "Hinweis",
    "Forderung", "Warnung", "Befürchtung", "Sorge", "Hoffnung", "Argument", "Argumentation",
    "Vorwurf", "Vorwürfe", "Behauptung", "Erklärung", "Aussage", "Angabe", "Angaben", "Vermutung",
    "Verdacht", "These", "Kritik", "Klage", "Appell", "Aufforderung", "Zusage", "Versprechen",
    "Ankündigung", "Mitteilung", "Meldung", "Meldungen", "Information", "Informationen",
    "Nachricht", "Gerücht", "Gerüchte", "Spekulation", "Spekulationen", "Darstellung", "Position",
    "Bedingung", "Begründung", "Beteuerung", "Versicherung", "Bitte", "Drohung", "Einwand",
    "Feststellung", "Schlussfolgerung", "Fazit", "Prognose", "Erwartung", "Annahme", "Worten",
    "Botschaft", "Aufruf", "Empfehlung", "Ratschlag", "Anschuldigung", "Anschuldigungen",
    "Beschuldigung", "Klarstellung", "Zuversicht", "Eindruck", "Verweis", "Bericht", "Berichte",
    "Berichten", "Stellungnahme", "Vorschlag", "Plan", "Absicht", "Entscheidung", "Beschluss",
)
# Verb phrases of stance that govern a dass-clause without a speech verb ("zeigte sich besorgt,
# dass …", "ist der Meinung, dass …", "geht davon aus, dass …").
STANCE_RE: re.Pattern[str] = re.compile(
    r"(?<![\w-])(?:(?:zeigt|zeigte|zeigten|zeigen)\s+sich\s+(?:\w+\s+){0,3}?"
    r"(?:besorgt|zufrieden|überzeugt|zuversichtlich|optimistisch|pessimistisch|enttäuscht|erleichtert|"
    r"froh|überrascht|erfreut|bestürzt|empört|entsetzt|skeptisch|sicher|beunruhigt|verärgert|dankbar|"
    r"erstaunt|irritiert|offen|bereit|gelassen|kämpferisch|selbstkritisch|verwundert)"
    r"|(?:ist|sind|war|waren|sei|seien)\s+(?:\w+\s+){0,2}?(?:überzeugt|sicher|der\s+(?:Meinung|Ansicht|Auffassung|Überzeugung))"
    r"|(?:geht|gehen|ging|gingen|gehe)\s+(?:\w+\s+){0,3}?davon\s+aus"
    r"|(?:hält|halten|hielt|hielten)\s+es\s+(?:\w+\s+){0,2}?für"
    r"|(?:setzt|setzte|setzten|setzen)\s+(?:dem|dies|dagegen)\s+(?:\w+\s+){0,2}?entgegen"
    r"|(?:machte?|machten)\s+(?:\w+\s+){0,2}?(?:deutlich|klar|geltend)"
    r"|(?:bringt|brachte|brachten)\s+(?:\w+\s+){0,4}?zum\s+Ausdruck"
    r"|(?:wies|weist|wiesen|verwies|verweist)\s+(?:\w+\s+){0,3}?darauf\s+hin"
    r"|(?:glaubt|glaubte|glauben|hofft|hoffte|hoffen|fürchtet|fürchtete|fürchten|befürchtet|"
    r"befürchtete|befürchten|vermutet|vermutete|vermuten|bezweifelt|bezweifelte|erwartet|erwartete|"
    r"erwarten|rechnet|rechnete|rechnen|meint|meinte|meinen|denkt|dachte|weiß|wusste|wissen|"
    r"schätzt|schätzte|schätzen|sagen|erklären|berichten|behaupten|fordern|kritisieren|warnen|"
    r"befürworten|verlangen|betonen|bestätigen|beklagen|bemängeln|argumentieren|räumen|sehen|sieht|sah)"
    r")(?![\w-])"
)

# Nouns that announce a name in quotation marks: the ship „Nordstern“, the album „X“ (compounds
# count: "Tageszeitung", "Nachrichtenmagazin").
NAME_CATEGORIES: tuple[str, ...] = tuple(
    """zeitung blatt magazin magazins zeitschrift sender senders sendung serie film films buch buches
    roman album lied liedes song titel stück oper musical schiff schiffes frachter tanker fähre sonde
    satellit rakete mission operation projekt projekts programm programms aktion kampagne initiative
    bündnis verein vereins partei gruppe organisation firma unternehmen konzern marke modell modells
    typ typs sorte produkt software plattform portal website internetseite blog kneipe restaurant
    hotel café bar club klub disco rubrik kategorie preis preises auszeichnung wettbewerb turnier
    festival messe ausstellung konferenz gipfel sturm hurrikan hurrikans taifun zyklon orkan namen
    spitzname beinamen pseudonym motto überschrift schlagzeile begriff bezeichnung stichwort
    stadtteil viertel platz straße gebäude station stadion arena saal halle schule universität
    institut zentrum agentur gesetz gesetzes verordnung abkommen vertrag vertrages richtlinie studie
    clan clans stamm stammes netzwerk netzwerkes band ensemble chor team mannschaft flugzeug
    hubschrauber zug linie route pflanze gattung spezies virus stern planet planeten komet asteroid
    krater mond zone lager""".split()
)

# Verbs of judgement that make a quoted noun the speaker's words ("nannte es einen „Wortbruch“").
JUDGEMENT_VERB_RE = re.compile(
    r"(?<![\w-])(?:bezeichn\w*|nann\w*|nenn\w*|genannt|sprach|spricht|sprechen|sprachen|gesprochen|"
    r"warn\w*|gewarnt|warf|warfen|wirft|werfen|vorgeworfen|kritisier\w*|verurteil\w*|lob\w*|"
    r"gelobt|würdig\w*|feier\w*|gefeiert|wertet\w*|gewertet|beschrieb\w*|beschreib\w*|"
    r"kommentier\w*|sieht|sah|sehen|sahen|hält|hielt|halten|titulier\w*|beschimpf\w*)(?![\w-])"
)


# Verbs of reported speech whose object is the content ("X kritisierte Y", "X sprach von Y").
REPORTED_VERBS: frozenset[str] = frozenset(
    """sprach sprachen spricht kritisierte kritisierten kritisiert forderte forderten fordert fordern
    warnte warnten warnt warnen bezeichnete bezeichneten bezeichnet nannte nannten lobte würdigte
    bestritt dementierte verurteilte verurteilten begrüßte begrüßten bekräftigte beklagte beklagten
    bedauerte appellierte appelliert plädierte plädiert verlangte verlangten mahnte versprach räumte
    wies warf warfen wirft werfen bestätigte bestätigten dementiert beschuldigte schätzt schätzte
    schätzen beziffert bezifferte bezifferten vermutet vermutete vermuten befürchtet befürchtete
    befürchten bemängelt bemängelte bemängelten verglich berichtete berichteten berichtet sprechen
    berichten empfahl empfiehlt verwies verweist verwiesen klagte klagten klagt klagen""".split()
)


def first_reported_verb(text: str) -> re.Match[str] | None:
    """text -> the first verb of reported speech in it, or None."""
    for m in _LOWER_WORD_RE.finditer(text):
        if m.group() in REPORTED_VERBS:
            return m
    return None
