"""Story clustering: near-duplicate wire copies and rewrites share a story_id (MinHash + LSH)."""

from __future__ import annotations

import re

import numpy as np
import polars as pl
from datasketch import MinHash, MinHashLSH

from transforms.schemas import STORIES, conform

NUM_PERM = 128
MINHASH_SCHEME = "affine32"  # stored fingerprints are only comparable under the scheme that made them
SHINGLE_WORDS = 4
# Rewrites of one agency wire share 10-20 % of their word 4-grams; unrelated articles on the same
# topic stay below 1 % (measured on the seed articles), so 0.08 separates them with a margin.
SAME_STORY_JACCARD = 0.08

FINGERPRINTS: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "source_path": pl.String(),
    "n_shingles": pl.Int64(),
    "minhash": pl.List(pl.UInt64()),
}

_WORD = re.compile(r"\w+")


def _shingles(body: str) -> list[bytes]:
    words = _WORD.findall(body.lower())
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode()] if words else []
    return list({" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)})


def article_fingerprints(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (article_id, source_path, body) -> one MinHash fingerprint per article."""
    shingle_sets = [_shingles(body or "") for body in articles["body"].to_list()]
    minhashes = MinHash.bulk(shingle_sets, num_perm=NUM_PERM, scheme=MINHASH_SCHEME) if shingle_sets else []
    return pl.DataFrame(
        {
            "article_id": articles["article_id"],
            "source_path": articles["source_path"],
            "n_shingles": [len(s) for s in shingle_sets],
            "minhash": [m.hashvalues.astype(np.uint64).tolist() for m in minhashes],
        },
        schema=FINGERPRINTS,
    )


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def assign_story_ids(new: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Fingerprints of new articles + known fingerprints with story_id -> article_id, story_id of the new ones.

    Known articles keep their story_id, so ids stay stable as files arrive: a new article joins the
    story of its nearest known copies (the smallest id if it bridges two), else founds its own
    story together with its near-duplicates among the new articles.
    """
    if new.is_empty():
        return pl.DataFrame(schema={"article_id": pl.String, "story_id": pl.String})
    known = known.filter(~pl.col("article_id").is_in(new["article_id"].implode()))
    everyone = pl.concat([new.select(FINGERPRINTS.keys()), known.select(FINGERPRINTS.keys())])
    signatures = {
        article_id: MinHash(num_perm=NUM_PERM, hashvalues=np.array(values, dtype=np.uint64), scheme=MINHASH_SCHEME)
        for article_id, values in everyone.select("article_id", "minhash").iter_rows()
    }
    lsh = MinHashLSH(threshold=SAME_STORY_JACCARD, num_perm=NUM_PERM)
    for article_id, signature in signatures.items():
        lsh.insert(article_id, signature)

    groups = _UnionFind()
    for article_id in new["article_id"].to_list():
        groups.find(article_id)
        for candidate in lsh.query(signatures[article_id]):
            if candidate != article_id and signatures[article_id].jaccard(signatures[candidate]) >= SAME_STORY_JACCARD:
                groups.union(article_id, candidate)

    known_story = dict(known.select("article_id", "story_id").iter_rows())
    story_of_root: dict[str, str] = {}
    for article_id, story_id in known_story.items():
        if article_id in groups.parent:
            root = groups.find(article_id)
            story_of_root[root] = min(story_of_root.get(root, story_id), story_id)
    rows = [
        (article_id, story_of_root.get(groups.find(article_id), groups.find(article_id)))
        for article_id in new["article_id"].to_list()
    ]
    return pl.DataFrame(rows, schema={"article_id": pl.String, "story_id": pl.String}, orient="row")


def stories_from_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (story_id, title, published_at, outlet, article_id) -> one row per story."""
    return (
        articles.filter(pl.col("story_id").is_not_null())
        .sort("published_at", "article_id", nulls_last=True)
        .group_by("story_id", maintain_order=True)
        .agg(
            pl.col("title").drop_nulls().first().alias("title"),
            pl.col("published_at").min().alias("first_published_at"),
            pl.len().cast(pl.Int64).alias("n_articles"),
            pl.col("outlet").drop_nulls().unique().sort().alias("outlets"),
        )
        .sort("story_id")
        .pipe(conform, STORIES)
    )


def articles_with_story_ids(articles: pl.DataFrame, known: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """New articles + known fingerprints with story_id -> (articles with story_id set, their fingerprints)."""
    fingerprints = article_fingerprints(articles)
    story_ids = assign_story_ids(fingerprints, known)
    with_stories = articles.drop("story_id").join(story_ids, on="article_id", how="left").select(articles.columns)
    return with_stories, fingerprints
