"""Quotes: direct and indirect speech in article bodies, with their speakers.

Rule-based, pure Python. Direct quotes come from paired quotation marks (every German
convention, mixed pairs tolerated, unbalanced marks dropped at the paragraph end); indirect
quotes from speech-verb cues with a dass-/Konjunktiv-clause, prepositional attribution (laut X,
nach Angaben von X, X zufolge, so X, wie X sagte) and Konjunktiv continuation sentences.

A quote interrupted by its attribution („Wir …“, sagte er, „und …“) yields two rows, one per
part, with the same speaker, so that `text == body[start_char:end_char]` holds for every row.
A partial quote inside indirect speech yields both the indirect quote and the direct part.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import dataclass

import polars as pl

from transforms.quote_cues import (
    DETERMINERS,
    KONJ_RE,
    NON_SUBJECT_STARTERS,
    PARTICLE_VERBS,
    PARTICLES,
    PRONOUNS,
    ROLE_SUFFIXES,
    SPEECH_VERB_RE,
)
from transforms.schemas import QUOTES, conform, empty_frame

# Opening mark -> the closing marks accepted for it (scrapers mix conventions).
_CLOSERS: dict[str, str] = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
    "“": "”\"",
    "\"": "\"“”",
}
_MARK_RE = re.compile(r"[„“”\"»«‚‘’›‹]")
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
_MAX_QUOTE_CHARS = 3000

_ABBREVIATIONS = frozenset(
    "z.B bzw ca dr prof nr str st vgl u.a etc usw inkl evtl ggf mio mrd jan feb mär apr jun jul "
    "aug sep sept okt nov dez hl abs art bzw co jr sr mr mrs ing dipl mag gen min".split()
)
_MONTHS = frozenset(
    "januar februar märz april mai juni juli august september oktober november dezember".split()
)
_SENT_END_RE = re.compile(r"[.!?…]+[\"“”«»‹›‘’)]*(?=\s)|\n")
_TOKEN_RE = re.compile(r"[\w][\w\-.'’]*[\w]|[\w]", re.UNICODE)
_TEASER_RE = re.compile(
    r"(?i)(lesen sie|mehr zum thema|auch interessant|siehe auch|weiterlesen|zum artikel|"
    r"video:|bildergalerie|kommentar:|interview:|titel|buch|film|roman|album|zeitung|magazin|"
    r"sendung|motto|schlagzeile|unter der überschrift|namens|genannt|sogenannte)\W*$"
)
_NACH_NOUNS = (
    r"(?i:\w*(?:angaben|aussagen?|bericht(?:e|en)?|informationen|ansicht|auffassung|meinung|darstellung|"
    r"worten|einschätzung|schätzungen|erkenntnisse[n]?|meldunge?n?|mitteilung|auskunft|"
    r"recherchen|ermittlungen|untersuchungen|ergebnissen|prognosen|daten|zählung|umfrage))"
)
_INTRO_PREP_RE = re.compile(
    r"^(?P<prep>Laut|Nach\s+(?:(?:den|dem|der|eigenen|ersten|offiziellen|vorläufigen|"
    r"bisherigen|neuesten|jüngsten|übereinstimmenden|unbestätigten|inoffiziellen)\s+)*"
    + _NACH_NOUNS + r"|Gemäß|Wie)\s+"
)
_MID_NACH_RE = re.compile(r"(?<![\w-])nach\s+(?:(?:den|dem|der|eigenen|offiziellen|ersten)\s+)*" + _NACH_NOUNS + r"\s+")
_DEMNACH_RE = re.compile(r"^(?:Demnach|Danach|Dem\s+\w+\s+zufolge|Darin\s+heißt\s+es)\b")
_ZUFOLGE_RE = re.compile(r"(?<![\w-])zufolge(?![\w-])")
_LAUT_RE = re.compile(r"(?<![\w-])(?:laut|gemäß)\s+")
_SO_RE = re.compile(r",\s+so\s+(?=\S)")
_CLAUSE_START_RE = re.compile(r"^\s*(?:dass|daß|ob|wonach)\b")
_ZU_INF_RE = re.compile(r"(?:\bzu\s+\w+|\b\w+zu\w+en)(?:\s+(?:haben|sein|werden|lassen))?\s*[.!?]?\s*$")
_CAP_RE = re.compile(r"^[A-ZÄÖÜ]")
_ADJ_RE = re.compile(r"^[a-zäöüß][\w\-]*(?:e|en|er|es|em)$")
_SKIP_AFTER_VERB = frozenset(
    "am im an auf bei dazu damit darauf zudem außerdem auch noch nun jetzt dann später gestern "
    "heute morgen bereits schon weiter weiterhin ebenfalls abschließend zuvor einst erneut "
    "gegenüber vor in nach kürzlich jüngst zuletzt wörtlich sinngemäß sich etwa ferner "
    "abermals nochmals jedoch aber allerdings indes unterdessen".split()
)
_TITLE_FUNCTION_WORDS = frozenset(
    "in im am an auf bis der die das des dem den von vom für und oder mit zu zur zum über unter "
    "of the and for to on at a an de la le et y del da di du van".split()
)
_ENGLISH_FUNCTION_WORDS = frozenset("of the and for to on at".split())
_SUBORDINATORS = frozenset(
    "da weil als nachdem wenn obwohl während bevor seit seitdem sobald falls damit indem "
    "sodass wie ob dass".split()
)
# Quotation marks are tokens of their own so a speaker phrase never runs into a quote.
_NP_TOKEN_RE = re.compile(r"[^\s,;:.!?()„“”\"»«‚‘’›‹]+|[,;:.!?()„“”\"»«‚‘’›‹]")
_NOT_BEFORE_NAME = DETERMINERS | frozenset(
    "nach von vom mit bei in im am an auf aus für über unter gegen um zu zur zum durch ohne "
    "dieser diese dieses diesem diesen jeder jede alle".split()
)
_CONJ_RE = re.compile(r"^(?:Aber|Und|Doch|Denn|Oder|Sondern|Auch)\s+")
_NAME_PARTICLES = frozenset("von van de der zu del da di bin al el ibn".split())
_PERSON_RE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßéèáóíú]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:\s+(?:(?:von|van|de|zu|del|da|di|bin|al)\s+)?[A-ZÄÖÜ]\.?[a-zäöüßéèáóíú]*"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}(?![\w-])"
)
_ROLE_END_RE = re.compile(r"(?i:" + "|".join(ROLE_SUFFIXES) + r")$")
_WORD_RE = re.compile(r"[\w\-]+")
# A name right after a role noun: "Kreml-Sprecher Dmitri Peskow", "Außenminister Antony Blinken".
_NAME_AFTER_ROLE_RE = re.compile(
    r"\s+(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+(?:von|van|de|zu)?\s*[A-ZÄÖÜ][\w\-]+){1,2})"
)


@lru_cache(maxsize=65536)
def _is_role(word: str) -> bool:
    """Whether a word is a role noun or ends in one ("Kreml-Sprecher", "Bundeskanzlerin")."""
    return _ROLE_END_RE.search(word) is not None


# Verbs of reported speech whose object is the content ("sprach von", "kritisierte", "forderte").
_REPORTED_RE = re.compile(
    r"(?<![\w-])(?:sprach|sprachen|spricht|kritisierte|kritisierten|kritisiert|forderte|forderten|"
    r"fordert|warnte|warnten|warnt|bezeichnete|bezeichneten|bezeichnet|nannte|nannten|lobte|"
    r"würdigte|bestritt|dementierte|verurteilte|verurteilten|begrüßte|begrüßten|bekräftigte|"
    r"beklagte|beklagten|bedauerte|appellierte|plädierte|verlangte|verlangten|mahnte|versprach|"
    r"räumte|wies|warf|warfen|wirft|bestätigte|bestätigten|dementiert|beschuldigte)(?![\w-])"
)
_KONJ1_RE = re.compile(
    r"(?<![\w-])(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe|liege|gehe|"
    r"komme|bleibe|wisse|handle|handele|gelte|bestehe|fehle)(?![\w-])"
)


@dataclass
class _Quote:
    """One extracted quote before it becomes a row."""

    start: int
    end: int
    qtype: str
    cue: str | None
    mention: str | None
    mention_pos: int = -1


def _sentences(body: str) -> list[tuple[int, int]]:
    """body -> sentence (start, end) spans; abbreviations and dates do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(body):
        end = m.end()
        if m.group() != "\n":
            # The word before the period decides: "Dr.", "25. Mai", "z. B." are not ends.
            before = body[max(start, m.start() - 12) : m.start()].split()
            word = before[-1].lower() if before else ""
            after = body[end : end + 20].lstrip()
            next_word = after.split()[0].lower().strip(".,;:") if after else ""
            if m.group().startswith("."):
                if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
                if word.isdigit() and (next_word in _MONTHS or (after and after[0].islower())):
                    continue
            if after and after[0].islower():
                continue
        if body[start:end].strip():
            spans.append((start, end))
        start = end
    if body[start:].strip():
        spans.append((start, len(body)))
    # Trim leading whitespace so spans start at the first character of the sentence.
    out = []
    for s, e in spans:
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_opener(text: str, i: int) -> bool:
    """Whether the mark at i opens (start of text or after space/bracket, before a non-space)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{/-–—:;,") and not nxt.isspace()


def _is_closer(text: str, i: int) -> bool:
    """Whether the mark at i can close (after a non-space)."""
    return i > 0 and not text[i - 1].isspace()


def marked_spans(body: str) -> list[tuple[int, int]]:
    """body -> (start, end) of the text inside paired quotation marks, marks excluded.

    Marks are paired with a stack within each paragraph, so nested quotes („… ‚…‘ …“ or
    „… „…“ …“) stay inside their outer quote. Only outermost closed pairs are returned; an
    opener that never closes is a stray mark and is ignored, so one unbalanced mark cannot
    swallow the rest of the article, and pairs never cross a paragraph break.
    """
    spans: list[tuple[int, int]] = []
    para_start = 0
    bounds = [m.start() for m in _PARAGRAPH_RE.finditer(body)] + [len(body)]
    for para_end in bounds:
        stack: list[tuple[str, int]] = []
        closed: list[tuple[int, int]] = []
        for m in _MARK_RE.finditer(body, para_start, para_end):
            i, ch = m.start(), m.group()
            if stack and ch in _CLOSERS[stack[-1][0]] and _is_closer(body, i):
                _, open_pos = stack.pop()
                closed.append((open_pos + 1, i))
                continue
            # A closer for a mark further down the stack: the marks above it were strays.
            depth = next((k for k in range(len(stack) - 1, -1, -1) if ch in _CLOSERS[stack[k][0]]), None)
            if depth is not None and _is_closer(body, i) and not _is_opener(body, i):
                open_pos = stack[depth][1]
                del stack[depth:]
                closed.append((open_pos + 1, i))
                continue
            if ch in _CLOSERS and _is_opener(body, i):
                if ch in "‚›‹" and not (i + 1 < len(body) and body[i + 1].isalnum()):
                    continue
                stack.append((ch, i))
        closed.sort(key=lambda p: (p[0], -p[1]))
        outer_end = -1
        for qs, qe in closed:
            if qe <= outer_end:
                continue  # nested inside an outer closed pair
            outer_end = qe
            if qe > qs and qe - qs <= _MAX_QUOTE_CHARS:
                spans.append((qs, qe))
        para_start = para_end
    return spans


def _tokens(text: str) -> list[str]:
    """text -> word tokens."""
    return _TOKEN_RE.findall(text)


def _is_title_like(inner: str) -> bool:
    """Whether a quoted span looks like a name or title: capitalised words, no clause end."""
    words = [w.strip("()„“‚‘\"'»«") for w in inner.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8:
        return False
    if inner.rstrip()[-1:] in ".!?,:;":
        return False
    if not (_CAP_RE.match(words[0]) or words[0][0].isdigit()):
        return False
    # German capitalises every noun, so "Gefahr für Leib und Leben" is a quote: function words
    # only count as neutral in names with digits or English words ("Front of Democracy").
    foreign = any(w.lower() in _ENGLISH_FUNCTION_WORDS or any(c.isdigit() for c in w) for w in words)
    content = [w for w in words if not (foreign and w.lower() in _TITLE_FUNCTION_WORDS)]
    if not content:
        return False
    return all(_CAP_RE.match(w) or not w[0].isalpha() for w in content)


def _np_at(text: str, base: int, skip_adverbials: bool) -> tuple[str, int] | None:
    """Text after a cue -> (noun phrase naming the speaker, its absolute offset) or None."""
    toks = [(m.group(), m.start()) for m in _NP_TOKEN_RE.finditer(text)]
    i = 0
    if skip_adverbials:
        # "sagte am Montag in Berlin der Minister": skip adverbials up to the subject.
        while i < len(toks) and i < 8:
            w = toks[i][0]
            if w.lower() in _SKIP_AFTER_VERB or w in PARTICLES or (w.isdigit()):
                i += 1
                # A preposition takes its object along: skip one determiner + noun.
                if w.lower() in ("am", "im", "an", "auf", "bei", "vor", "in", "nach", "gegenüber"):
                    while i < len(toks) and (toks[i][0].lower() in DETERMINERS or _ADJ_RE.match(toks[i][0])):
                        i += 1
                    if i < len(toks) and _CAP_RE.match(toks[i][0]):
                        i += 1
                continue
            break
    if i >= len(toks):
        return None
    first = toks[i][0]
    if first.lower() in PRONOUNS:
        if first.lower() in ("es", "man"):
            return None
        return first, base + toks[i][1]
    j = i
    seen_head = False
    while j < len(toks):
        w = toks[j][0]
        lw = w.lower()
        if lw in DETERMINERS and (not seen_head or j + 1 < len(toks) and _CAP_RE.match(toks[j + 1][0])):
            # Genitive attribute ("der Sprecher des Ministeriums") continues the phrase.
            if seen_head and lw not in ("des", "der"):
                break
            j += 1
            continue
        if _CAP_RE.match(w) or (seen_head and lw in _NAME_PARTICLES and j + 1 < len(toks) and _CAP_RE.match(toks[j + 1][0])):
            seen_head = True
            j += 1
            continue
        if not seen_head and (_ADJ_RE.match(w) or re.match(r"^[a-zäöüß]+(?:ige|ische|liche|ierte)", w)):
            j += 1
            continue
        break
    if not seen_head or j - i > 9:
        return None
    start = toks[i][1]
    end = toks[j - 1][1] + len(toks[j - 1][0])
    return text[start:end], base + start


def _subject_before(text: str, base: int) -> tuple[str, int] | None:
    """Clause text before a speech verb -> (its subject, absolute offset) when it starts the clause."""
    stripped = text.lstrip(" ,;:–—-")
    # A leading coordinating conjunction does not fill the first position: "Aber Zeitungen berichteten".
    conj = _CONJ_RE.match(stripped)
    if conj:
        stripped = stripped[conj.end() :]
    offset = len(text) - len(stripped)
    words = stripped.split()
    if not words:
        return None
    if words[0].lower().strip(",") in NON_SUBJECT_STARTERS:
        return None
    found = _np_at(stripped, base + offset, skip_adverbials=False)
    return found


def _speaker_for_verb(sent: str, s0: int, vstart: int, vend: int) -> tuple[str, int] | None:
    """A sentence and its speech verb position -> the speaker phrase (subject before or after)."""
    before = sent[:vstart]
    # Last clause before the verb: the subject of "X sagte" sits after the last comma/colon/mark.
    cut = max(before.rfind(","), before.rfind(":"), before.rfind("“"), before.rfind("«"),
              before.rfind("\""), before.rfind("»"), before.rfind(";"))
    clause = before[cut + 1 :] if cut >= 0 else before
    clause_base = s0 + (cut + 1 if cut >= 0 else 0)
    if clause.strip():
        found = _subject_before(clause, clause_base)
        if found is not None:
            return found
    elif cut >= 0 and before[cut] == "," and before[:cut].rstrip()[-1:] not in "“”\"«»‹›‘’":
        # "Die Sprecherin der Stiftung, Heike van Laak, sagte": the apposition ends at the verb,
        # the subject starts the sentence.
        found = _subject_before(before, s0)
        if found is not None:
            return found
    return _np_at(sent[vend:], s0 + vend, skip_adverbials=True)


def _is_cue_verb(sent: str, m: re.Match[str]) -> bool:
    """Whether a speech-verb match is a cue (particle verbs need their particle in the clause)."""
    w = m.group()
    if w in PARTICLE_VERBS:
        rest = sent[m.end() :]
        clause = re.split(r"[,:;]", rest, maxsplit=1)[0]
        last = clause.split()[-1].strip(".!?") if clause.split() else ""
        return last in PARTICLES
    return True


def _cue_text(sent: str, m: re.Match[str]) -> str:
    """A verb match -> the cue as written, with its particle when it has one ("teilte mit")."""
    w = m.group()
    if w in PARTICLE_VERBS:
        clause = re.split(r"[,:;]", sent[m.end() :], maxsplit=1)[0].split()
        if clause:
            return f"{w} {clause[-1].strip('.!?')}"
    return w


def _indirect_in_sentence(sent: str, s0: int, direct: list[tuple[int, int]]) -> _Quote | None:
    """One sentence -> its indirect quote, if a cue governs a reported clause."""
    def inside_direct(pos: int) -> bool:
        return any(a <= pos < b for a, b in direct)

    # 1. Sentence-initial attribution: "Laut X ...", "Nach Angaben von X ...", "Wie X sagte, ...".
    m = _INTRO_PREP_RE.match(sent)
    if m:
        prep = m.group("prep")
        if prep == "Wie":
            comma = sent.find(",", m.end())
            vm = SPEECH_VERB_RE.search(sent, m.end(), comma if comma > 0 else len(sent))
            if comma > 0 and vm:
                np_ = _np_at(sent[m.end() : vm.start()], s0 + m.end(), skip_adverbials=True)
                return _Quote(s0 + comma + 1, s0 + len(sent), "indirect", f"wie {vm.group()}",
                              np_[0] if np_ else None, np_[1] if np_ else -1)
            return None
        rest = sent[m.end() :]
        base = s0 + m.end()
        if prep.startswith("Nach"):
            # "Nach Angaben der Polizei …", "Nach Angaben aus Khartum …", "Nach Zeugenaussagen …".
            rest_m = re.match(r"(?:von|aus|vom)\s+", rest)
            if rest_m:
                rest, base = rest[rest_m.end() :], base + rest_m.end()
            elif not re.match(r"(?:des|der|dem|eines|einer)\s+", rest):
                noun = prep.split()[-1]
                return _Quote(base, s0 + len(sent), "indirect", "nach", noun, s0 + m.start("prep") + prep.rfind(noun))
        np_ = _np_at(rest, base, skip_adverbials=False)
        if np_ is None:
            return None
        qstart = np_[1] - s0 + len(np_[0])
        return _Quote(s0 + qstart, s0 + len(sent), "indirect", prep.split()[0].lower(), np_[0], np_[1])
    # 2. "X zufolge ..." anywhere: the speaker is the phrase right before the postposition.
    zm = _ZUFOLGE_RE.search(sent)
    if zm and not inside_direct(s0 + zm.start()):
        head = sent[: zm.start()]
        words = list(re.finditer(r"\S+", head))[-5:]
        start_i = next((w.start() for w in words if w.group().lower() in DETERMINERS), None)
        if start_i is None and words:
            start_i = words[-1].start()
        if start_i is not None:
            np_ = _np_at(head[start_i:], s0 + start_i, skip_adverbials=False)
            if np_:
                return _Quote(s0, s0 + len(sent), "indirect", "zufolge", np_[0], np_[1])
    # 2b. "… nach Angaben der Polizei …" inside the sentence.
    nm = _MID_NACH_RE.search(sent)
    if nm and not inside_direct(s0 + nm.start()):
        rest = sent[nm.end() :]
        rest_m = re.match(r"(?:von|aus|vom)\s+", rest)
        off = nm.end() + (rest_m.end() if rest_m else 0)
        np_ = _np_at(sent[off:], s0 + off, skip_adverbials=False)
        if np_:
            return _Quote(s0, s0 + len(sent), "indirect", "nach", np_[0], np_[1])
    # 3. ", so X." after a reported clause.
    sm = _SO_RE.search(sent)
    if sm and not inside_direct(s0 + sm.start()):
        np_ = _np_at(sent[sm.end() :], s0 + sm.end(), skip_adverbials=False)
        if np_ and len(sent) - (np_[1] - s0 + len(np_[0])) < 40:
            return _Quote(s0, s0 + sm.start(), "indirect", "so", np_[0], np_[1])
    # 4. A speech verb governing a clause.
    for vm in SPEECH_VERB_RE.finditer(sent):
        if inside_direct(s0 + vm.start()) or not _is_cue_verb(sent, vm):
            continue
        cue = _cue_text(sent, vm)
        before = sent[: vm.start()].rstrip()
        # 4a. Inverted: "Y sei …, sagte X." — not after an apposition ("X, Sprecher von Y, sagte:")
        # nor after a fronted subordinate clause ("Da …, entschied der Pilot").
        after_verb = sent[vm.end() :].lstrip()
        if before.endswith(",") and len(before) > 15 and after_verb[:1] not in (",", ":", ""):
            clause = before[:-1]
            first = clause.split()[0].lower() if clause.split() else ""
            if first not in _SUBORDINATORS and (
                KONJ_RE.search(clause) or _CLAUSE_START_RE.match(clause) or len(clause.split()) >= 6
            ):
                np_ = _np_at(sent[vm.end() :], s0 + vm.end(), skip_adverbials=True)
                if np_ is not None:
                    return _Quote(s0, s0 + len(clause), "indirect", cue, np_[0], np_[1])
            continue
        # 4b. "X sagte(, dass) Y sei …": the reported clause follows the next comma or colon.
        after = sent[vm.end() :]
        sep = re.search(r"[,:]", after)
        if sep is None:
            continue
        clause_start = vm.end() + sep.end()
        clause = sent[clause_start:]
        between = after[: sep.start()]
        if len(between.split()) > 8:
            continue
        ok = (
            _CLAUSE_START_RE.match(clause)
            or KONJ_RE.search(clause)
            or _ZU_INF_RE.search(clause)
            or sep.group() == ":"
        )
        if not ok or len(clause.strip()) < 8:
            continue
        # The clause ends at the sentence end, or before a trailing direct quote's attribution.
        end = len(sent)
        while end > clause_start and sent[end - 1] in ".!? ":
            end -= 1
        cs = clause_start
        while cs < end and sent[cs] == " ":
            cs += 1
        np_ = _speaker_for_verb(sent, s0, vm.start(), vm.end())
        return _Quote(s0 + cs, s0 + end, "indirect", cue,
                      np_[0] if np_ else None, np_[1] if np_ else -1)
    # 5. "… laut X …" inside the sentence.
    lm = _LAUT_RE.search(sent)
    if lm and not inside_direct(s0 + lm.start()):
        np_ = _np_at(sent[lm.end() :], s0 + lm.end(), skip_adverbials=False)
        if np_:
            return _Quote(s0, s0 + len(sent), "indirect", "laut", np_[0], np_[1])
    return None


def _reported_in_sentence(sent: str, s0: int, direct: list[tuple[int, int]]) -> _Quote | None:
    """One sentence -> a reported-speech quote (X kritisierte Y, X sprach von Y): the whole sentence."""
    m = _REPORTED_RE.search(sent)
    if m is None or any(a <= s0 + m.start() < b for a, b in direct):
        return None
    np_ = _speaker_for_verb(sent, s0, m.start(), m.end())
    if np_ is None or np_[0].lower() in ("es", "man"):
        return None
    return _Quote(s0, s0 + len(sent), "indirect", m.group(), np_[0], np_[1])


def _direct_speaker(body: str, sent_span: tuple[int, int], qs: int, qe: int) -> tuple[str | None, str | None, int]:
    """A direct quote (inner span) in its sentence -> (cue, speaker mention, mention offset)."""
    s0, s1 = sent_span
    # After the quote: „…“, sagte X. / „…“, so X. / „…“, erklärte der Minister.
    tail_start = min(qe + 1, len(body))
    tail = body[tail_start : max(tail_start, s1)]
    tail_limit = re.search(r"[„»«\"]|[.!?]\s", tail)
    tail_clause = tail[: tail_limit.start()] if tail_limit else tail
    m = re.match(r"^\s*[,;–-]?\s*", tail_clause)
    rest = tail_clause[m.end() :] if m else tail_clause
    if rest.startswith("so "):
        np_ = _np_at(rest[3:], tail_start + m.end() + 3, skip_adverbials=False)
        if np_:
            return "so", np_[0], np_[1]
    vm = SPEECH_VERB_RE.search(rest)
    if vm and vm.start() < 40 and (m.end() > 0 or vm.start() == 0 or tail_clause[:1] in ",;"):
        base = tail_start + m.end()
        np_ = _np_at(rest[vm.end() :], base + vm.end(), skip_adverbials=True)
        if np_ is None and vm.start() > 0:
            np_ = _np_at(rest[: vm.start()], base, skip_adverbials=False)
        if np_:
            return vm.group(), np_[0], np_[1]
    # Before the quote: X sagte: „…“ / Dazu sagte X: „…“ / X erklärte, man sei „…“.
    head = body[s0 : max(s0, qs - 1)]
    for vm in reversed(list(SPEECH_VERB_RE.finditer(head))):
        if not _is_cue_verb(head, vm):
            continue
        np_ = _speaker_for_verb(head, s0, vm.start(), vm.end())
        if np_:
            return _cue_text(head, vm), np_[0], np_[1]
    am = _INTRO_PREP_RE.match(head) or _LAUT_RE.search(head)
    if am:
        np_ = _np_at(head[am.end() :], s0 + am.end(), skip_adverbials=False)
        if np_:
            return am.group().strip().lower(), np_[0], np_[1]
    if head.rstrip().endswith(":"):
        # "Nina Hagen zur neuen Heimat: „…“" — an introduction without a verb.
        np_ = _subject_before(head, s0)
        if np_:
            return None, np_[0], np_[1]
    return None, None, -1


def _strip_role(words: list[str]) -> str | None:
    """Words of a speaker phrase -> the personal name in it ("die Vorsitzende Anna Kühn" -> "Anna Kühn"), or None."""
    i = 0
    while i < len(words) and (
        words[i].lower() in DETERMINERS
        or _ADJ_RE.match(words[i])
        or _is_role(words[i])
    ):
        i += 1
    rest = words[i:]
    if not rest or not all(_CAP_RE.match(w) or w in _NAME_PARTICLES for w in rest) or len(rest) > 4:
        return None
    # A bare capitalised noun after a determiner ("die Polizei") is not a name.
    if i > 0 and words[0].lower() in DETERMINERS and not any(_is_role(words[k]) for k in range(i)):
        return None
    if any(_is_role(w) for w in rest):
        return None
    return " ".join(rest)


class _Resolver:
    """Resolves speaker mentions within one article: pronoun/role noun -> named person, surname -> full name."""

    def __init__(self, body: str) -> None:
        """body -> index of person names and role appositions with their offsets."""
        self.body = body
        self.roles: list[tuple[int, str, str]] = []  # (offset, role lower, name)
        for w in _WORD_RE.finditer(body):
            if not _is_role(w.group()):
                continue
            m = _NAME_AFTER_ROLE_RE.match(body, w.end())
            if m is None or m.group("name").split()[0].lower() in DETERMINERS:
                continue
            self.roles.append((w.start(), w.group().lower(), m.group("name")))
        self.persons: list[tuple[int, str]] = []
        for m in _PERSON_RE.finditer(body):
            first = m.group().split()[0]
            if first.lower() in DETERMINERS or first.lower() in NON_SUBJECT_STARTERS:
                continue
            # A capitalised run after an article or preposition is a noun phrase
            # ("ein Arbeitsessen von X", "nach Angaben Washingtons"), not a name.
            prev = body[max(0, m.start() - 20) : m.start()].split()
            if prev and prev[-1].lower() in _NOT_BEFORE_NAME:
                continue
            self.persons.append((m.start(), m.group()))
        self.last_speaker: str | None = None

    def resolve(self, mention: str | None, pos: int) -> str | None:
        """A speaker mention at an offset -> the resolved speaker (full name, else as written)."""
        if not mention:
            return None
        words = mention.split()
        if mention.lower() in PRONOUNS:
            return self.last_speaker or self._last_person(pos) or mention
        name = _strip_role(words)
        if name:
            full = self._full_name(name, pos)
            if len(full.split()) >= 2:
                self.last_speaker = full
            return full
        content = [w for w in words if w.lower() not in DETERMINERS]
        head = content[-1].lower() if content else ""
        role = next((r for r in ROLE_SUFFIXES if head.endswith(r)), None)
        if role:
            # "der Sprecher", "der US-Chefdiplomat": the last person named with that role.
            for off, r, person in reversed(self.roles):
                if off < pos and (r.endswith(role) or head.endswith(r.split("-")[-1])):
                    return self._full_name(_strip_role(person.split()) or person, pos)
            # A definite role description without its own apposition ("der US-Chefdiplomat")
            # points back to the person who spoke last.
            if words[0].lower() in ("der", "die") and self.last_speaker:
                return self.last_speaker
        return mention

    def _full_name(self, name: str, pos: int) -> str:
        """A surname or name -> the longest full name in the article ending with the same word."""
        surname = name.split()[-1]
        best = name
        for off, person in self.persons:
            cand = _strip_role(person.split())
            if cand and cand.split()[-1] == surname and len(cand) > len(best) and off <= pos + 200:
                best = cand
        return best

    def _last_person(self, pos: int) -> str | None:
        """The last person named before pos (via role apposition or full name)."""
        cands = [(o, n) for o, _, n in self.roles if o < pos] + [(o, n) for o, n in self.persons if o < pos]
        if not cands:
            return None
        return max(cands)[1]


def extract_quotes(body: str) -> list[dict[str, object]]:
    """An article body -> quote dicts (quote_type, text, speaker, speaker_mention, cue, start_char, end_char)."""
    if not body or not body.strip():
        return []
    sentences = _sentences(body)
    sent_starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        lo, hi = 0, len(sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return sentences[lo] if sentences else (0, len(body))

    quotes: list[_Quote] = []
    spans = marked_spans(body)
    direct_spans: list[tuple[int, int]] = []
    for qs, qe in spans:
        inner = body[qs:qe]
        if not inner.strip() or _is_title_like(inner):
            continue
        sent = sentence_of(qs)
        prefix = body[max(sent[0], qs - 40) : qs - 1]
        if _TEASER_RE.search(prefix):
            continue
        end_sent = sentence_of(min(qe + 1, len(body) - 1))
        cue, mention, mpos = _direct_speaker(body, (sent[0], max(end_sent[1], qe + 1)), qs, qe)
        n_words = len(_tokens(inner))
        if n_words <= 3 and not inner.rstrip()[-1:] in ".!?":
            # Short quoted words are scare quotes unless the sentence reports speech.
            sentence_text = body[sent[0] : sent[1]]
            if cue is None and not (SPEECH_VERB_RE.search(sentence_text) or KONJ_RE.search(sentence_text)
                                    or _LAUT_RE.search(sentence_text)):
                continue
        # Strip whitespace inside the marks so offsets hug the words.
        while qs < qe and body[qs].isspace():
            qs += 1
        while qe > qs and body[qe - 1].isspace():
            qe -= 1
        direct_spans.append((qs, qe))
        quotes.append(_Quote(qs, qe, "direct", cue, mention, mpos))

    # Indirect speech, sentence by sentence. A sentence in Konjunktiv I without its own cue
    # continues the last quote's speech (one quote per run of such sentences).
    direct_by_sentence: dict[int, _Quote] = {}
    for q in quotes:
        direct_by_sentence[sentences.index(sentence_of(max(q.start, q.end - 1)))] = q
    last: _Quote | None = None  # the quote a Konjunktiv sentence may continue
    last_idx = -10
    continuation: _Quote | None = None
    for idx, (s0, s1) in enumerate(sentences):
        if idx in direct_by_sentence and direct_by_sentence[idx].mention:
            last, last_idx = direct_by_sentence[idx], idx
        covered = sum(max(0, min(b, s1) - max(a, s0)) for a, b in direct_spans)
        if covered > 0.5 * (s1 - s0):
            continuation = None
            continue
        sent = body[s0:s1]
        q = _indirect_in_sentence(sent, s0, direct_spans)
        if q is None and last is not None:
            # "Demnach …" / "Danach …" reports what the last source said.
            dm = _DEMNACH_RE.match(sent)
            if dm:
                q = _Quote(s0 + dm.end(), s1, "indirect", dm.group().lower(), last.mention, last.mention_pos)
        if q is None:
            q = _reported_in_sentence(sent, s0, direct_spans)
        if q is not None:
            # Trim trailing sentence punctuation and whitespace.
            while q.end > q.start and body[q.end - 1] in " .!?;,":
                q.end -= 1
            while q.start < q.end and body[q.start] in " ,:":
                q.start += 1
            if q.end - q.start >= 8:
                quotes.append(q)
                last, last_idx = q, idx
            continuation = None
            continue
        if last is not None and idx - last_idx <= 1 and _KONJ1_RE.search(sent) \
                and not SPEECH_VERB_RE.search(sent) and covered == 0:
            end = s1
            while end > s0 and body[end - 1] in " .!?":
                end -= 1
            if continuation is not None:
                continuation.end = end
            else:
                continuation = _Quote(s0, end, "indirect", None, last.mention, last.mention_pos)
                quotes.append(continuation)
            last_idx = idx
        else:
            continuation = None

    # Direct quotes without a cue inherit the speaker of an enclosing indirect quote or of
    # the quote just before (a multi-paragraph statement).
    quotes.sort(key=lambda q: (q.start, -q.end))
    prev: _Quote | None = None
    for q in quotes:
        if q.mention is None:
            encl = next((o for o in quotes if o is not q and o.start <= q.start and q.end <= o.end and o.mention), None)
            if encl is not None:
                q.mention, q.mention_pos, q.cue = encl.mention, encl.mention_pos, q.cue or encl.cue
            elif prev is not None and prev.mention and q.start - prev.end < 400:
                q.mention, q.mention_pos = prev.mention, prev.mention_pos
        prev = q

    resolver = _Resolver(body)
    rows: list[dict[str, object]] = []
    for q in quotes:
        text = body[q.start : q.end]
        if not text.strip():
            continue
        mpos = q.mention_pos if q.mention_pos >= 0 else q.start
        rows.append(
            {
                "quote_type": q.qtype,
                "text": text,
                "speaker": resolver.resolve(q.mention, mpos),
                "speaker_mention": q.mention,
                "cue": q.cue,
                "start_char": q.start,
                "end_char": q.end,
            }
        )
    return rows


def _quote_id(article_id: str, start: int, end: int, qtype: str) -> str:
    """article id + span + type -> a stable quote id."""
    return hashlib.sha1(f"{article_id}:{start}:{end}:{qtype}".encode()).hexdigest()[:16]


def quotes_from_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (article_id, source_path, body[, title]) -> quotes rows conforming to QUOTES."""
    if articles.height == 0:
        return empty_frame(QUOTES)
    rows: list[dict[str, object]] = []
    source = articles["source_path"] if "source_path" in articles.columns else [None] * articles.height
    for article_id, source_path, body in zip(articles["article_id"], source, articles["body"]):
        for q in extract_quotes(body or ""):
            q["quote_id"] = _quote_id(article_id, q["start_char"], q["end_char"], q["quote_type"])  # type: ignore[arg-type]
            q["article_id"] = article_id
            q["source_path"] = source_path
            q["speaker_entity_id"] = None
            # Each quote starts as its own group; quote_group_ids() merges printings across articles.
            q["quote_group_id"] = q["quote_id"]
            rows.append(q)
    if not rows:
        return empty_frame(QUOTES)
    return conform(pl.DataFrame(rows, schema_overrides={k: v for k, v in QUOTES.items()}), QUOTES)
