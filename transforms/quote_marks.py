"""Direct quotes: paired quotation marks, and whether marked text is a quotation.

Marks are paired per paragraph in every German convention („…“, »…«, «…», ‚…‘, "…"), mixed
pairs tolerated; a mark that never closes is dropped. Titles, names and scare quotes in marks are
told apart from quotations by their shape and by what the sentence around them says.
"""

from __future__ import annotations

import re

from transforms.quote_cues import (
    JUDGEMENT_VERB_RE,
    NAME_CATEGORIES,
    STANCE_RE,
    first_konjunktiv,
    first_speech_verb,
)

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
_TOKEN_RE = re.compile(r"[\w][\w\-.'’]*[\w]|[\w]", re.UNICODE)
_CAP_RE = re.compile(r"^[A-ZÄÖÜ]")
_LAUT_RE = re.compile(r"(?<![\w-])(?:laut|gemäß)\s+")
_TITLE_FUNCTION_WORDS = frozenset(
    "in im am an auf bis der die das des dem den von vom für und oder mit zu zur zum über unter "
    "of the and for to on at a an de la le et y del da di du van".split()
)
_ENGLISH_FUNCTION_WORDS = frozenset("of the and for to on at".split())
# Words right before a mark that make what follows a title, a teaser or a name.
_TEASER_RE = re.compile(
    r"(?i)(lesen sie|mehr zum thema|auch interessant|siehe auch|weiterlesen|zum artikel|"
    r"video:|bildergalerie|kommentar:|interview:|titel|buch|film|roman|album|zeitung|magazin|"
    r"sendung|motto|schlagzeile|unter der überschrift|namens|genannt|sogenannte)\W*$"
)


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


def word_tokens(text: str) -> list[str]:
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


_WORD_BEFORE_RE = re.compile(r"([\w-]+)[\s(]*$")


def announces_name(body: str, qs: int, sent_start: int) -> bool:
    """Whether the words before a quotation mark announce a title, teaser or name, not a quotation
    ("Lesen Sie auch: „…“", "die Raumfähre „Discovery“", "unter dem Motto „…“")."""
    prefix = body[max(sent_start, qs - 40) : max(sent_start, qs - 1)]
    if _TEASER_RE.search(prefix):
        return True
    m = _WORD_BEFORE_RE.search(prefix)
    return m is not None and m.group(1)[:1].isupper() and m.group(1).lower().endswith(NAME_CATEGORIES)


# A quoted noun used as the speaker's own judgement: "nannte es einen „Wortbruch“", "als „Fest“".
# A quoted noun used as the speaker's own judgement: "nannte es einen „Wortbruch“", "als „Fest“".
_EVAL_BEFORE_RE = re.compile(r"(?i)(?:^|\s)(?:als|vor|von|ein|eine|einen|einem|einer|eines|zu|zur|zum)\s*$")


_ALS_BEFORE_RE = re.compile(r"(?:^|\s)als\s*$")


def is_quotation(body: str, qs: int, qe: int, sent: tuple[int, int], cue: str | None) -> bool:
    """Whether marked text is a quotation, not a title, name or scare quote.

    Long or sentence-like spans are quotations unless they look like a title. A short span counts
    when it starts lower case or the sentence reports speech (a cue, a speech verb, Konjunktiv, an
    attribution); a single capitalised noun only as a judgement ("nannte es einen „Wortbruch“").
    """
    inner = body[qs:qe]
    n_words = len(word_tokens(inner))
    title = _is_title_like(inner)
    sentence_text = body[sent[0] : sent[1]]
    if n_words > 3 or inner.rstrip()[-1:] in ".!?":
        if not title and not _is_name_like(inner):
            return True
        # "werden als „Meilensteine der Musikgeschichte“ bezeichnet": a judgement, not a title.
        return bool(_ALS_BEFORE_RE.search(body[max(sent[0], qs - 10) : qs - 1])) \
            and bool(JUDGEMENT_VERB_RE.search(sentence_text))
    if title:
        return n_words == 1 and bool(_EVAL_BEFORE_RE.search(body[max(sent[0], qs - 30) : qs - 1])) \
            and bool(JUDGEMENT_VERB_RE.search(sentence_text))
    if inner[:1].islower():
        # Lower-case words in marks are someone's wording ("als „erstaunlich zurückhaltend“"):
        # names and titles start with a capital.
        return True
    return cue is not None or bool(
        first_speech_verb(sentence_text) or first_konjunktiv(sentence_text) or _LAUT_RE.search(sentence_text)
        or STANCE_RE.search(sentence_text) or JUDGEMENT_VERB_RE.search(sentence_text)
    )


# Function words that may stay lower case inside a name or title ("Gesetz zur Änderung des
# Passgesetzes", "Front for Democracy against Dictatorship", "Confédération Européenne de Pétanque").
_NAME_FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen für zur zum von vom und oder in im am an "
    "auf mit ohne gegen über unter bei nach aus zu um wie als bis durch of the and for to on at a an "
    "against de la le les et y del da di du van pour des d l".split()
)


def _is_name_like(inner: str) -> bool:
    """Whether a longer quoted span is a name or title: every content word capitalised, no sentence end."""
    if inner.rstrip()[-1:] in ".!?…":
        return False
    words = [w.strip("()„“‚‘\"'»«,.:;!?[]…–-") for w in inner.split()]
    words = [w for w in words if w]
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in _NAME_FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() or not w[0].isalpha() for w in content)
