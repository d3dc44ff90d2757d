"""One article's tags made consistent: one type per name, and a name recognised once recognised everywhere."""

from __future__ import annotations

from collections import Counter

from transforms.ner.data import spans
from transforms.ner.features import Lexicon

# Longest surface (in tokens) looked for again in untagged text.
_MAX_PROPAGATED_TOKENS = 4


def _majority(votes: Counter[str]) -> str | None:
    """Type votes -> the type with strictly the most votes, None on a tie."""
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _may_propagate(surface: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A tagged surface -> whether its untagged repetitions may be tagged too (names, not common words)."""
    if not surface[0][:1].isupper() or len(surface[-1]) < 2:
        return False
    return len(surface) > 1 or is_name_word(surface[0], lexicon)


def is_name_word(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word -> whether no word list knows it as a common word or noun ("Aalen", not "Heide" or "Ende")."""
    nouns, lemmas = lexicon.names.get("NOUN", frozenset()), lexicon.names.get("LEX_NOUN", frozenset())
    return word.lower() not in lexicon.lowercase_words and word not in nouns and word not in lemmas


def harmonise(sentences: list[list[str]], tags: list[list[str]], lexicon: Lexicon) -> list[list[str]]:
    """An article's sentences (words) and BIO tags -> tags with one type per surface, repeated names tagged.

    A surface tagged with several types takes its majority type ("Rjabkow" once LOC, twice PER ->
    PER). A surname of a full person name counts as that person's ("Anna Berger" -> "Berger",
    "Bergers"). An untagged repetition of a surface is tagged when the surface is a name-like word
    that was tagged at least as often as it was left untagged, or such a surname.
    """
    votes: dict[tuple[str, ...], Counter[str]] = {}
    surnames: set[tuple[str, ...]] = set()
    found = [spans(sentence_tags) for sentence_tags in tags]
    for words, sentence_spans in zip(sentences, found):
        for start, end, kind in sentence_spans:
            votes.setdefault(tuple(words[start:end]), Counter())[kind] += 1
            if kind == "PER" and end - start > 1 and words[end - 1][:1].isupper():
                surname = words[end - 1]
                for form in ((surname,), (surname + "s",)):
                    votes.setdefault(form, Counter())["PER"] += 1
                    surnames.add(form)
    types = {surface: kind for surface, counts in votes.items() if (kind := _majority(counts))}
    firsts = {surface[0] for surface in types}
    untagged: Counter[tuple[str, ...]] = Counter()
    for words, sentence_tags in zip(sentences, tags):
        for i, word in enumerate(words):
            if word in firsts and sentence_tags[i] == "O":  # only where a known surface can start
                for n in range(1, min(_MAX_PROPAGATED_TOKENS, len(words) - i) + 1):
                    surface = tuple(words[i : i + n])
                    if surface in types and all(tag == "O" for tag in sentence_tags[i : i + n]):
                        untagged[surface] += 1
    tagged = Counter({surface: sum(counts.values()) for surface, counts in votes.items()})
    propagate = {
        surface: kind
        for surface, kind in types.items()
        if _may_propagate(surface, lexicon) and (surface in surnames or tagged[surface] >= untagged[surface])
    }
    result = []
    for words, sentence_tags, sentence_spans in zip(sentences, tags, found):
        new = list(sentence_tags)
        for start, end, kind in sentence_spans:
            majority = types.get(tuple(words[start:end]), kind)
            if majority != kind:
                new[start:end] = [f"B-{majority}"] + [f"I-{majority}"] * (end - start - 1)
        i = 0
        while i < len(words):
            if words[i] not in firsts:
                i += 1
                continue
            for n in range(min(_MAX_PROPAGATED_TOKENS, len(words) - i), 0, -1):
                kind = propagate.get(tuple(words[i : i + n]))
                # Only whole runs of untagged words, and not glued to a name just before or after.
                if kind and all(tag == "O" for tag in new[i : i + n]) and (i + n == len(words) or new[i + n][:2] != "I-"):
                    new[i : i + n] = [f"B-{kind}"] + [f"I-{kind}"] * (n - 1)
                    i += n - 1
                    break
            i += 1
        result.append(new)
    return result
