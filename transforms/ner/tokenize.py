"""Article text -> sentences of tokens with exact character offsets, tokenised the way GermEval is."""

from __future__ import annotations

import re

# Words keep inner hyphens, apostrophes and dots ("Ukraine-Krise", "z.B.", "U.S."); numbers keep their
# separators ("1.000,50"); anything else is a single-character token, as in the GermEval data.
_TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:[-'’&][^\W_]+)*"
    r"|\S",
)
# Abbreviations whose period belongs to the word and does not end the sentence.
_ABBREVIATIONS = frozenset(
    "Dr Prof Nr St Mr Mrs Hr Fr Abs Art bzw ca vgl usw etc Jh Jhd Mio Mrd Tel Str Gen Min Sen Rep Inc Co Corp Ltd".split()
)
_SENTENCE_END = frozenset(".!?")

Token = tuple[str, int, int]  # text, start_char, end_char


def tokenize(text: str) -> list[Token]:
    """Text -> tokens with [start, end) offsets; an abbreviation's period stays on the word."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if match.group() == "." and tokens and tokens[-1][2] == start and tokens[-1][0] in _ABBREVIATIONS:
            word, word_start, _ = tokens.pop()
            tokens.append((word + ".", word_start, end))
            continue
        tokens.append((match.group(), start, end))
    return tokens


def sentences(text: str) -> list[list[Token]]:
    """Text -> sentences of tokens, split after . ! ? before a capital or quote, and at blank lines."""
    result: list[list[Token]] = []
    current: list[Token] = []
    tokens = tokenize(text)
    for i, token in enumerate(tokens):
        if current and "\n\n" in text[current[-1][2] : token[1]]:
            result.append(current)
            current = []
        current.append(token)
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        # "am 3. März": a period after a number is an ordinal, not a sentence end.
        ordinal = token[0] == "." and i > 0 and tokens[i - 1][0].isdigit() and tokens[i - 1][2] == token[1]
        if token[0] in _SENTENCE_END and not ordinal and (not following or following[0].isupper() or following in "\"„“»«"):
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result
