"""Noun phrases and prepositional attributions for quote extraction ("laut X", "nach Angaben von X").

Pure string functions over one sentence: they return character offsets into the text they are
given, so callers add the sentence offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.quote_cues import (
    DETERMINERS,
    KONJUNKTIV,
    NAME_CATEGORIES,
    NUMBER_WORDS,
    ROLE_SUFFIXES,
    SPEAKING_BODIES,
    SPEECH_VERBS,
)

# Possessive and demonstrative determiners start a noun phrase like articles do.
_DETS = DETERMINERS | frozenset(
    "seiner seinem seinen seines ihrer ihrem ihren ihres deren dessen unser unsere unserer unserem "
    "unseren euer eure dieser diese dieses diesem diesen jener jene jenes jenem jenen einige "
    "einigen mehrere mehreren viele vielen zahlreiche zahlreichen beide beiden wenige wenigen manche "
    "manchen alle allen jede jeder jedes jedem jeden kein keine keiner keinem keinen".split()
)
_GENITIVE_DETS = frozenset("des der eines einer dieses dieser seines seiner ihres ihrer".split())
_NAME_PARTICLES = frozenset("von van de der zu del da di bin al el ibn ben dos du la le".split())
# A phrase token: a word (with inner dots, hyphens, apostrophes), a quoted name, or a bracket group.
_TOKEN_RE = re.compile(r"\([^()]{1,40}\)|[„“”\"»«‚‘’›‹]|[\w][\w.'’&/-]*[\w]|[\w]|[^\w\s]")
_DOMAIN_RE = re.compile(r"^[\w-]+\.(?:de|com|org|net|at|ch|eu|fr|uk|info|tv)$")
_ADJ_RE = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
# Finite verbs that look like inflected adjectives ("sollte", "werden") never start a phrase.
_VERBISH = KONJUNKTIV | SPEECH_VERBS | frozenset(
    "sollte wollte konnte musste durfte mochte werde wurde wurden werden haben hatte hatten sein "
    "seien waren wäre sind ist war habe hätte soll sollen will wollen kann können muss müssen "
    "darf dürfen gebe geben gegeben".split()
)
_PREPOSITIONS_IN_PHRASE = frozenset("am im vom für von in an auf bei mit nach seit über unter zur zum".split())
_NUM_RE = re.compile(r"^\d[\d.,]*$")
# Determiners after "von" that make a prepositional object, not a name ("von einigen Bereichen").
_INDEFINITE_DETS = frozenset(
    "ein eine einer einem einen eines einige einigen mehrere mehreren viele vielen zahlreiche "
    "zahlreichen wenige wenigen manche manchen alle allen beide beiden andere anderen solche "
    "solchen weitere weiteren".split()
)
# Endings of abstract nouns, never of a name ("zu Einigkeit", "von Bedeutung").
_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "ungen", "heiten",
                     "keiten", "tionen")


def _is_role_word(tok: str) -> bool:
    """Whether a token is a role noun ("Sprecher", "Kreml-Sprecher")."""
    return tok.lower().endswith(ROLE_SUFFIXES)
_CLOSING_MARKS = "“”\"«»‹›‘’"
_OPENING_MARKS = "„“\"»«‚›"

# Head nouns of a source phrase after "nach" ("nach Angaben", "nach Polizeiangaben", "nach Ansicht").
SOURCE_HEAD_RE = re.compile(
    r"(?i)(?:angaben|aussagen?|berichte?n?|informationen|ansicht|auffassung|meinung|darstellung|"
    r"darstellungen|worten|einschätzung(?:en)?|schätzung(?:en)?|erkenntniss(?:en?)?|erkenntnisstand|"
    r"meldung(?:en)?|mitteilung(?:en)?|auskunft|auskünften|recherchen|ermittlungen|untersuchung(?:en)?|"
    r"ergebniss(?:en?)?|prognosen?|zählung(?:en)?|umfragen?|erfahrungen|berechnungen|analysen?|"
    r"auswertung(?:en)?|hochrechnung(?:en)?|planungen|plänen|veröffentlichung(?:en)?|vorhersagen?|"
    r"nachricht(?:en)?|studien?|studie|schilderung(?:en)?|zeugenaussagen|überzeugung|vorstellung(?:en)?|"
    r"willen|gutachten|beobachtungen|statistik(?:en)?|quellen|kenntnis|kenntnissen|lesart|urteil|"
    r"ankündigung|interpretation|vermutung(?:en)?|spekulationen|gerüchten|sicht|meinungen|"
    r"expertenmeinung|bekunden|bekundungen|verlautbarung(?:en)?|vernehmen|einschätzung|stellungnahmen?|"
    r"erklärung(?:en)?|idee|ideen|vorschlag|vorschlägen|konzept|entwurf|wunsch|forderung(?:en)?|beschluss|"
    r"worten|aussagen|darstellungen|befund|befunden|berechnung|rechnungen|kalkulationen|"
    r"sprechers?|sprecherin|experten|expertin|beobachtern|augenzeugen|zeugen|kreisen|insidern)$"
)
# Nouns that make "seiner Ansicht nach" / "eigenen Angaben zufolge" an attribution.
_OPINION_NOUNS = frozenset(
    "ansicht meinung auffassung einschätzung überzeugung darstellung aussage aussagen angaben worten "
    "vernehmen".split()
)


@dataclass
class Attribution:
    """A prepositional attribution inside a sentence: phrase span, cue word, speaker mention."""

    start: int
    end: int
    cue: str
    mention: str
    mention_start: int


def _is_adj(tok: str) -> bool:
    """Whether a lower-case token looks like an inflected adjective or participle ("ersten", "bisherigen")."""
    low = tok.lower()
    return bool(_ADJ_RE.match(tok)) and low not in _DETS and low not in _VERBISH and len(tok) > 3


# A noun phrase or an attribution never runs this far; tokenising only this much keeps phrase
# parsing linear in the article length.
_PHRASE_WINDOW = 240


def _tokens(text: str, start: int = 0) -> list[tuple[str, int]]:
    """text from start -> (token, offset) pairs over the next _PHRASE_WINDOW characters."""
    return [(m.group(), m.start()) for m in _TOKEN_RE.finditer(text, start, start + _PHRASE_WINDOW)]


def _is_head(tok: str) -> bool:
    """Whether a token can be (part of) the head of a noun phrase: a noun, name, acronym or domain."""
    if tok[0].isupper() or tok[0].isdigit() and any(c.isalpha() for c in tok):
        return True
    # Lower-case names with an inner dot: "ndr.de", "ver.di".
    return bool(_DOMAIN_RE.match(tok)) or bool(re.match(r"^[a-z]+\.[a-z]+$", tok))


def noun_phrase_end(text: str, start: int, genitive: bool = True, dates: bool = True) -> tuple[int, int] | None:
    """text and a start offset -> (end of the noun phrase starting there, offset of its head) or None.

    Determiner, adjectives, one or more capitalised words (names, compounds), an optional bracket
    ("(SPD)"), a quoted name, and when `genitive` also genitive / "von" attributes (without
    `dates`, not "vom Dienstag": a speaker is no date).
    """
    toks = _tokens(text, start)
    i, n = 0, len(toks)
    if n and toks[0][0].lower() in _DETS:
        i += 1
    # Pre-head modifiers: adjectives, numbers, "am Dienstag veröffentlichten".
    while i < n:
        w = toks[i][0]
        if _is_adj(w) or _NUM_RE.match(w) or (i > 0 and w.lower() in _QUANTIFIERS) \
                or w.lower() in ("und", "sowie") and i + 1 < n and _is_adj(toks[i + 1][0]):
            i += 1
            continue
        if w.lower() in _ADVERBS and i + 1 < n and _is_adj(toks[i + 1][0]):
            i += 1  # "einer gestern verbreiteten Erklärung"
            continue
        if w.lower() in _PREPOSITIONS_IN_PHRASE and i + 1 < n:
            # "der für die Region zuständige Koordinator", "einer am Dienstag veröffentlichten
            # Mitteilung", "der für Russland am Verhandlungstisch sitzende Minister": one or more
            # prepositional phrases, then the attributive adjective.
            j = i
            while j < n and toks[j][0].lower() in _PREPOSITIONS_IN_PHRASE:
                k = j + 1
                while k < n and (toks[k][0].lower() in _DETS or _is_adj(toks[k][0]) or _NUM_RE.match(toks[k][0])):
                    k += 1
                while k < n and _is_head(toks[k][0]):
                    k += 1
                if k == j + 1:
                    break
                j = k
            if i + 1 < j < n and _is_adj(toks[j][0]):
                i = j
                continue
        break
    head_at = -1
    end = -1
    while i < n:
        w, off = toks[i]
        if w in _OPENING_MARKS:
            # A quoted name as head: „Reuters“, „Spiegel Online“. After a noun, a quoted name follows
            # a name category ("die Website „icelandreview.com“") or starts with a capital after a
            # noun that is no person ("die Partei „Die Linke“"); quoted words glued to a person are
            # no part of the phrase ("der Sprecher „extrem negativ“").
            if head_at >= 0 and not toks[i - 1][0].lower().endswith(NAME_CATEGORIES) and (
                    i + 1 >= n or not toks[i + 1][0][:1].isupper() or _is_role_word(toks[i - 1][0])):
                break
            j = i + 1
            while j < n and toks[j][0] not in _CLOSING_MARKS and j - i < 8:
                j += 1
            if j < n and toks[j][0] in _CLOSING_MARKS and j > i + 1:
                head_at = off if head_at < 0 else head_at
                end = toks[j][1] + 1
                i = j + 1
                break  # "zitiert die „Computerwoche“ Lynch": the quoted name closes the phrase
            break
        if _is_head(w):
            head_at = off if head_at < 0 else head_at
            end = off + len(w)
            i += 1
            if i + 2 < n and toks[i][0] == "-" and toks[i][1] == end and toks[i + 1][0] in ("und", "oder", "bis") \
                    and _is_head(toks[i + 2][0]):
                i += 2  # "das Bau- und Verkehrsministerium": an elided compound
            continue
        if head_at >= 0 and w.lower() in _NAME_PARTICLES and w.lower() not in ("von", "der") and i + 1 < n \
                and _is_head(toks[i + 1][0]) and not toks[i + 1][0].lower().endswith(_ABSTRACT_ENDINGS):
            i += 1  # "Karl zu Guttenberg", not "rief Baerbock zu Einigkeit auf"
            continue
        if head_at >= 0 and w.startswith("(") and off == end + 1:
            end = off + len(w)
            i += 1
            continue
        break
    if head_at < 0:
        return None
    if genitive and i + 1 < n:
        w = toks[i][0].lower()
        run = [t for t in toks[:i] if t[1] >= head_at]
        named = len(run) >= 2 and all(t[0][:1].isupper() for t in run) and not _is_role_word(run[-1][0]) \
            and not run[-1][0].lower().endswith(SPEAKING_BODIES)
        # "Angaben der Polizei", "Angaben von Augenzeugen", "Angaben aus Regierungskreisen";
        # not after a personal name: "warf Max Roth der Regierung vor" (a dative object).
        if w in _GENITIVE_DETS and not (named and w == "der"):
            sub = noun_phrase_end(text, toks[i][1], genitive=True)
        elif w in ("von", "vom") or (w == "aus" and _is_head(toks[i + 1][0])):
            # "Sprecher von Greenpeace", "vom Bundesamt", "von der Polizei"; not "sprach ein
            # Beamter von einigen Bereichen": an indefinite or quantified phrase is no attribute.
            nxt = toks[i + 1][0]
            if w == "von" and (nxt.lower() in _INDEFINITE_DETS or (nxt[:1].islower() and nxt.lower() not in _DETS)):
                sub = None
            else:
                sub = noun_phrase_end(text, toks[i + 1][1], genitive=True, dates=dates)
                sub_head = _tokens(text, sub[1])[0][0].lower() if sub is not None else ""
                if not dates and (sub_head in _TIME_HEADS or _DAY_TIME_RE.match(sub_head)):
                    sub = None  # "eine Erklärung vom Dienstagabend": a date, no attribute
        else:
            sub = None
        if sub is not None:
            end = sub[0]
    return end, head_at


def _phrase_start_before(text: str, end: int) -> int | None:
    """text and the end of a noun phrase ("… der Polizei| zufolge") -> where that phrase starts, or None."""
    toks = [t for t in _tokens(text[:end], max(0, end - _PHRASE_WINDOW // 2)) if t[1] + len(t[0]) <= end]
    best = None
    for k in range(len(toks) - 1, max(-1, len(toks) - 12), -1):
        w, off = toks[k]
        got = noun_phrase_end(text, off)
        if got is not None and got[0] == end:
            best = off
        # Walk back over the phrase only: stop at a word that cannot be inside a noun phrase.
        if not (_is_head(w) or w.lower() in _DETS or _is_adj(w) or _NUM_RE.match(w)
                or w.lower() in ("von", "vom", "aus", "am", "im") or w.startswith("(") or w in _OPENING_MARKS + _CLOSING_MARKS):
            break
    return best


# A personal name in apposition, closed by a comma: ", Max Roth,".
_NAME_APPOSITION_RE = re.compile(
    r",\s*(?P<name>[A-ZÄÖÜ][a-zäöüßéèáóíúçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][a-zäöüßéèáóíúçñ'’]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2})\s*,"
)
_LAUT_RE = re.compile(r"(?<![\w-])(?:[Ll]aut|[Gg]emäß)\s+")
_NACH_RE = re.compile(r"(?<![\w-])[Nn]ach\s+")
_ZUFOLGE_RE = re.compile(r"\s+zufolge(?![\w-])")
_POSS_NACH_RE = re.compile(
    r"(?<![\w-])(?P<np>(?:[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen|[Uu]nserer|[Mm]einer|[Dd]em)\s+(?P<noun>\w+))\s+nach(?![\w-])"
)


def attributions(sent: str) -> list[Attribution]:
    """A sentence -> its prepositional attributions (laut X, nach Angaben X, X zufolge, seiner Ansicht nach)."""
    found: list[Attribution] = []
    for m in _LAUT_RE.finditer(sent):
        got = noun_phrase_end(sent, m.end())
        if got is None:
            continue
        end, _ = got
        app = _NAME_APPOSITION_RE.match(sent, end)
        if app is not None:
            end = app.end("name")  # "Laut dem Sprecher des Ministers, Max Roth, …": the name belongs to it
        found.append(Attribution(m.start(), end, m.group().strip().lower(), sent[m.end() : end], m.end()))
    for m in _NACH_RE.finditer(sent):
        got = noun_phrase_end(sent, m.end())
        if got is None:
            continue
        end, head = got
        head_word = _tokens(sent, head)[0][0]
        if not SOURCE_HEAD_RE.search(head_word.split("-")[-1]):
            continue
        found.append(Attribution(m.start(), end, "nach", sent[m.end() : end], m.end()))
    for m in _ZUFOLGE_RE.finditer(sent):
        start = _phrase_start_before(sent, m.start())
        if start is None:
            continue
        found.append(Attribution(start, m.end(), "zufolge", sent[start : m.start()], start))
    for m in _POSS_NACH_RE.finditer(sent):
        if m.group("noun").lower() not in _OPINION_NOUNS:
            continue
        if any(a.start <= m.start() < a.end for a in found):
            continue
        found.append(Attribution(m.start(), m.end(), "nach", m.group("np"), m.start()))
    found.sort(key=lambda a: a.start)
    return found


# --- Subjects of speech verbs -------------------------------------------------------------

_PREPOSITIONS = frozenset(
    "am im in an auf bei nach vor seit während zu zum zur von vom aus mit über unter gegen für um "
    "durch ohne ab bis gegenüber entlang innerhalb außerhalb seitens mittels statt anstatt dank trotz "
    "wegen angesichts laut gemäß zufolge hinter neben zwischen beim ins ans aufs fürs ums vonseiten "
    "nahe jenseits anlässlich infolge binnen".split()
)
_SUBORDINATORS = frozenset(
    "als wenn nachdem weil da obwohl obgleich während bevor seit seitdem sobald falls damit indem "
    "sodass wie ob dass daß um ehe solange wo wobei wodurch womit wonach worauf".split()
)
_CONNECTIVES = frozenset("und aber doch denn oder sondern".split())
_RELATIVES = frozenset("der die das welcher welche welches".split())
_RELATIVE_FORMS = frozenset("der die das dem den denen deren dessen welcher welche welchem welchen".split())
_PRONOUN_SUBJECTS = frozenset("er sie ich wir du dieser diese jener jene beide niemand jemand".split())
# Focus particles attach to the phrase after them ("Auch sie forderten", "Selbst der Minister sagte").
# Quantifiers after a determiner: "die beiden Minister", "die meisten Anwohner".
_QUANTIFIERS = frozenset("beiden meisten vielen wenigen einzigen".split())
_DAY_TIME_RE = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:abend|morgen|mittag|nachmittag|vormittag|nacht)s?$"
)
_PRONOMINAL_ADVERB_RE = re.compile(
    r"^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$"
)
_QUANTITY_NOUNS = frozenset("prozent teil mehrheit hälfte drittel viertel rest großteil gruppe".split())
_PARTITIVES = frozenset("einer eine eines keiner keine jeder jede viele einige manche alle beide mehrere".split())
_FOCUS = frozenset("auch nur selbst sogar gerade besonders insbesondere ebenfalls zudem".split())
# Determiners that never open a subject: accusative and dative forms.
_NON_NOMINATIVE = frozenset(
    "den dem einen einem ihren ihrem seinen seinem meinen meinem unseren unserem diesen diesem "
    "jenen jenem keinen keinem".split()
)
_NO_SPEAKER = frozenset("es man sich das dies was".split())
# Heads that make a phrase a time or date, never a speaker ("Ende Dezember", "am Montag").
_TIME_HEADS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april "
    "mai juni juli august september oktober november dezember ende anfang mitte beginn jahr jahres "
    "jahren woche wochen tag tage tagen tages nacht morgen abend mittag vormittag nachmittag "
    "wochenende frühjahr sommer herbst winter zeit zeitpunkt stunde stunden minuten monat monaten "
    "monate uhr vorjahr vortag vorabend vorfeld verlauf laufe zuge rahmen".split()
)
# Sentence adverbs that can stand first, capitalised, without being a subject ("Tatsächlich sagte er").
_ADVERB_SUFFIX_RE = re.compile(r"(?:lich|weise|mals|dings|falls|wärts|dessen|seits|halber|maßen)$")
_ADVERBS = frozenset(
    "aktuell bisher zunächst ebenso ebenfalls derzeit zuvor damals kürzlich jüngst gestern heute morgen "
    "vorgestern nun jetzt dann danach dabei dazu zudem außerdem hingegen dagegen jedoch allerdings "
    "trotzdem dennoch deshalb daher deswegen darum somit also inzwischen mittlerweile unterdessen indes "
    "indessen bereits schon noch erst auch nur sogar vor allem insbesondere zuletzt zuerst erstmals "
    "erneut wieder wiederholt immer nie niemals oft häufig stets meist meistens anschließend später "
    "früher vorher nachher hier dort da so doch etwa rund fast kaum wohl gern gerne lange längst "
    "bald sofort gleich direkt offen klar deutlich scharf heftig massiv eindringlich laut leise "
    "unmissverständlich ausdrücklich nochmals abermals zugleich gleichzeitig insgesamt überhaupt "
    "weiter weiterhin ferner überdies obendrein immerhin schließlich letztlich endlich plötzlich "
    "ebenda andererseits einerseits umgekehrt stattdessen vielmehr genauso desgleichen hierzu "
    "hierbei hiermit damit darauf darüber daraufhin demnach demzufolge folglich infolgedessen "
    "zwar gar selbst allein bislang vorerst vorab eingangs abschließend ergänzend zusätzlich "
    "konkret kritisch optimistisch pessimistisch skeptisch zuversichtlich besorgt gegenüber "
    "wörtlich sinngemäß öffentlich gemeinsam einst jeweils dort bekanntlich nämlich ohnehin".split()
)
_AUX = frozenset(
    "hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird werden "
    "wurde wurden werde würde würden worden kann können konnte konnten könne könnte könnten muss "
    "müssen musste mussten müsse müsste will wollen wollte wollten wolle soll sollen sollte sollten "
    "solle darf dürfen durfte dürfe dürfte mag möchte möchten ließ ließen lässt".split()
)
_PASSIVE_AUX = frozenset("wird werden wurde wurden worden werde würde würden".split())


def speech_verbs_before(text: str, end: int) -> bool:
    """Whether a speech verb occurs in text before end."""
    return any(w in SPEECH_VERBS for w in re.findall(r"[a-zäöüß]+", text[:end]))


def _is_adverb(tok: str) -> bool:
    """Whether a word is an adverb or adverbial (also when capitalised at the start of a sentence)."""
    low = tok.lower()
    if low in _ADVERBS or low in _PREPOSITIONS or low in _SUBORDINATORS or low in _CONNECTIVES:
        return True
    if _PRONOMINAL_ADVERB_RE.match(low):
        return True  # "Daran", "Darüber", "Hierzu"
    return tok[:1].isupper() and (bool(_ADVERB_SUFFIX_RE.search(low)) and len(low) > 5
                                  or low.endswith("ig") and len(low) > 7)


def speaker_phrase(text: str, start: int) -> tuple[int, int] | None:
    """A noun phrase or subject pronoun at start -> (start, end) in text, else None.

    Coordinated phrases count as one ("Der Bürgermeister und Justizsenator", "Polizei und Feuerwehr").
    """
    toks = _tokens(text, start)
    if not toks:
        return None
    w, off = toks[0]
    low = w.lower()
    nxt = toks[1][0] if len(toks) > 1 else ""
    followed_by_noun = bool(nxt) and (_is_head(nxt) or _is_adj(nxt))
    if low in _PRONOUN_SUBJECTS and not (followed_by_noun and low not in ("er", "sie", "ich", "wir", "du")):
        return off, off + len(w)
    if low in _NO_SPEAKER and not (low in _DETS and followed_by_noun):
        return None
    if w[:1].isupper() and (_is_adverb(w) or low in _VERBISH) and low not in _DETS:
        return None  # "Tatsächlich sagte er", "Kämen sie dem nicht nach": no phrase
    if low in ("des", "im") and nxt.lower() in ("weiteren", "übrigen", "folgenden", "wesentlichen"):
        return None  # "Des Weiteren", "Im Übrigen": adverbials
    if low in ("sowohl", "weder", "entweder") and nxt:
        # "Sowohl die Nato als auch die USA": the coordination is the phrase.
        got = speaker_phrase(text, toks[1][1])
        if got is None:
            return None
        tail = re.match(r"\s+(?:als\s+auch|noch|oder)\s+", text[got[1] :])
        other = speaker_phrase(text, got[1] + tail.end()) if tail else None
        return (off, other[1] if other else got[1])
    if low in _PARTITIVES and nxt.lower() in ("der", "des", "dieser", "seiner", "ihrer", "unserer"):
        # "Einer der beteiligten Feuerwehrmänner", "Keiner der Anwohner": a pronoun with its genitive.
        sub = noun_phrase_end(text, toks[1][1])
        return (off, sub[0]) if sub is not None else None
    got = noun_phrase_end(text, off, dates=False)
    if got is None:
        return None
    end, head = got
    head_words = [t[0].lower() for t in _tokens(text, head) if t[1] < end][:3]
    # The first head word decides: "Ende Dezember" is a time, "Baudezernent Paul Winter" a person.
    if any(h in _TIME_HEADS or _DAY_TIME_RE.match(h) for h in head_words[:1]) or _NUM_RE.match(head_words[0]):
        return None
    more = _tokens(text, end)
    if len(more) > 1 and more[0][0] in ("und", "sowie") and (_is_head(more[1][0]) or more[1][0].lower() in _DETS):
        other = noun_phrase_end(text, more[1][1])
        if other is not None:
            end = other[0]
    return off, end


def _skip_adverbials(text: str, start: int, limit: int = 10) -> int:
    """text and an offset after a verb -> offset of the first token that is not an adverbial."""
    pos = start
    for _ in range(limit):
        toks = _tokens(text, pos)
        if not toks:
            return pos
        w, off = toks[0]
        low = w.lower()
        if low in _PREPOSITIONS and low not in ("laut",):
            got = noun_phrase_end(text, toks[1][1], genitive=True) if len(toks) > 1 else None
            if got is None:
                return off
            pos = got[0]
            # A postposition closes the phrase: "dem Spiegel gegenüber".
            nxt = _tokens(text, pos)
            if nxt and nxt[0][0].lower() in ("gegenüber", "zufolge"):
                pos = nxt[0][1] + len(nxt[0][0])
            continue
        if (low in _ADVERBS or _NUM_RE.match(w) or low in ("nicht", "sich")) and low not in _DETS:
            pos = off + len(w)
            continue
        if not w[:1].isupper() and _ADVERB_SUFFIX_RE.search(low) and low not in _DETS:
            pos = off + len(w)
            continue
        if _is_head(w) and w.lower() in _TIME_HEADS:
            got = noun_phrase_end(text, off, genitive=False)
            pos = got[0] if got else off + len(w)
            continue
        if low in _DETS and len(toks) > 1 and toks[1][0].lower() in _TIME_HEADS:
            pos = toks[1][1] + len(toks[1][0])
            continue
        return off
    return pos


def subject_after(text: str, start: int) -> tuple[int, int] | None:
    """text and the offset after an inverted verb ("…, sagte am Montag der Minister") -> subject span."""
    pos = _skip_adverbials(text, start)
    toks = _tokens(text, pos)
    if not toks or toks[0][0] in ",;:.!?":
        return None
    return without_dative(text, speaker_phrase(text, toks[0][1]))


def without_dative(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject phrase -> the same without a "der" phrase after a bare name, which is a dative
    object, not an attribute ("Darin schlägt Moskau der Nato vor", "wie Roth der Zeitung sagte")."""
    if span is None:
        return None
    toks = _tokens(text[: span[1]], span[0])
    if len(toks) > 2 and toks[1][0] == "der" and toks[0][0][:1].isupper():
        w = toks[0][0].lower()
        if not w.endswith(ROLE_SUFFIXES + SPEAKING_BODIES + ("er", "en", "e", "n")) and w not in _QUANTITY_NOUNS:
            return span[0], toks[0][1] + len(toks[0][0])
    return span


def _is_plural_phrase(words: list[str]) -> bool:
    """Whether a noun phrase is plainly plural ("die Äußerungen", "Die Behörden")."""
    if not words or words[0].lower() != "die":
        return False
    # The head is the first noun; a capitalised place adjective before it does not count ("Die
    # Frankfurter Rundschau" -> "Rundschau"; "Die Zeitung „Yemen Observer“" -> "Zeitung").
    caps = [w.strip("„“\"»«") for w in words[1:] if w.strip("„“\"»«")[:1].isupper()]
    head = caps[0] if caps else ""
    if len(caps) > 1 and head.endswith("er") and words[1] == head:
        head = caps[1]
    return bool(re.search(r"(?:ungen|ionen|heiten|keiten|schaften|innen|ler|er|en)$", head)) and not head.endswith(("ung", "ion"))


def _finite_verb_after_first(text: str, toks: list[tuple[str, int]]) -> int | None:
    """Tokens of a main clause -> index of its finite verb (after an adverbial or phrase first position)."""
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i][0]
        low = w.lower()
        if i > 0 and (low in _AUX or w in SPEECH_VERBS) and not (toks[i - 1][0].lower() in _DETS):
            return i
        attributive = _is_adj(w) and i + 1 < n and (_is_head(toks[i + 1][0]) or _is_adj(toks[i + 1][0]))
        if i > 0 and w[:1].islower() and low not in _DETS and low not in _PREPOSITIONS and not attributive \
                and toks[i - 1][0].lower() not in _PREPOSITIONS \
                and low not in _ADVERBS and not _NUM_RE.match(w) and low not in ("und", "sowie", "oder") \
                and low not in NUMBER_WORDS \
                and low not in _PRONOUN_SUBJECTS and low not in _NO_SPEAKER:
            return i
        i += 1
    return None


def main_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The main clause text[start:end] -> the span of its subject, else None."""
    toks = [t for t in _tokens(text, start) if t[1] < end]
    while toks and toks[0][0].lower() in _CONNECTIVES:
        toks = toks[1:]
    # A focus particle belongs to the phrase after it: "Auch der Minister will …".
    while len(toks) > 1 and toks[0][0].lower() in _FOCUS and (
            toks[1][0].lower() in _DETS or toks[1][0].lower() in _PRONOUN_SUBJECTS
            or _is_head(toks[1][0]) and not _is_adverb(toks[1][0])):
        toks = toks[1:]
    if not toks:
        return None
    w = toks[0][0]
    if not (_is_adverb(w) and w.lower() not in _DETS) and w.lower() not in _SUBORDINATORS:
        got = speaker_phrase(text, toks[0][1])
        if got is not None:
            rest = [t for t in toks if t[1] >= got[1]]
            if not rest or rest[0][0] in ",:" or rest[0][0][:1].islower() and not _fronted_object(text, got, rest):
                return got
    k = _finite_verb_after_first(text, toks)
    if k is None:
        return None
    return subject_after(text, toks[k][1] + len(toks[k][0]))


def _fronted_object(text: str, phrase: tuple[int, int], rest: list[tuple[str, int]]) -> bool:
    """Whether a clause-initial phrase is an object: accusative/dative article, or a subject pronoun
    right after the finite verb ("Den Unmut … brachte die Sprecherin", "Das Angebot lehnt er ab")."""
    first = text[phrase[0] : phrase[1]].split()[0].lower()
    if first in _NON_NOMINATIVE:
        return True
    if first in _PRONOUN_SUBJECTS:
        return False
    return len(rest) > 1 and rest[1][0].lower() in ("er", "ich", "wir")


def subject_before(text: str, start: int, verb_start: int, verb: str,
                   names: frozenset[str] = frozenset()) -> tuple[int, int] | None | bool:
    """The clause text[start:verb_start] before a verb -> its subject span, None if there is none,
    False if the subject follows the verb (the first position holds an adverbial or an object)."""
    toks = [t for t in _tokens(text, start) if t[1] < verb_start]
    tail = [t for t in toks if not _is_adverb(t[0]) or t[0].lower() in ("und", "sowie", "oder")]
    if len(toks) > 1 and tail and tail[-1][0].lower() in ("und", "sowie", "oder"):
        # "… zogen die Demonstranten durch die Stadt und skandierten …": one subject for both verbs;
        # after a reported clause ("Er sagte, Europa brauche X und fügte hinzu") the sentence's.
        if start > 0 and speech_verbs_before(text, start):
            return main_subject(text, 0, tail[-1][1])
        got = main_subject(text, start, tail[-1][1])
        if got is None and start > 0 and text[start:].lstrip()[:1].islower():
            # "X, Sprecher von Y, dankte … und ergänzte": the verbs share the sentence's subject.
            return main_subject(text, 0, tail[-1][1])
        return got
    while toks and (toks[0][0].lower() in _CONNECTIVES or toks[0][0].lower() in _FOCUS and len(toks) > 1
                    and (_is_head(toks[1][0]) or toks[1][0].lower() in _DETS | _PRONOUN_SUBJECTS)):
        toks = toks[1:]
    if not toks:
        return False
    w, off = toks[0]
    low = w.lower()
    if low == "als" and len(toks) > 1 and (_is_head(toks[1][0]) or toks[1][0].lower() in _DETS):
        return False  # "Als Begründung sagte er": a predicative, not a clause
    if low in _SUBORDINATORS and (low != "da" or len(toks) > 1 and toks[1][0].lower() in _PRONOUN_SUBJECTS | _DETS):
        # "…, indem er sagte": the subject follows the subordinator.
        return subject_after(text, toks[1][1]) if len(toks) > 1 else None
    if low in _RELATIVES and len(toks) == 1:
        return None
    after_comma = text[:start].rstrip().endswith(",")
    if after_comma and low in _PREPOSITIONS and len(toks) > 2 and toks[1][0].lower() in _RELATIVE_FORMS \
            and (toks[2][0].lower() in _PRONOUN_SUBJECTS or toks[2][0].lower() in _DETS):
        # "…, in denen er X als Krankheit bezeichnet hatte": the subject follows the relative.
        return subject_after(text, toks[1][1] + len(toks[1][0]))
    if after_comma and low in _PREPOSITIONS and len(toks) > 3 and toks[1][0].lower() in ("dessen", "deren") \
            and (toks[3][0].lower() in _PRONOUN_SUBJECTS or toks[3][0].lower() in _DETS):
        # "…, in dessen Folge das Gericht festgestellt hatte": past the relative phrase.
        return speaker_phrase(text, toks[3][1])
    if _is_adverb(w) or low in _AUX or low in _TIME_HEADS:
        # Adverbial first ("Am Montag hat der Minister erklärt", "Ende Dezember hatte der Minister
        # erklärt"): subject after the finite verb.
        fin = next((t for t in toks if t[0].lower() in _AUX), None)
        if fin is not None:
            return subject_after(text, fin[1] + len(fin[0]))
        return False
    got = speaker_phrase(text, off)
    if got is None:
        return False
    s, e = got
    words = text[s:e].split()
    if words[0].lower() in _NON_NOMINATIVE or _oblique_der(words):
        return False  # a fronted object ("Den Unmut …", "Der örtlichen Zeitung sagte er"); the subject follows
    after = _tokens(text, verb_start + len(verb))
    personal = any(w.lower().endswith(ROLE_SUFFIXES + SPEAKING_BODIES) or w in names for w in words)
    if after and words[0].lower() not in _PRONOUN_SUBJECTS and not personal:
        nxt = after[0][0]
        # "Die Tat bezeichnete er als sinnlos", "Eine Verschiebung bezeichnete Conze als fatal":
        # a pronoun or a known person right after the verb is the subject; the phrase is the object.
        if nxt.lower() in ("er", "ich", "wir") or (nxt in names and not (len(after) > 1 and _is_head(after[1][0]) and after[1][0] not in names)):
            return False
    rest = [t for t in toks if t[1] >= e]
    if not rest and verb and not verb.endswith(("en", "n")) and _is_plural_phrase(words):
        return False  # "Die Äußerungen … bezeichnete Wiefelspütz als …": number mismatch
    return got


def _oblique_der(words: list[str]) -> bool:
    """Whether a phrase is "der"/"des" with an adjective in -en: dative or genitive, never a subject
    ("der örtlichen Zeitung"; the nominative would be "der örtliche …", "die örtliche Zeitung")."""
    return len(words) > 2 and words[0].lower() in ("der", "des") and words[1][:1].islower() \
        and words[1].endswith("en") and _is_adj(words[1])


def is_passive(clause: str, verb: str) -> bool:
    """Whether a cue participle stands in a passive clause ("wurde vorgeworfen", "wird kritisiert")."""
    if not re.search(r"(?:t|en)$", verb):
        return False
    words = {w.lower() for w in re.findall(r"\w+", clause)}
    return bool(words & _PASSIVE_AUX)


_AGENT_RE = re.compile(r"(?:^|(?<![A-ZÄÖÜ][\w-]\s)(?<![A-ZÄÖÜ][\w-]{2}\s)(?<=\s))(?:[Vv]on(?:\s+[Ss]eiten)?|[Vv]om|[Ss]eitens|[Vv]onseiten)\s+")
# A source fronted in an impersonal or passive clause: "Aus Paris hieß es", "Im Bericht … heißt es".
_FRONTED_SOURCE_RE = re.compile(r"^\W*(?:So\s+)?(?:[Aa]us|[Ii]n|[Ii]m|[Aa]uf|[Bb]ei|[Bb]eim)\s+")
# A document named as the place of the words: "wird in einer Pressemitteilung gefordert".
_DOCUMENT_SOURCE_RE = re.compile(
    r"(?<![\w-])(?:in|im)\s+(?=(?:einer|einem|der|dem|seiner|ihrer)\s+(?:\w+\s+){0,2}?[\w-]*(?:[Ee]rklärung|"
    r"[Mm]itteilung|[Bb]ericht|[Ss]chreiben|[Bb]rief|[Ss]tellungnahme|[Ii]nterview|[Aa]ufruf|[Bb]eschluss)(?![\w-]))"
)


def agent_phrase(clause: str) -> tuple[int, int] | None:
    """A passive or impersonal clause -> span of who speaks in it ("von der Polizei", "seitens der
    Regierung", "Aus Paris hieß es", "In der Erklärung heißt es"), else None."""
    for m in (_AGENT_RE.search(clause), _FRONTED_SOURCE_RE.match(clause), _DOCUMENT_SOURCE_RE.search(clause)):
        got = speaker_phrase(clause, m.end()) if m is not None else None
        if got is not None:
            return got  # not "vom Dienstagabend": a time is no source
    return None


def subjects_after_fronted(text: str, phrase: tuple[int, int], end: int) -> list[tuple[int, int]]:
    """A clause whose first phrase is not its subject ("Jegliche Schuld weist der Minister von
    sich", "Das Angebot, …, lehnt er ab") -> candidate subjects after its finite verb."""
    out: list[tuple[int, int]] = []
    pos = _skip_adverbials(text, phrase[1])
    toks = [t for t in _tokens(text, pos) if t[1] < end]
    if toks and toks[0][0][:1].islower() and toks[0][0].lower() not in _DETS | _PREPOSITIONS | _SUBORDINATORS:
        got = subject_after(text, toks[0][1] + len(toks[0][0]))
        if got is not None and got[1] <= end:
            out.append(got)
    comma = text.rfind(",", phrase[1], end)
    if comma >= 0:
        toks = [t for t in _tokens(text, comma + 1) if t[1] < end]
        if toks and toks[0][0][:1].islower() and toks[0][0].lower() not in (
                _DETS | _PREPOSITIONS | _SUBORDINATORS | _RELATIVE_FORMS | _CONNECTIVES | _PRONOUN_SUBJECTS):
            got = subject_after(text, toks[0][1] + len(toks[0][0]))
            if got is not None and got[1] <= end:
                out.append(got)
    return out


def phrase_before(text: str, end: int) -> tuple[int, int] | None:
    """text and an offset right after a noun phrase ("… Max Roth|, der sagte") -> that phrase's span."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = _phrase_start_before(text, end)
    return (start, end) if start is not None else None


# Adverbs that never end a noun phrase ("John Edwards dagegen, …").
ADVERBS = _ADVERBS


def has_content_word(clause: str) -> bool:
    """Whether a clause holds a lower-case word that is not a determiner, preposition or connective
    (a verb, adverb or adjective): "Max Roth, Obmann der Fraktion im Ausschuss" holds none."""
    return any(w[:1].islower() and w.lower() not in _DETS | _PREPOSITIONS | _CONNECTIVES | _NAME_PARTICLES
               for w, _ in _tokens(clause) if w[:1].isalpha())
