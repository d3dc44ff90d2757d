import polars as pl

from transforms.entities import entities_from_mentions
from transforms.schemas import ENTITIES


def test_entities_take_the_most_frequent_longest_surface_and_exact_counts() -> None:
    mentions = pl.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a2", "a3"],
            "entity_id": ["e1", "e1", "e1", "e1", "e2"],
            "surface": ["Olaf Scholz", "Scholz", "Olaf Scholz", "Scholz", "Hamburg"],
            "entity_type": ["PER", "PER", "PER", "ORG", "LOC"],
        }
    )
    entities = entities_from_mentions(mentions)
    assert entities.schema == pl.Schema(ENTITIES)
    scholz = entities.filter(pl.col("entity_id") == "e1").row(0, named=True)
    assert scholz["name"] == "Olaf Scholz"
    assert scholz["entity_type"] == "PER"
    assert scholz["aliases"] == ["Olaf Scholz", "Scholz"]
    assert (scholz["n_mentions"], scholz["n_articles"]) == (4, 2)


def test_no_mentions_give_an_empty_table_with_the_contract_columns() -> None:
    empty = entities_from_mentions(pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String}))
    assert empty.is_empty() and empty.schema == pl.Schema(ENTITIES)
