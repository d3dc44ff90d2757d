"""Quotes linked beyond their sentence: speakers to entities, and one quote printed by several outlets to one group."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import polars as pl

from transforms.ner.canonical import fold_spelling
from transforms.quote_cues import DETERMINERS

# Quotes shorter than this many words ("völlig inakzeptabel") are too common to group on text
# alone: they also need the same speaker.
_MIN_GROUP_WORDS = 4
_SHINGLE_WORDS = 3
# Share of the shorter quote's word triples found in the longer one: tolerates a cut, a changed
# word or two and different spellings, not a different statement on the same topic.
_MIN_CONTAINMENT = 0.6
# A triple printed in this many quotes is a formula ("in den kommenden Tagen"), not evidence.
_MAX_SHINGLE_QUOTES = 200
_SPEAKER_ENTITY_TYPES = ("PER", "ORG", "LOC")


@lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    """A speaker or entity surface -> its folded key without a leading determiner ("der Kreml" -> "kreml")."""
    words = name.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return fold_spelling(" ".join(words))


def _genitive_base(key: str) -> str:
    """A folded name key -> the key without a genitive -s on its last word ("putins" -> "putin")."""
    return key[:-1] if key.endswith("s") and len(key) > 4 else key


def _most_mentioned(rows: pl.DataFrame) -> dict[tuple[str, str], str]:
    """(article_id, key, entity_id, order) rows -> per (article, key) the entity named most often there,
    ties going to the one named first."""
    best = (
        rows.group_by("article_id", "key", "entity_id")
        .agg(pl.len().alias("n"), pl.col("order").min().alias("first"))
        .sort(["n", "first"], descending=[True, False])
        .unique(subset=["article_id", "key"], keep="first")
    )
    return dict(zip(zip(best["article_id"].to_list(), best["key"].to_list()), best["entity_id"].to_list()))


def speakers_linked_to_entities(quotes: pl.DataFrame, entity_mentions: pl.DataFrame) -> pl.DataFrame:
    """quotes + entity_mentions of the same articles -> quotes with speaker_entity_id set where a mention names the speaker.

    The speaker is matched within its own article: the full name first, then, for a person, the
    surname; an unnamed source ("ein ranghoher US-Beamter") stays unlinked.
    """
    if quotes.is_empty() or entity_mentions.is_empty():
        return quotes
    mentions = (
        entity_mentions.filter(pl.col("entity_type").is_in(_SPEAKER_ENTITY_TYPES))
        .select("article_id", "surface", "entity_type", "entity_id")
        .with_row_index("order")
    )
    # Names are folded once per distinct surface, not once per mention.
    keys = {surface: _name_key(surface) for surface in mentions["surface"].unique().to_list()}
    mentions = mentions.with_columns(
        pl.col("surface").replace_strict(keys, return_dtype=pl.String).alias("key")
    ).filter(pl.col("key") != "")
    bases = {key: _genitive_base(key) for key in mentions["key"].unique().to_list()}
    surnames = {key: _genitive_base(key.split()[-1]) for key in bases}
    columns = ("article_id", "key", "entity_id", "order")
    # A mention counts under its key and its key without a genitive -s ("Putins" -> "Putin"), in that order.
    by_name = _most_mentioned(
        pl.concat([
            mentions.select("article_id", "key", "entity_id", pl.col("order") * 2),
            mentions.select("article_id", pl.col("key").replace_strict(bases, return_dtype=pl.String),
                            "entity_id", pl.col("order") * 2 + 1),
        ]).select(columns)
    )
    by_surname = _most_mentioned(
        mentions.filter(pl.col("entity_type") == "PER")
        .select("article_id", pl.col("key").replace_strict(surnames, return_dtype=pl.String), "entity_id", "order")
        .select(columns)
    )

    def entity_of(article_id: str, speaker: str | None) -> str | None:
        if not speaker or not speaker[:1].isupper() and speaker.split()[0].lower() not in DETERMINERS:
            return None
        key = _name_key(speaker)
        if not key:
            return None
        found = by_name.get((article_id, key)) or by_name.get((article_id, _genitive_base(key)))
        if found is None and speaker.istitle():
            # Only a name-like speaker (every word capitalised) may match on its surname alone.
            found = by_surname.get((article_id, _genitive_base(key.split()[-1])))
        return found

    linked = [
        existing or entity_of(article_id, speaker)
        for article_id, speaker, existing in quotes.select("article_id", "speaker", "speaker_entity_id").iter_rows()
    ]
    return quotes.with_columns(pl.Series("speaker_entity_id", linked, dtype=pl.String))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """Words -> their set of consecutive word triples."""
    return {tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


def quote_group_ids(quotes: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """quotes (quote_id, article_id, text, speaker, start_char) + articles (article_id, published_at) -> (quote_id, quote_group_id).

    Quotes of different articles whose texts match verbatim or nearly (other marks, a cut, a
    spelling variant) share a group; the group id is the quote id of the earliest printing, so a
    quote printed once is its own group.
    """
    schema = {"quote_id": pl.String(), "quote_group_id": pl.String()}
    if quotes.is_empty():
        return pl.DataFrame(schema=schema)
    ordered = (
        quotes.select("quote_id", "article_id", "text", "speaker", "start_char")
        .join(articles.select("article_id", "published_at"), on="article_id", how="left")
        .sort(["published_at", "article_id", "start_char", "quote_id"], nulls_last=True)
    )
    quote_ids = ordered["quote_id"].to_list()
    article_ids = ordered["article_id"].to_list()
    speakers = [_name_key(s) if s else "" for s in ordered["speaker"].to_list()]
    words = [fold_spelling(text or "").split() for text in ordered["text"].to_list()]

    parent = list(range(len(quote_ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri != rj:
            # The earlier printing stays the root, so it names the group.
            parent[max(ri, rj)] = min(ri, rj)

    short_quotes: dict[tuple[str, str], list[int]] = defaultdict(list)
    shingle_sets: list[set[tuple[str, ...]]] = []
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, quote_words in enumerate(words):
        shingles = _shingles(quote_words) if len(quote_words) >= _MIN_GROUP_WORDS else set()
        shingle_sets.append(shingles)
        if not shingles and quote_words and speakers[i]:
            short_quotes[(" ".join(quote_words), speakers[i])].append(i)
        for shingle in shingles:
            index[shingle].append(i)

    for members in short_quotes.values():
        for i in members[1:]:
            if article_ids[i] != article_ids[members[0]]:
                join(members[0], i)

    shared: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if len(holders) < 2 or len(holders) > _MAX_SHINGLE_QUOTES:
            continue
        for a_pos, i in enumerate(holders):
            for j in holders[a_pos + 1 :]:
                if article_ids[i] != article_ids[j]:
                    shared[(i, j)] += 1
    for (i, j), n_shared in shared.items():
        if n_shared / min(len(shingle_sets[i]), len(shingle_sets[j])) >= _MIN_CONTAINMENT:
            join(i, j)

    return pl.DataFrame(
        {"quote_id": quote_ids, "quote_group_id": [quote_ids[root(i)] for i in range(len(quote_ids))]},
        schema=schema,
    )
