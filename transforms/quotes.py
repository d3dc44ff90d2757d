"""Quotes: direct and indirect speech in article bodies, with their speakers.

Rule-based, pure Python, in three passes over an article:

1. Direct quotes from paired quotation marks (`quote_marks`): every German convention, mixed
   pairs tolerated, unbalanced marks dropped at the paragraph end; titles, names and scare quotes
   are told apart from quotations. The speaker comes from the cue around the marks („…“, sagte X /
   X sagte: „…“ / „…“, so X), else from the subject of the sentence that embeds the words.
2. Indirect speech, sentence by sentence: a speech verb, cue noun or stance phrase governing a
   dass-, Konjunktiv- or zu-clause; prepositional attribution (laut X, nach Angaben von X,
   X zufolge, seiner Ansicht nach, so X, wie X sagte); "Demnach …"; "Dies bestätigte X." (the
   previous sentence); reported speech (X kritisierte Y); and continuation sentences in
   Konjunktiv without a cue of their own, attributed to the source in force (a run of them is one
   quote); a Konjunktiv I main clause far from any quote takes the nearest cue's speaker.
3. Speaker resolution within the article (`quote_speakers`). A subject that cannot speak (an
   event, a thing, an adverbial: "Die Verhandlungen hätten … offenbart") is no source; such a
   quote takes its speaker from its context like one without a cue.

A quote interrupted by its attribution („Wir …“, sagte er, „und …“) yields two rows, one per
part, with the same speaker, so that `text == body[start_char:end_char]` holds for every row.
A partial quote inside indirect speech yields both the indirect quote and the direct part; a
single marked word there („Normalfall“), which alone would pass for a name or scare quote, counts
as the speaker's wording.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from transforms.quote_cues import (
    CUE_NOUNS,
    DETERMINERS,
    PARTICLE_VERBS,
    PARTICLES,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    STANCE_RE,
    first_konjunktiv,
    first_konjunktiv_i,
    first_reported_verb,
    first_speech_verb,
    speech_verbs,
)
from transforms.quote_marks import announces_name, is_quotation, marked_spans
from transforms.quote_phrases import (
    ADVERBS,
    SOURCE_HEAD_RE,
    Attribution,
    agent_phrase,
    attributions,
    has_content_word,
    is_passive,
    main_subject,
    phrase_before,
    speaker_phrase,
    subject_after,
    subject_before,
    subjects_after_fronted,
    without_dative,
)
from transforms.quote_speakers import (
    ANAPHORS,
    SpeakerResolver,
    can_speak,
    is_role,
    is_speaker_like,
    known_surnames,
    person_name,
)
from transforms.schemas import QUOTES, conform, empty_frame

_ABBREVIATIONS = frozenset(
    "z.B bzw ca dr prof nr str st vgl u.a etc usw inkl evtl ggf mio mrd jan feb mär apr jun jul "
    "aug sep sept okt nov dez hl abs art bzw co jr sr mr mrs ing dipl mag gen min".split()
)
# A regnal ordinal ("XVI.") before a quotation mark or a verb continues the sentence.
_ROMAN_RE = re.compile(r"^[IVXL]{2,}$")
_ROMAN_FOLLOWERS = frozenset("hat hatte ist war sagte wird wurde sei habe und".split())
_MONTHS = frozenset(
    "januar februar märz april mai juni juli august september oktober november dezember".split()
)
# A sentence ends at punctuation before a space, at a line break, or where a scraper dropped the
# space after a period ("sagte Merkel.Als …").
_SENT_END_RE = re.compile(r"[.!?…]+[\"“”«»‹›‘’)]*(?=\s)|\n|(?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß]{2})")
# Cues whose source is a prepositional phrase or a document, not a subject.
_ATTRIBUTION_CUES = frozenset(("laut", "gemäß", "nach", "zufolge", "demnach", "heißt", "hieß"))
_DEMNACH_RE = re.compile(r"^(?:Demnach|Dem\s+\w+\s+zufolge|Darin\s+heißt\s+es)\b")
_SO_RE = re.compile(r",\s+so\s+(?=\S)")
_CLAUSE_START_RE = re.compile(r"^\s*(?:dass|daß|ob|wonach)\b")
_ZU_INF_RE = re.compile(r"(?:\bzu\s+\w+|\b\w+zu\w+en)(?:\s+(?:haben|sein|werden|lassen))?\s*[.!?]?\s*$")
_SUBORDINATORS = frozenset(
    "da weil als nachdem wenn obwohl während bevor seit seitdem sobald falls damit indem "
    "sodass wie ob dass".split()
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
    # True when the text says nobody (passive without agent, "hieß es"): no speaker is inherited.
    speakerless: bool = False
    # What an anaphoric mention ("Demnach") stands for, for resolution: (mention, offset).
    antecedent: tuple[str, int] | None = None
    # True for a sentence that continues the last quote's speech without a cue of its own.
    continues: bool = False


# How many sentences after the last quote a sentence may continue it, by its mood: Konjunktiv I
# carries reported speech far; Konjunktiv II and "soll" are often the writer's own, so only close by.
_REACH_KONJUNKTIV_I = 5
_REACH_KONJUNKTIV_II = 2
_REACH_SOLL = 1
_MAX_REACH = max(_REACH_KONJUNKTIV_I, _REACH_KONJUNKTIV_II, _REACH_SOLL)
_CONDITIONAL_RE = re.compile(r"(?i)(?<![\w-])(?:wenn|falls|als ob|sonst|ansonsten)(?![\w-])")
_SOLL_RE = re.compile(r"(?<![\w-])(?:soll|sollen)(?![\w-])")
_FIRST_PERSON_RE = re.compile(r"(?<![\w-])(?:[Ii]ch|[Ww]ir)(?![\w-])")


_PRONOMINAL_RE = re.compile(
    r"^(?:da|dar|hier)(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)$"
)
_NOT_VERB_E_V2 = frozenset(
    "eine keine diese jene seine ihre unsere jede alle beide einige viele wenige ohne gerne bitte "
    "nahe heute ende weise bereits gleiche solche welche andere erste letzte wurde würde zufolge "
    "sowie gegenüber ebenfalls selbe".split()
)


def _v2_konjunktiv(sent: str) -> bool:
    """Whether the verb after a sentence's first phrase is a Konjunktiv I in -e ("Der Umsatz wachse")."""
    got = speaker_phrase(sent, _skip(sent, 0))
    if got is None:
        first = re.match(r"\s*[A-ZÄÖÜ][a-zäöüß]+(?=\s)", sent)
        if first is None or not _PRONOMINAL_RE.match(first.group().strip().lower()):
            return False
        got = (0, first.end())  # "Daran ändere das nichts": a pronominal adverb stands first
    nxt = re.match(r"\s+([a-zäöüß]{3,}e)(?![\w-])(?:\s+(\S+))?", sent[got[1] :])
    if nxt is None or nxt.group(1) in _NOT_VERB_E_V2 or nxt.group(1) in DETERMINERS \
            or nxt.group(1).endswith("te") or nxt.group(1) in SPEECH_VERBS:
        return False  # "hatte", "erklärte": indicative past
    follower = nxt.group(2) or ""
    return not follower[:1].isupper() or follower.lower() in DETERMINERS  # "neue Stellen" is a phrase


def _reported_mood(sent: str) -> int:
    """A sentence -> how far (in sentences) it may be from the last quote to continue it; 0 = not reported."""
    if _FIRST_PERSON_RE.search(sent):
        return 0  # "ich habe", "wir werden": unmarked first person, not Konjunktiv
    # Konjunktiv II and "soll" count only in the main clause (up to the first comma): in a relative
    # or subordinate clause ("ein Leitfaden, wie damit umgegangen werden soll") they are the writer's.
    comma = re.search(r"[,;:–]", sent)
    main = sent[: comma.start()] if comma else sent
    if first_konjunktiv_i(sent) or _v2_konjunktiv(sent):
        return _REACH_KONJUNKTIV_I
    if first_konjunktiv(main) and not _CONDITIONAL_RE.search(sent):
        return _REACH_KONJUNKTIV_II
    if _SOLL_RE.search(main):
        return _REACH_SOLL
    return 0


_GAP_MERGE_RE = re.compile(r"^[\s.!?;:]*$")


def _merge_continuations(body: str, quotes: list[_Quote]) -> list[_Quote]:
    """Quotes -> the same, with each run of continuation sentences joined into one quote.

    Reported speech that runs on over several sentences without a new cue is one statement (and
    annotated as one); a continuation joins the continuation right before it when only sentence
    punctuation and whitespace lie between them and the source is the same. A quote with its own
    cue stays apart: it begins inside its sentence, after the cue.
    """
    out: list[_Quote] = []
    prev: _Quote | None = None
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if q.qtype != "indirect":
            out.append(q)
            continue
        if prev is not None and q.continues and prev.continues and prev.end <= q.start \
                and _GAP_MERGE_RE.match(body[prev.end : q.start]) and q.mention in (None, prev.mention):
            prev.end = q.end
            continue
        out.append(q)
        prev = q
    return out


def _orphan_report(sent: str) -> bool:
    """A sentence -> whether its main clause is in Konjunktiv I (reported even without a quote before)."""
    if _FIRST_PERSON_RE.search(sent) or len(sent.split()) < 5:
        return False
    comma = re.search(r"[,;:]", sent)
    main = sent[: comma.start()] if comma else sent
    return bool(first_konjunktiv_i(main) or _v2_konjunktiv(main))


def _cue_source_before(body: str, sentences: list[tuple[int, int]], idx: int,
                       names: frozenset[str]) -> tuple[str | None, int]:
    """Sentences and an index -> (mention, offset) of the speaker of the nearest speech or reported
    verb in the three sentences before, else (None, -1)."""
    for k in range(idx - 1, max(-1, idx - 4), -1):
        p0, p1 = sentences[k]
        sent = body[p0:p1]
        for vm in speech_verbs(sent) + ([m] if (m := first_reported_verb(sent)) else []):
            got = _speaker_for_verb(sent, p0, vm.start(), vm.end(), names)
            if got is not None and _likely_source(got[0], names):
                return got
    return None, -1


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
                if before and _ROMAN_RE.match(before[-1]) \
                        and ((after and after[0] in "„»«\"") or next_word in _ROMAN_FOLLOWERS):
                    continue  # "Benedikt XVI. „ist …“", "Ludwig XIV. hatte": an ordinal, not an end
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


_BOUNDARY_RE = re.compile(r"[,:;„“”\"»«–—]")
_PARTICIPLE_RE = re.compile(
    r"(?:^|\w)ge\w+(?:t|en)$|iert$|^(?:be|er|ver|ent|zer|emp|miss|wider|über|unter|hinter)\w+(?:t|ossen|ieben|ochen|unden|ommen)$"
)


_TRAILING_ADVERB_RE = re.compile(r"\s+([a-zäöüß]+)$")


def _span_mention(sent: str, s0: int, span: tuple[int, int] | None) -> tuple[str, int] | None:
    """A (start, end) span in a sentence -> (its text, absolute offset), or None."""
    if span is None:
        return None
    start, end = span
    trailing = _TRAILING_ADVERB_RE.search(sent, start, end)
    if trailing is not None and trailing.group(1).lower() in ADVERBS:
        end = trailing.start()  # "John Edwards dagegen, …": the adverb is no part of the name
    text = sent[start:end]
    if sum(text.count(c) for c in "„»") > sum(text.count(c) for c in "“”«") and sent[end : end + 1] in ("“", "”", "«", '"'):
        end += 1  # a quoted name read with its marks blanked: "die Zeitung „Die Welt“"
    return sent[start:end], s0 + start


# Finite auxiliaries that open a clause whose subject stands before the comma ("X, Y, hat … gesagt").
_LATE_SO_RE = re.compile(r",\s+so\s+(?=\S)")
_SO_INTRO_RE = re.compile(r"(?:(?<![\w-])so|Zitat\s+von|[Ww]orte\s+von)\s+(?=[^:]{1,80}:\s*$)")
_AUX_LEAD = frozenset("hat hatte haben hatten ist war sind waren wird wurde werden wurden will wollte".split())
_AUX_WORDS = frozenset("wird wurde werden wurden hieß heißt hatte hat".split())


def _skip(text: str, pos: int) -> int:
    """text and an offset -> the offset of the next non-space character."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_ES_RE = re.compile(
    r"\s+es\b(?:(?:\s+(?:dazu|darin|dort|weiter|auch|zudem|ferner|außerdem))?\s+(?:in|aus|von|vom|im|seitens|auf|bei|beim)\s+)?"
)


def _is_speakerless(sent: str, vstart: int, vend: int) -> bool:
    """Whether a cue names nobody: a passive without agent, or "hieß es" / "heißt es" without a source."""
    verb = sent[vstart:vend]
    cut0 = max((m.start() for m in _BOUNDARY_RE.finditer(sent, 0, vstart)), default=-1)
    if _ES_RE.match(sent, vend) or re.search(r"(?<![\w-])[Ee]s(?![\w-])", sent[cut0 + 1 : vstart]):
        return True
    cut = max((m.start() for m in _BOUNDARY_RE.finditer(sent, 0, vstart)), default=-1)
    nxt = _BOUNDARY_RE.search(sent, vend)
    clause = sent[cut + 1 : nxt.start() if nxt else len(sent)]
    return bool(_PARTICIPLE_RE.search(verb)) and is_passive(clause, verb) and agent_phrase(clause) is None




def _likely_source(phrase: str, names: frozenset[str]) -> bool:
    """Whether a subject found without a cue of its own (of a sentence that embeds a quote, or
    between a quote and its continuation) names a source: it must be speaker-like, and a single
    bare word must be a known name, a role or a body ("Steuern sollen steigen" names nobody)."""
    if not (can_speak(phrase, names) and is_speaker_like(phrase, names)):
        return False
    words = phrase.split()
    if len(words) == 1 and words[0].lower() not in ANAPHORS:
        w = words[0]
        return w in names or is_role(w) or w.lower().endswith(SPEAKING_BODIES) or sum(c.isupper() for c in w) >= 2 \
            or bool(SOURCE_HEAD_RE.search(w)) or bool(_PERSON_PLURAL_RE.search(w))
    return True


# Plural nouns of persons ("Datenschützer", "Experten", "Demonstranten", "Anwohner").
_PERSON_PLURAL_RE = re.compile(r"(?:er|isten|anten|enten|iker|eure|logen|innen|leute)$")


def _speaker_subject(text: str, start: int, end: int, names: frozenset[str]) -> tuple[int, int] | None:
    """The main clause text[start:end] -> its subject; when the first phrase cannot speak (a fronted
    object: "Jegliche Schuld weist der Minister von sich"), the subject after the finite verb."""
    got = main_subject(text, start, end)
    if got is None or is_speaker_like(text[got[0] : got[1]], names):
        return got
    for alt in subjects_after_fronted(text, got, end):
        if is_speaker_like(text[alt[0] : alt[1]], names):
            return alt
    return got


_QUOTED_RE = re.compile(r"[„»«\"][^„“”»«\"]{0,400}[“”«»\"]")


def _embedded_subject(body: str, sent_span: tuple[int, int], q: "_Quote",
                      names: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """A direct quote inside a longer sentence -> the sentence's subject (who uses the words), else None."""
    s0, s1 = sent_span
    sent = body[s0:s1]
    outside = body[s0 : q.start] + " " + body[q.end : s1]
    if len(re.findall(r"\w+", outside)) < 3:
        return None
    # Quoted words are no part of the frame: blank them (offsets stay) before parsing it.
    masked = _QUOTED_RE.sub(lambda m: " " * len(m.group()), sent)
    got = _speaker_subject(masked, 0, len(masked), names)
    if got is None:
        return None
    if not _likely_source(sent[got[0] : got[1]], names):
        # "Die Rauchschwaden, die als „nebelartig“ beschrieben wurden": things do not speak;
        # a passive agent may.
        agent = agent_phrase(masked)
        if agent is None:
            return None
        got = agent
    return sent[got[0] : got[1]], s0 + got[0]


# What may stand between a subject and the comma of its apposition: "Der Fraktionsvorsitzende
# im niedersächsischen Landtag, Wolfgang Jüttner, hatte …".
_PP_TAIL_RE = re.compile(
    r"^(?:-|\s+(?:(?:im|in|am|an|aus|bei|beim|von|vom|für|der|des|dem|den|die|das|und)\b|\(\S[^()]*\)|"
    r"[A-ZÄÖÜ][\w.-]*|[a-zäöüß][\w-]*(?:e|en|er|es|em)\b))*\s*$"
)
_LEADING_FOCUS_RE = re.compile(
    r"(?:(?:Auch|Und|Aber|Doch|Selbst|Sogar|Insbesondere|Besonders|Gerade|Nur|Vor\s+allem|So)\s+)*"
)
_SHORT_QUOTE_RE = re.compile(r"[„»«\"]([^„“”»«\".!?]{1,40})[“”«»\"]")


# Lower-case words inside names: „Reporter ohne Grenzen“, „L’Alliance pour la Planète“.
_NAME_GLUE = frozenset("ohne für und der die das am im of the and for pour la le de du des".split())


def mask_short_quotes(text: str) -> str:
    """text -> the same text with the marks around quoted names („Die Welt“) blanked (offsets unchanged)."""
    def blank(m: re.Match[str]) -> str:
        words = m.group(1).split()
        if all(w[:1].isupper() or w in _NAME_GLUE for w in words):
            return " " + m.group(1) + " "
        return m.group()
    return _SHORT_QUOTE_RE.sub(blank, text)


def _apposition_end(text: str, comma: int, last_comma: int) -> int:
    """text, the comma after a subject and the comma before its verb -> where the mention ends:
    after a name-like apposition between them, else at the subject's own end (the first comma)."""
    between = text[comma + 1 : last_comma].strip()
    got = speaker_phrase(text, _skip(text, comma + 1)) if between else None
    if got is not None and got[1] >= last_comma - 1 and len(between.split()) <= 6:
        return got[1]
    return comma


def _speaker_for_verb(sent: str, s0: int, vstart: int, vend: int,
                      names: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """A sentence and its speech verb position -> the speaker phrase (subject before or after), or None."""
    text = mask_short_quotes(sent)  # a quoted name („Die Welt“) is part of a phrase, not a boundary
    verb = text[vstart:vend]
    cut = max((m.start() for m in _BOUNDARY_RE.finditer(text, 0, vstart)), default=-1)
    clause_start = cut + 1
    nxt = _BOUNDARY_RE.search(text, vend)
    clause = text[clause_start : nxt.start() if nxt else len(text)]
    if _PARTICIPLE_RE.search(verb) and is_passive(clause, verb) and not verb.startswith("zitier"):
        # "Ihm wird vorgeworfen, …": the speaker is the agent, if named. (Who "wird zitiert" is
        # the speaker: the subject.)
        agent = agent_phrase(clause)
        return _span_mention(sent, s0, (clause_start + agent[0], clause_start + agent[1]) if agent else None)
    es = _ES_RE.match(text, vend)
    if es is not None or re.search(r"(?<![\w-])[Ee]s(?![\w-])", text[clause_start:vstart]):
        # "…, heißt es in einer Erklärung der Partei", "Aus Paris hieß es": the document or place
        # named is the source; a bare "hieß es" names none.
        if es is not None and es.end() > es.start() + 4:
            return _span_mention(sent, s0, speaker_phrase(text, es.end()))
        agent = agent_phrase(clause)
        if agent is not None:
            return _span_mention(sent, s0, (clause_start + agent[0], clause_start + agent[1]))
        if cut >= 0 and text[cut] == "," and _RELATIVE_PLACE_RE.match(text[clause_start:vstart]):
            # "eine Erklärung der Behörde, in der es heißt": the relative stands for the document.
            return _span_mention(sent, s0, phrase_before(text, cut))
        # "In der Vorabversion des Berichts, der …, heißt es": the source opens the sentence.
        return _span_mention(sent, s0, agent_phrase(text[: clause_start]) if clause_start > 0 else None)
    lead_word = re.match(r"\s*(\w+)", text[clause_start:vstart])
    aux_led = lead_word is not None and lead_word.group(1) in _AUX_LEAD
    if not text[clause_start:vstart].strip() or (aux_led and cut >= 0 and text[cut] == ","):
        if cut >= 0 and text[cut] == "," and text[:cut].rstrip()[-1:] not in "“”\"«»‹›‘’":
            # "Die Sprecherin der Stiftung, Heike van Laak, sagte": an apposition (or relative
            # clause) closes before the verb; the subject opens the sentence.
            lead = len(_LEADING_FOCUS_RE.match(text).group())  # type: ignore[union-attr]  # the pattern always matches
            first = speaker_phrase(text, lead)
            if first is None or not is_speaker_like(text[first[0] : first[1]], names):
                # "Erst gestern hatte der Investor, Max Roth, zugesagt": the subject follows the
                # finite verb of the sentence's opening.
                first = main_subject(text, 0, cut) or first
            comma = text.find(",", first[1]) if first is not None else -1
            if first is not None and comma >= 0 and _PP_TAIL_RE.match(text[first[1] : comma]):
                # The apposition belongs to the mention: "Der Vorsitzende im Landtag, Hans Berger".
                return _span_mention(sent, s0, (first[0], _apposition_end(text, comma, cut)))
            # "X wies das zurück, die Sprecherin der Fraktion, Eva Roth, erklärte": a new clause
            # whose subject and apposition stand between two commas before the verb.
            for c in _commas_before(text, cut):
                got = speaker_phrase(text, _skip(text, c + 1))
                if got is None or not is_speaker_like(text[got[0] : got[1]], names):
                    continue
                nxt = text.find(",", got[1])
                if nxt == cut and not text[got[1] : cut].strip():
                    return _span_mention(sent, s0, got)
                if 0 <= nxt < cut and _PP_TAIL_RE.match(text[got[1] : nxt]):
                    end = _apposition_end(text, nxt, cut)
                    if end > nxt:
                        return _span_mention(sent, s0, (got[0], end))
        if aux_led:
            return _span_mention(sent, s0, subject_after(text, clause_start + lead_word.end()))  # type: ignore[union-attr]
        return _span_mention(sent, s0, subject_after(text, vend))
    found = subject_before(text, clause_start, vstart, verb, names)
    if verb.startswith("zitier") and not (found and is_speaker_like(text[found[0] : found[1]], names)):
        # "Der Spiegel zitiert den Prediger mit den Worten …" names the Spiegel as the source;
        # "zitiert man den Prediger" the quoted one.
        obj = subject_after(text, vend)
        if obj is not None:
            return _span_mention(sent, s0, obj)
    if found is False:
        found = subject_after(text, vend)
    elif found is not None and not is_speaker_like(text[found[0] : found[1]], names):
        # "Offiziell geht die Regierung davon aus": what stands first cannot speak; the subject
        # follows the verb.
        alt = subject_after(text, vend)
        if alt is not None and is_speaker_like(text[alt[0] : alt[1]], names):
            found = alt
    if found is None and cut >= 0 and text[cut] == "," and _RELATIVE_SUBJECT_RE.match(text[clause_start:vstart]):
        # "…, Max Roth, der sagte, …": a relative pronoun stands for the phrase before the comma.
        found = phrase_before(text, cut)
    return _span_mention(sent, s0, found)  # type: ignore[arg-type]


_COMMA_RE = re.compile(",")


def _commas_before(text: str, cut: int) -> list[int]:
    """text and the comma before a verb -> the offsets of the earlier commas, nearest last, at most three."""
    return [m.start() for m in _COMMA_RE.finditer(text, 0, cut)][-3:]


# "…, in der es heißt": a relative clause placing the words in the document before the comma.
_RELATIVE_PLACE_RE = re.compile(r"^\s*(?:in|auf)\s+(?:der|dem|denen|welcher|welchem)\s+es\s*$")
# A relative pronoun as subject, alone or before an object ("…, die dem Minister vorwerfen").
_RELATIVE_SUBJECT_RE = re.compile(
    r"^\s*(?:der|die|welcher|welche)(?:\s+(?:dem|den|der|einem|einen|ihm|ihr|ihnen|sich|es|das)\b.*)?\s*$", re.S
)


_ATTRIBUTIVE_BEFORE = frozenset("weiter näher oben bereits bisher so eingangs zuvor".split()) | DETERMINERS


# Only verbs whose participle has no "ge-" read like an attributive participle ("so bezeichnete
# Quellen"); "sagte" is always finite ("gesagte" would be the participle).
_PARTICIPLE_LIKE_RE = re.compile(r"^(?:be|er|ver|zer|ent|emp|miss|wider|ge|über|unter|hinter)|\w*ier(?:te|ten|tes|tem|ter)$")


def _is_cue_verb(sent: str, m: re.Match[str]) -> bool:
    """Whether a speech-verb match is a cue (particle verbs need their particle in the clause).

    An inflected participle inside a noun phrase ("nicht weiter bezeichnete Quellen") is none.
    """
    w = m.group()
    before = sent[: m.start()].split()
    after = sent[m.end() :].split()
    if before and after and before[-1].lower() in _ATTRIBUTIVE_BEFORE and after[0][:1].isupper() \
            and w.endswith(("te", "ten", "tes", "tem", "ter", "ene", "enen")) and _PARTICIPLE_LIKE_RE.match(w) \
            and before[-1] != "So" and not (len(before) > 1 and before[-2][-1:] in ":;,"):
        return False
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


_WIE_RE = re.compile(r"^Wie\s+")
_TRAILING_WIE_RE = re.compile(r",\s+wie\s+(?!es\b)")
# The comma that closes an inserted ", so X in einem Interview," before the report goes on.
_INSERTED_END_RE = re.compile(r",\s+(?!der\b|die\b|das\b|dem\b|den\b|welche)")
_CONNECTIVE_RE = re.compile(r"^\W*(?:(?:Und|Aber|Doch|Auch|Denn|Zudem|Außerdem|Demnach|So)\s*,?\s*)?$")
_RELATIVE_RE = re.compile(r"^\s*(?:\w+\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[rmns]?|wo|was)\s")


_BACK_REF_RE = re.compile(r"^(?:Dies|Das|Diese\s+(?:Angaben|Informationen|Zahlen|Meldung|Nachricht)|Dies\s+alles|Das\s+alles)\s+")


_BACK_REF_AUX = frozenset(
    "hat habe hatte haben hatten wird wurde werden wurden will wollte wollten muss musste mussten kann konnte "
    "konnten soll sollte wollen müssen können ließ ließen".split()
)


def _back_reference(sent: str, s0: int, names: frozenset[str]) -> tuple[str, str, int] | None:
    """A sentence like "Dies bestätigte der Vatikan." -> (cue, speaker mention, offset), else None."""
    m = _BACK_REF_RE.match(sent)
    if m is None:
        return None
    vm = first_speech_verb(sent, m.end())
    if vm is None:
        return None
    between = sent[m.end() : vm.start()].strip()
    lead = between.split()[0] if between else ""
    if between in ("", "hat", "habe", "hatte", "wurde", "wird"):
        subject_from = vm.end()
    elif lead in _BACK_REF_AUX and not sent[vm.end() :].strip(" .!?"):
        # "Das musste der Minister am Montag einräumen.": the subject follows the finite verb,
        # the cue closes the sentence.
        subject_from = m.end() + sent[m.end() :].index(lead) + len(lead)
    else:
        return None
    if vm.group() in PARTICLE_VERBS and not _is_cue_verb(sent, vm):
        return None
    got = subject_after(sent, subject_from)
    if got is None:
        agent = agent_phrase(sent)
        got = (agent[0], agent[1]) if agent else None
    if got is None:
        return None
    return _cue_text(sent, vm), sent[got[0] : got[1]], s0 + got[0]


_ADVERBIAL_CLAUSE_RE = re.compile(
    r"^\s*(?:indem|weil|als|nachdem|wenn|obwohl|während|bevor|sobald|da|damit|um|sodass|seit|seitdem)\s"
)
# "damit solle …", "da sei …": an adverb with the finite verb after it opens a main clause, not an
# adverbial clause.
_V2_AFTER_ADVERB_RE = re.compile(
    r"^\s*(?:damit|da|so|seit)\s+(?:sei|seien|habe|hätte|hätten|werde|würde|würden|solle|sollte|könne|"
    r"könnte|müsse|wolle|wäre|wären|gebe|gäbe)(?![\w-])"
)
_K1_GUESS_RE = re.compile(r"(?<![\w-])(?:er|sie|es|man)\s+(?:sich\s+|nicht\s+|auch\s+|noch\s+)?([a-zäöüß]{3,}e)(?![\w-])")
_NOT_VERB_E = frozenset("eine keine diese jene seine ihre unsere jede alle beide einige viele wenige ohne gerne bitte nahe "
                        "heute ende weise".split())


def _looks_konjunktiv(clause: str) -> bool:
    """Whether a clause has a pronoun subject with a third-person verb in -e ("er freue sich")."""
    m = _K1_GUESS_RE.search(clause)
    return m is not None and m.group(1) not in _NOT_VERB_E and m.group(1) not in DETERMINERS


def _only_connective(text: str) -> bool:
    """Whether text before an attribution is empty or a connective ("Auch", "Und")."""
    return bool(_CONNECTIVE_RE.match(text))


def _attributed_quote(sent: str, s0: int, attr: Attribution, names: frozenset[str] = frozenset()) -> _Quote | None:
    """A sentence and one attribution phrase in it -> the quote it attributes (the rest of the clause)."""
    mention, mpos = _attribution_speaker(attr)
    if _only_connective(sent[: attr.start]):
        start, end = attr.end, len(sent)
    else:
        # Inside a relative clause (", die nach Angaben X …,"), only that clause is reported.
        comma = sent.rfind(",", 0, attr.start)
        if comma >= 0 and _RELATIVE_RE.match(sent[comma + 1 : attr.start + 1]):
            nxt = sent.find(",", attr.end)
            start, end = comma + 1, (nxt if nxt > 0 else len(sent))
        elif sent[attr.end :].strip(" .!?") == "":
            start, end = 0, sent.rfind(",", 0, attr.start) if "," in sent[: attr.start] else attr.start
        else:
            start, end = 0, len(sent)
    while start < end and sent[start] in " ,:":
        start += 1
    if end - start < 8:
        return None
    q = _Quote(s0 + start, s0 + end, "indirect", attr.cue, mention, s0 + mpos)
    own = _own_words_source(sent, attr, names)
    if own is not None:
        # The mention stays as written; it resolves to the subject ("Die Firma hat nach eigenen Angaben …").
        q.antecedent = (own[0], s0 + own[1])
    return q


def _own_words_source(sent: str, attr: Attribution, names: frozenset[str]) -> tuple[str, int] | None:
    """A sentence and an attribution in it -> (the sentence's subject, its offset) when the attribution
    is the subject's own ("nach eigenen Angaben", "eigenem Bekunden nach"), else None."""
    mention = attr.mention.split()
    if not mention or not mention[0].lower().startswith("eigen"):
        return None
    masked = sent[: attr.start] + " " * (attr.end - attr.start) + sent[attr.end :]
    got = _speaker_subject(masked, 0, len(masked), names)
    if got is None or not is_speaker_like(masked[got[0] : got[1]], names):
        return None
    return sent[got[0] : got[1]], got[0]


def _attribution_speaker(attr: Attribution) -> tuple[str, int]:
    """An attribution -> (speaker mention, offset): the genitive source of "Angaben der Polizei", else the phrase."""
    m = re.match(r"\S+\s+(?:(?:von|vom|aus)\s+)?(?=(?:des|der|eines|einer|[A-ZÄÖÜ]))", attr.mention)
    head = attr.mention.split()[0] if attr.mention.split() else ""
    if m and SOURCE_HEAD_RE.search(head.split("-")[-1]) and m.end() < len(attr.mention):
        return attr.mention[m.end() :], attr.mention_start + m.end()
    return attr.mention, attr.mention_start


def _indirect_in_sentence(sent: str, s0: int, direct: list[tuple[int, int]],
                          names: frozenset[str] = frozenset()) -> _Quote | None:
    """One sentence -> its indirect quote, if a cue governs a reported clause."""
    def inside_direct(pos: int) -> bool:
        return any(a <= pos < b for a, b in direct)

    # 1. "Wie X sagte, …": the main clause after the comma is the report.
    m = _WIE_RE.match(sent)
    if m:
        # "Wie X(, Sprecher von Y,) mitteilte, …": the clause ends at the comma after the verb.
        vm = next((v for v in speech_verbs(sent, m.end()) if sent[v.end() :].lstrip()[:1] == ","), None)
        comma = sent.find(",", vm.end()) if vm is not None else -1
        if comma > 0 and vm:
            masked = mask_short_quotes(sent)
            got = without_dative(masked, speaker_phrase(masked, _skip(sent, m.end()))
                                 or subject_after(masked, m.end()))  # "Wie schon die WHO sagte"
            inner = masked.find(",", got[1]) if got is not None else -1
            if got is not None and 0 <= inner < vm.start():
                got = (got[0], _apposition_end(masked, inner, masked.rfind(",", 0, vm.start())))
            np_ = _span_mention(sent, s0, got)
            return _Quote(s0 + comma + 1, s0 + len(sent), "indirect", f"wie {vm.group()}",
                          np_[0] if np_ else None, np_[1] if np_ else -1)
    # 2. A prepositional attribution that opens the sentence: "Laut X …", "Nach Angaben X …".
    attrs = [a for a in attributions(sent) if not inside_direct(s0 + a.start)]
    if attrs and _only_connective(sent[: attrs[0].start]):
        q = _attributed_quote(sent, s0, attrs[0], names)
        if q is not None:
            return q
    # 3. ", so X." after a reported clause, or ", so X, …" inserted into it.
    sm = _SO_RE.search(sent)
    if sm and not inside_direct(s0 + sm.start()):
        got = speaker_phrase(sent, sm.end())
        if got is not None:
            tail = sent[got[1] :].strip(" .!?")
            if len(tail) < 40 or tail.startswith(","):
                end = sm.start()
                nxt = _INSERTED_END_RE.search(sent, got[1])
                if nxt is not None and len(sent) - nxt.end() > 15 and not tail.startswith(", der"):
                    end = len(sent)  # "Doch sei es, so X in einem Blog, ein Haufen …"
                return _Quote(s0, s0 + end, "indirect", "so", sent[got[0] : got[1]], s0 + got[0])
    # 3b. "…, wie X mitteilte." closing the sentence.
    wm = _TRAILING_WIE_RE.search(sent)
    if wm and not inside_direct(s0 + wm.start()):
        vm = first_speech_verb(sent, wm.end())
        if vm is not None and not sent[vm.end() :].strip(" .!?"):
            np_ = _span_mention(sent, s0, without_dative(sent, speaker_phrase(sent, wm.end())))
            return _Quote(s0, s0 + wm.start(), "indirect", f"wie {vm.group()}", np_[0] if np_ else None,
                          np_[1] if np_ else -1)
    # 4. A speech verb governing a clause.
    for vm in speech_verbs(sent):
        if inside_direct(s0 + vm.start()) or not _is_cue_verb(sent, vm):
            continue
        cue = _cue_text(sent, vm)
        before = sent[: vm.start()].rstrip()
        # 4a. Inverted: "Y sei …, sagte X." — not after an apposition ("X, Sprecher von Y, sagte:")
        # nor after a fronted subordinate clause ("Da …, entschied der Pilot").
        after_verb = sent[vm.end() :].lstrip()
        if before.endswith(",") and len(before) > 8 and after_verb[:1] not in (",", ":", "") \
                and not _CONNECTIVE_BEFORE_CLAUSE_RE.match(after_verb):
            clause = before[:-1]
            first = clause.split()[0].lower() if clause.split() else ""
            if first not in _SUBORDINATORS and not _is_apposition_tail(clause) and has_content_word(clause) and (
                first_konjunktiv(clause) or _CLAUSE_START_RE.match(clause) or len(clause.split()) >= 6
            ):
                # The clause before is the report: the speaker follows the verb ("…, meldet die Behörde").
                after_np = without_dative(sent, subject_after(sent, vm.end()))
                if after_np is not None and is_speaker_like(sent[after_np[0] : after_np[1]], names):
                    np_ = _span_mention(sent, s0, after_np)
                else:
                    np_ = _speaker_for_verb(sent, s0, vm.start(), vm.end(), names)
                if np_ is not None or _is_speakerless(sent, vm.start(), vm.end()):
                    return _Quote(s0, s0 + len(clause), "indirect", cue, np_[0] if np_ else None,
                                  np_[1] if np_ else -1, speakerless=np_ is None)
            if not _is_apposition_tail(clause):
                continue
        # 4b. "X sagte(, dass) Y sei …": the reported clause follows the next comma or colon.
        after = sent[vm.end() :]
        sep = re.search(r"[,:]", after)
        if sep is None or ";" in after[: sep.start()]:
            continue  # "X hatte gebeten; später lehnte Y ab, …": the clause belongs to a later verb
        clause_start = vm.end() + sep.end()
        clause = sent[clause_start:]
        between = after[: sep.start()]
        if len(between.split()) > 8 or (_ADVERBIAL_CLAUSE_RE.match(clause) and not _V2_AFTER_ADVERB_RE.match(clause)):
            continue  # "…, indem er sagte, …": the report belongs to a later verb
        ok = (
            _CLAUSE_START_RE.match(clause)
            or first_konjunktiv(clause)
            or _ZU_INF_RE.search(clause)
            or sep.group() == ":"
            or _looks_konjunktiv(clause)
            or _v2_konjunktiv(clause.lstrip())  # "BASF argumentiert, diese Sorte erspare …"
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
        np_ = _speaker_for_verb(sent, s0, vm.start(), vm.end(), names)
        return _Quote(s0 + cs, s0 + end, "indirect", cue, np_[0] if np_ else None, np_[1] if np_ else -1,
                      speakerless=np_ is None and _is_speakerless(sent, vm.start(), vm.end()))
    # 4c. A noun or stance phrase with its clause: "vertritt die Ansicht, X habe …",
    # "zeigte sich besorgt, dass …"; and any dass-clause in Konjunktiv.
    q = _noun_or_stance_quote(sent, s0, inside_direct, names)
    if q is not None:
        return q
    # 5. An attribution inside the sentence: "… wurden nach Angaben der Polizei …".
    for attr in attrs:
        q = _attributed_quote(sent, s0, attr, names)
        if q is not None:
            return q
    return None


# "…, sagte aber, die Partei müsse …": a connective after the verb, then the report.
_CONNECTIVE_BEFORE_CLAUSE_RE = re.compile(
    r"^(?:aber|jedoch|zudem|außerdem|auch|weiter|ferner|allerdings|dann|zugleich|gleichzeitig)\s*[,:]"
)
_CUE_NOUN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(CUE_NOUNS) + r")(?![\w-])")
_SEP_RE = re.compile(r"\s*[,:]\s+")
_DASS_RE = re.compile(r",\s+(?:dass|daß)\s")


def _mostly_direct(body: str, q: "_Quote", direct: list[tuple[int, int]]) -> bool:
    """Whether at least 70 % of an indirect quote's words lie inside direct quotes."""
    words = [m.span() for m in re.finditer(r"\w+", body[q.start : q.end])]
    if not words:
        return True
    inside = sum(1 for a, b in words if any(ds <= q.start + a and q.start + b <= de for ds, de in direct))
    return inside >= 0.9 * len(words)


def _is_apposition_tail(clause: str) -> bool:
    """Whether text before ", sagte" ends in an apposition or relative clause of the subject, not a report.

    "Tegaye Mununhe, der Polizeichef der Region" / "Deiss, der sich dazu entschlossen hatte".
    """
    comma = clause.rfind(",")
    if comma < 0:
        return False
    seg = clause[comma + 1 :].strip()
    if re.match(r"^(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?)\s+(?:sich\s+)?[a-zäöüß]", seg):
        return True  # a relative clause
    head = speaker_phrase(seg, 0)
    return head is not None and head[1] >= len(seg.rstrip()) - 1


def _noun_or_stance_quote(sent: str, s0: int, inside_direct: Callable[[int], bool],
                          names: frozenset[str]) -> _Quote | None:
    """A sentence -> an indirect quote introduced by a cue noun, a stance phrase or a Konjunktiv dass-clause."""
    candidates: list[tuple[int, int, str]] = []  # (cue start, clause start, cue)
    for m in _CUE_NOUN_RE.finditer(sent):
        sep = _SEP_RE.match(sent, m.end())
        if sep is not None:
            candidates.append((m.start(), sep.end(), m.group()))
    sm = STANCE_RE.search(sent)
    sm_start = sm.start() if sm is not None else -1
    if sm is not None:
        sep = re.search(r"[,:]\s+", sent[sm.end() :])
        if sep is not None and len(sent[sm.end() : sm.end() + sep.start()].split()) <= 6:
            candidates.append((sm.start(), sm.end() + sep.end(), sm.group()))
    dm = _DASS_RE.search(sent)
    if dm is not None and first_konjunktiv(sent, dm.end()):
        candidates.append((dm.start(), dm.start() + 1, "dass"))
    for cue_start, clause_start, cue in sorted(candidates):
        if inside_direct(s0 + cue_start):
            continue
        clause = sent[clause_start:]
        if not (_CLAUSE_START_RE.match(clause) or first_konjunktiv(clause) or _ZU_INF_RE.search(clause)):
            continue
        if len(clause.strip()) < 8:
            continue
        if cue == "dass" and first_konjunktiv_i(sent, 0, cue_start):
            continue  # the main clause is itself reported: a continuation, spoken by the last source
        if cue_start == sm_start:
            # "Demnach erwartet Russland, dass …": the stance verb is the finite verb; its subject
            # stands before it or, after an adverbial, right after it ("Offiziell geht die
            # Regierung davon aus").
            verb_end = cue_start + len(sent[cue_start:].split()[0])
            got = _speaker_subject(sent, 0, verb_end, names)
            if got is None or not is_speaker_like(sent[got[0] : got[1]], names):
                after = subject_after(sent, verb_end)
                if after is not None and is_speaker_like(sent[after[0] : after[1]], names):
                    got = after
        else:
            got = _speaker_subject(sent, 0, cue_start, names)
        cs = clause_start
        while cs < len(sent) and sent[cs] in " ,:":
            cs += 1
        end = len(sent)
        while end > cs and sent[end - 1] in ".!? ":
            end -= 1
        if got is not None:
            return _Quote(s0 + cs, s0 + end, "indirect", cue.lower(), sent[got[0] : got[1]], s0 + got[0])
        return _Quote(s0 + cs, s0 + end, "indirect", cue.lower(), None)
    return None


_REPORTED_PARTICLE_RE = re.compile(
    r"(?<![\w-])(?:kündigte|kündigten|kündigt|lehnte|lehnten|lehnt|rief|riefen|ruft|schlug|schlugen|"
    r"schlägt|sprach\s+sich|sprachen\s+sich|spricht\s+sich|setzte\s+sich|setzten\s+sich|"
    r"setzt\s+sich|wies|gab|gaben|gibt|regte|regten|regt|geht|gehen|ging|gingen|wiesen|weist)(?![\w-])"
)
# Stem -> the particle that must close the clause ("gab … bekannt", "regte … an", "geht von … aus").
_REPORTED_PARTICLES = {"kündig": "an", "lehn": "ab", "rief": "auf", "ruft": "auf", "schl": "vor",
                       "sprach": "aus", "spricht": "aus", "setz": "ein", "wies": "zurück", "weist": "zurück",
                       "gab": "bekannt", "gibt": "bekannt", "regt": "an", "geh": "aus", "ging": "aus"}


def _reported_particle_verb(sent: str) -> re.Match[str] | None:
    """A sentence -> its separable verb of reported speech whose particle closes the clause
    ("kündigte … an", "lehnte … ab", "sprach sich … aus"), else None."""
    for m in _REPORTED_PARTICLE_RE.finditer(sent):
        clause = re.split(r"[,:;]", sent[m.end() :], maxsplit=1)[0].split()
        last = clause[-1].strip(".!?") if clause else ""
        want = next((p for k, p in _REPORTED_PARTICLES.items() if m.group().startswith(k)), None)
        if want and last == want:
            return m
    return None


_SPRACH_OBJECT_RE = re.compile(r"(?<![\w-])(?:von|vom|über|sich)(?![\w-])")


def _reported_in_sentence(sent: str, s0: int, direct: list[tuple[int, int]],
                          names: frozenset[str] = frozenset()) -> _Quote | None:
    """One sentence -> a reported-speech quote (X kritisierte Y, X sprach von Y): the whole sentence."""
    m = first_reported_verb(sent) or _reported_particle_verb(sent)
    if m is None or any(a <= s0 + m.start() < b for a, b in direct):
        return None
    if m.group().startswith("spr") and not _SPRACH_OBJECT_RE.search(sent, m.end()):
        return None  # "sprachen mit ihren Angehörigen" is talk, not a report: "sprach von", "sprach sich für"
    np_ = _speaker_for_verb(sent, s0, m.start(), m.end(), names)
    if np_ is None or np_[0].lower() in ("es", "man"):
        return None
    return _Quote(s0, s0 + len(sent), "indirect", m.group(), np_[0], np_[1])


# Verbs that are cues only right after a quotation's closing mark ("„…“, meinen die Experten").
_TAIL_VERB_RE = re.compile(
    r"(?:sagen|meinen|meint|meinte|meinten|fragen|rufen|lacht|lachte|schimpft|schimpfte|seufzt|seufzte|"
    r"staunt|staunte|poltert|polterte|wettert|wetterte|jubelt|jubelte|hofft|hoffte|hoffen|klagen|"
    r"stöhnt|stöhnte|scherzt|scherzte|freut\s+sich|freute\s+sich|ärgert\s+sich|ärgerte\s+sich)(?![\w-])"
)
_MAN_RE = re.compile(r"\s+man\s+")


def _direct_speaker(body: str, sent_span: tuple[int, int], qs: int, qe: int,
                    names: frozenset[str] = frozenset()) -> tuple[str | None, str | None, int]:
    """A direct quote (inner span) in its sentence -> (cue, speaker mention, mention offset)."""
    s0, s1 = sent_span
    # After the quote: „…“, sagte X. / „…“, so X. / „…“, erklärte der Minister.
    tail_start = min(qe + 1, len(body))
    # A quoted name after the quote is the speaker, not a new quotation: „…“, schrieb „Die Zeit“.
    tail = mask_short_quotes(body[tail_start : max(tail_start, s1)])
    tail_limit = re.search(r"[„»«\"]|[.!?]\s", tail)
    tail_clause = tail[: tail_limit.start()] if tail_limit else tail
    m = re.match(r"^\s*[,;–-]?\s*", tail_clause)
    lead = m.end() if m else 0
    rest = tail_clause[lead:]
    if rest.startswith("so "):
        got = speaker_phrase(tail_clause, lead + 3)
        if got:
            return "so", tail_clause[got[0] : got[1]], tail_start + got[0]
    vm = first_speech_verb(rest)
    if (vm is None or vm.start() > 0) and lead > 0:
        # Right after the closing mark even common verbs are cues: "„…“, meinen die Experten".
        vm = _TAIL_VERB_RE.match(rest) or vm
    if vm and rest.startswith("wie ") and lead > 0:
        # „…“, wie der Minister der Zeitung sagte / wie X von der Zeitung zitiert wird
        got = without_dative(rest, speaker_phrase(rest, 4))
        if got is not None and got[1] <= vm.start():
            return f"wie {vm.group()}", rest[got[0] : got[1]], tail_start + lead + got[0]
    if vm and vm.start() < 40 and (lead > 0 or vm.start() == 0 or tail_clause[:1] in ",;"):
        base = tail_start + lead
        got = None
        if vm.start() > 0:
            # "„…“, wird der Minister zitiert" / "„…“, hieß es aus dem Ministerium".
            first = re.match(r"\S+", rest)
            if first and first.group().lower() in _AUX_WORDS:
                got = speaker_phrase(rest, _skip(rest, first.end()))
        if got is None:
            if _ES_RE.match(rest, vm.end()):
                es = _ES_RE.match(rest, vm.end())
                got = speaker_phrase(rest, es.end()) if es and es.end() > es.start() + 4 else None
                if got is None:
                    # "„…“, hieß es weiter" names no one; an introduction before the quote may.
                    before = _head_speaker(body, s0, qs, names)
                    if before is not None and before[1]:
                        return before
                    return vm.group(), None, -2
            else:
                got = subject_after(rest, vm.end())
                man = _MAN_RE.match(rest, vm.end())
                if got is None and man is not None and vm.group().startswith("zitier"):
                    got = subject_after(rest, man.end())  # "„…“, zitierte man die Ministerin"
        if got:
            return vm.group(), rest[got[0] : got[1]], base + got[0]
        if _PARTICIPLE_RE.search(vm.group()) and is_passive(body[s0:s1], vm.group()):
            # "… als „extrem“ bezeichnet." in a passive clause names nobody.
            return vm.group(), None, -2
    # Later in the sentence: "… „…“ beenden, so Rice." / "…, sagte Rice."
    late = _LATE_SO_RE.search(body, qe + 1, max(qe + 1, s1))
    if late is not None and not re.search(r"[„»«\"]", body[late.start() : s1]):
        got = speaker_phrase(body, late.end())
        if got is not None and got[1] <= s1:
            return "so", body[got[0] : got[1]], got[0]
    got_head = _head_speaker(body, s0, qs, names)
    return got_head if got_head is not None else (None, None, -1)


def _head_speaker(body: str, s0: int, qs: int, names: frozenset[str]) -> tuple[str | None, str | None, int] | None:
    """The text of a sentence before a direct quote -> (cue, speaker mention, offset) from the
    introduction (X sagte: „…“ / Dazu sagte X: „…“ / X erklärte, man sei „…“), else None."""
    head = body[s0 : max(s0, qs - 1)]
    intro = _SO_INTRO_RE.search(head)
    if intro is not None:
        # "…, so Elshorst weiter: „…“", "Zitat von Schröder: „…“"
        got = speaker_phrase(head, intro.end())
        if got is not None:
            return "so", head[got[0] : got[1]], s0 + got[0]
    for vm in reversed(speech_verbs(head)):
        if not _is_cue_verb(head, vm):
            continue
        np_ = _speaker_for_verb(head, s0, vm.start(), vm.end(), names)
        if np_:
            return _cue_text(head, vm), np_[0], np_[1]
        if _is_speakerless(head, vm.start(), vm.end()):
            return _cue_text(head, vm), None, -2
    for attr in attributions(head):
        mention, mpos = _attribution_speaker(attr)
        return attr.cue, mention, s0 + mpos
    if head.rstrip().endswith(":"):
        # "…, und der norwegische Regierungschef Jens Stoltenberg: „…“" — a name or role closing a
        # list item right before the colon introduces its own words.
        colon = head.rstrip().rfind(":")
        last = phrase_before(head, colon)
        if last is not None and re.search(r"(?:^|,|\bund|\bsowie)\s*$", head[: last[0]]) \
                and person_name(head[last[0] : last[1]].split()) is not None and last[0] > 0:
            return None, head[last[0] : last[1]], s0 + last[0]
        # "Nina Hagen zur neuen Heimat: „…“" — an introduction without a verb.
        got = _speaker_subject(head, 0, len(head), names)
        if got:
            return None, head[got[0] : got[1]], s0 + got[0]
    return None


def _own_source(sent: str, names: frozenset[str]) -> tuple[int, int] | None:
    """A sentence in reported mood -> the subject of its main clause when that clause, before the
    first comma, is in the indicative and its subject can speak ("Ein Augenzeuge schilderte der
    Zeitung, Soldaten hätten …"), else None."""
    comma = sent.find(",")
    if comma < 0:
        return None
    main = sent[:comma]
    if first_konjunktiv(main) or _v2_konjunktiv(main) or _SOLL_RE.search(main):
        return None
    if not first_konjunktiv(sent, comma):
        return None
    got = _speaker_subject(main, 0, len(main), names)
    if got is None or not _likely_source(main[got[0] : got[1]], names):
        return None
    return got


_GAP_RE = re.compile(r"^[\s„“”\"»«‚‘’›‹.,;:!?…–—-]*$")


def _attributed_next(body: str, q: _Quote, directs: list[_Quote]) -> _Quote | None:
    """A direct quote without a cue -> the next direct quote of the same paragraph when only marks
    and punctuation stand between them and its attribution follows its closing mark, else None."""
    nxt = next((o for o in directs if o.start > q.end), None)
    if nxt is None or not nxt.mention or nxt.speakerless or nxt.mention_pos < nxt.end:
        return None
    gap = body[q.end : nxt.start]
    return nxt if _GAP_RE.match(gap) and "\n" not in gap else None


# Cues of a medium reporting (berichtete, schrieb, meldete, zitiert): quoted words there are mostly names.
_MEDIUM_CUES = ("bericht", "schr", "meld", "zitier")
# Words before a medium or organisation named in marks („Tagesspiegel“, „Ärzte ohne Grenzen“).
_SOURCE_PREPOSITIONS = frozenset(
    "laut gegenüber in im von vom mit bei beim für zufolge nach aus auf über".split()
)


def _is_title_like_name(inner: str) -> bool:
    """Whether short marked words are a name rather than wording: several capitalised words
    („Die Linke“, „Reporter ohne Grenzen“), a web address or an acronym."""
    words = inner.split()
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and len(caps) == len([w for w in words if w.lower() not in _NAME_GLUE]) \
        or "." in inner or inner.isupper()


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

    names = known_surnames(body)
    quotes: list[_Quote] = []
    spans = marked_spans(body)
    direct_spans: list[tuple[int, int]] = []
    # Short capitalised words in marks that alone look like names or scare quotes („Wortbruch“):
    # quotations only when they turn out to lie inside someone's reported words.
    withheld: list[tuple[int, int]] = []
    for qs, qe in spans:
        inner = body[qs:qe]
        if not inner.strip():
            continue
        sent = sentence_of(qs)
        if announces_name(body, qs, sent[0]):
            continue
        end_sent = sentence_of(min(qe + 1, len(body) - 1))
        cue, mention, mpos = _direct_speaker(body, (sent[0], max(end_sent[1], qe + 1)), qs, qe, names)
        speakerless = mpos == -2
        if not is_quotation(body, qs, qe, sent, cue):
            if len(inner.split()) <= 4 and "\n" not in inner and inner == inner.strip():
                withheld.append((qs, qe))
            continue
        # Strip whitespace inside the marks so offsets hug the words.
        while qs < qe and body[qs].isspace():
            qs += 1
        while qe > qs and body[qe - 1].isspace():
            qe -= 1
        direct_spans.append((qs, qe))
        quotes.append(_Quote(qs, qe, "direct", cue, mention, mpos, speakerless=speakerless))

    # Indirect speech, sentence by sentence. A sentence in Konjunktiv I without its own cue
    # continues the last quote's speech (one quote per run of such sentences).
    direct_by_sentence: dict[int, _Quote] = {}
    for q in quotes:
        direct_by_sentence[sentences.index(sentence_of(max(q.start, q.end - 1)))] = q
    last: _Quote | None = None  # the quote a Konjunktiv sentence may continue
    last_idx = -10
    continuation: _Quote | None = None
    quoted_sentences = {i for i, q in direct_by_sentence.items() if q.mention}
    for idx, (s0, s1) in enumerate(sentences):
        if idx in direct_by_sentence and direct_by_sentence[idx].mention:
            last, last_idx = direct_by_sentence[idx], idx
        covered = sum(max(0, min(b, s1) - max(a, s0)) for a, b in direct_spans)
        if covered > 0.5 * (s1 - s0):
            continuation = None
            continue
        sent = body[s0:s1]
        q = _indirect_in_sentence(sent, s0, direct_spans, names)
        if q is None:
            # "Demnach …" reports what the last source said: the word itself refers to the source.
            dm = _DEMNACH_RE.match(sent)
            if dm:
                q = _Quote(s0 + dm.end(), s1, "indirect", dm.group().lower(), dm.group(), s0)
                if last is not None and last.mention and idx - last_idx <= 2:
                    q.antecedent = (last.mention, last.mention_pos)
                elif idx > 0:
                    # "Der Stadtrat veröffentlichte seinen Bericht. Demnach …": that subject.
                    p0, p1 = sentences[idx - 1]
                    got = _speaker_subject(body[p0:p1], 0, p1 - p0, names)
                    if got is not None and _likely_source(body[p0 + got[0] : p0 + got[1]], names):
                        q.antecedent = (body[p0 + got[0] : p0 + got[1]], p0 + got[0])
        if q is None or q.cue in _ATTRIBUTION_CUES:
            # "Dies gab – nach eingehenden Untersuchungen – Professor X bekannt": the back reference
            # wins over an attribution inside its own sentence.
            back = _back_reference(sent, s0, names)
            if back is not None and idx > 0:
                # "Dies bestätigte der Vatikan.": the previous sentence is the report.
                p0, p1 = sentences[idx - 1]
                earlier = [o for o in quotes if p0 <= o.start < p1]
                for o in earlier:
                    if o.cue is None or o.mention is None:
                        o.cue, o.mention, o.mention_pos = back
                # A sentence that only holds a few quoted words („assistieren“) is reported as a whole.
                if sum(o.end - o.start for o in earlier) < 0.5 * (p1 - p0):
                    end = p1
                    while end > p0 and body[end - 1] in " .!?":
                        end -= 1
                    quotes.append(_Quote(p0, end, "indirect", back[0], back[1], back[2]))
                    quoted_sentences.add(idx - 1)
                continuation = None
                continue
        if q is None:
            q = _reported_in_sentence(sent, s0, direct_spans, names)
        if q is not None:
            # Trim trailing sentence punctuation and whitespace.
            while q.end > q.start and body[q.end - 1] in " .!?;,":
                q.end -= 1
            while q.start < q.end and body[q.start] in " ,:":
                q.start += 1
            if q.end - q.start >= 8:
                quotes.append(q)
                quoted_sentences.add(idx)
                last, last_idx = q, idx
            continuation = None
            continue
        # The mood is read only where a quote is close enough to be continued: most sentences are not.
        reach = _reported_mood(sent) if last is not None and idx - last_idx <= _MAX_REACH else 0
        if last is not None and reach > 0 and idx - last_idx <= reach:
            end = s1
            while end > s0 and body[end - 1] in " .!?":
                end -= 1
            mention, mpos = last.antecedent if last.antecedent else (last.mention, last.mention_pos)
            # A sentence between the last quote and this one whose subject can speak introduces the
            # likely source ("Mitarbeiter von HRW haben 53 Leichen gefunden. Die Toten seien …").
            for k in range(idx - 1, max(last_idx, idx - 3), -1):
                if k in quoted_sentences:
                    break
                p0, p1 = sentences[k]
                got = _speaker_subject(body[p0:p1], 0, p1 - p0, names)
                if got is not None and _likely_source(body[p0 + got[0] : p0 + got[1]], names):
                    mention, mpos = body[p0 + got[0] : p0 + got[1]], p0 + got[0]
                    break
            own = _own_source(sent, names)
            if own is not None:
                # "Ein Augenzeuge schilderte, Soldaten hätten …": the main clause is the writer's and
                # names its own source; only the clause after the comma is reported.
                mention, mpos = sent[own[0] : own[1]], s0 + own[0]
            continuation = _Quote(s0, end, "indirect", None, mention, mpos, continues=True)
            quotes.append(continuation)
            quoted_sentences.add(idx)
            last_idx = idx
        elif (last is None or idx - last_idx > _REACH_KONJUNKTIV_I) and _orphan_report(sent):
            # A main clause in Konjunktiv I with no quote in reach still reports someone's words
            # ("Auch sei die Dokumentation nicht erfolgt."): its source is the speaker of the nearest
            # speech verb in the three sentences before, else the nearest subject that can speak.
            end = s1
            while end > s0 and body[end - 1] in " .!?":
                end -= 1
            mention, mpos = _cue_source_before(body, sentences, idx, names)
            for k in range(idx - 1, max(-1, idx - 3), -1):
                if mention is not None:
                    break
                p0, p1 = sentences[k]
                got = _speaker_subject(body[p0:p1], 0, p1 - p0, names)
                if got is not None and _likely_source(body[p0 + got[0] : p0 + got[1]], names):
                    mention, mpos = body[p0 + got[0] : p0 + got[1]], p0 + got[0]
            own = _own_source(sent, names)
            if own is not None:
                mention, mpos = sent[own[0] : own[1]], s0 + own[0]
            if mention is None:
                # No source in sight: more likely the writer's own Konjunktiv than someone's report.
                continuation = None
                continue
            continuation = _Quote(s0, end, "indirect", None, mention, mpos, continues=True)
            quotes.append(continuation)
            quoted_sentences.add(idx)
            last, last_idx = continuation, idx
        else:
            continuation = None

    # "Bis vor zwei Jahren sei es der „Normalfall“ gewesen, sagte X": a withheld word inside an
    # attributed indirect quote is the speaker's own wording, a partial direct quote.
    for qs, qe in withheld:
        # Only a speaker's own statement, not a medium's report or a document ("laut …", "berichtete").
        encl = next((o for o in quotes if o.qtype == "indirect" and o.mention and o.start <= qs and qe <= o.end
                     and o.cue and o.cue not in _ATTRIBUTION_CUES and not o.cue.startswith(_MEDIUM_CUES)), None)
        before = body[max(0, qs - 25) : max(0, qs - 1)].split()
        if encl is not None and not _is_title_like_name(body[qs:qe]) and body[qe + 1 : qe + 2] != "-" \
                and not (before and before[-1].lower() in _SOURCE_PREPOSITIONS) \
                and not (encl.mention_pos <= qs < encl.mention_pos + len(encl.mention)):
            quotes.append(_Quote(qs, qe, "direct", encl.cue, encl.mention, encl.mention_pos, antecedent=encl.antecedent))
    quotes = _merge_continuations(body, quotes)
    # An indirect quote that is mostly a direct quote's words (with its marks) repeats it.
    quotes = [q for q in quotes if q.qtype == "direct" or not _mostly_direct(body, q, direct_spans)]
    # A subject that cannot speak ("Die vergangenen Verhandlungen", "Um Fortschritte") is no source:
    # such a quote takes its speaker from the context below, like one without a cue. Attributions
    # keep their source ("Berichten zufolge", "nach Angaben der Polizei").
    for q in quotes:
        if q.mention and q.cue not in _ATTRIBUTION_CUES and not is_speaker_like(q.mention, names):
            q.mention, q.mention_pos, q.antecedent = None, -1, None
    # Direct quotes without a cue inherit the speaker of an enclosing indirect quote or of
    # the quote just before (a multi-paragraph statement).
    quotes.sort(key=lambda q: (q.start, -q.end))
    directs = [q for q in quotes if q.qtype == "direct"]
    prev: _Quote | None = None
    for q in quotes:
        if q.mention is None and not q.speakerless:
            encl = next((o for o in quotes if o is not q and o.start <= q.start and q.end <= o.end and o.mention), None)
            nxt = _attributed_next(body, q, directs) if q.qtype == "direct" else None
            # What the source's mention stands for ("Demnach", "nach eigenen Angaben") comes along.
            if encl is not None:
                q.mention, q.mention_pos, q.cue = encl.mention, encl.mention_pos, q.cue or encl.cue
                q.antecedent = encl.antecedent
            elif nxt is not None:
                # „Satz eins.“ „Satz zwei“, sagte X: the attribution after the next part covers both.
                q.mention, q.mention_pos, q.cue = nxt.mention, nxt.mention_pos, nxt.cue
                q.antecedent = nxt.antecedent
            elif q.qtype == "direct" and (framed := _embedded_subject(body, sentence_of(q.start), q, names)):
                q.mention, q.mention_pos = framed
            elif prev is not None and prev.mention and q.start - prev.end < 400:
                q.mention, q.mention_pos, q.antecedent = prev.mention, prev.mention_pos, prev.antecedent
        prev = q

    if not quotes:
        return []  # nothing to resolve: the resolver's index of names and roles is not built
    subject_cache: dict[int, tuple[int, str] | None] = {}

    def subjects_before(pos: int) -> list[tuple[int, str]]:
        """The speaker-like subjects of the two sentences before the one holding pos."""
        k = sentences.index(sentence_of(pos)) if sentences else 0
        out = []
        for i in range(max(0, k - 2), k):
            if i not in subject_cache:
                p0, p1 = sentences[i]
                got = _speaker_subject(body[p0:p1], 0, p1 - p0, names)
                phrase = body[p0 + got[0] : p0 + got[1]] if got else ""
                subject_cache[i] = (p0 + got[0], phrase) if got and is_speaker_like(phrase, names) else None
            if subject_cache[i] is not None and subject_cache[i][0] < pos:
                out.append(subject_cache[i])
        return out

    resolver = SpeakerResolver(body, spans, subjects_before)
    rows: list[dict[str, object]] = []
    for q in quotes:
        text = body[q.start : q.end]
        if not text.strip():
            continue
        mpos = q.mention_pos if q.mention_pos >= 0 else q.start
        who, at = q.antecedent if q.antecedent else (q.mention, mpos)
        rows.append(
            {
                "quote_type": q.qtype,
                "text": text,
                "speaker": resolver.resolve(who, at, q.cue),
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
