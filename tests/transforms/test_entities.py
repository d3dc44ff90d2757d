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


def test_a_genitive_does_not_name_an_entity_whose_base_form_occurs() -> None:
    mentions = pl.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a3"],
            "entity_id": ["e1", "e1", "e1", "e1"],
            "surface": ["Jola Nowaks", "Jola Nowaks", "Jola Nowak", "Nowak"],
            "entity_type": ["PER", "PER", "PER", "PER"],
        }
    )
    row = entities_from_mentions(mentions).row(0, named=True)
    assert row["name"] == "Jola Nowak"
    assert row["aliases"] == ["Jola Nowak", "Jola Nowaks", "Nowak"]
    assert (row["n_mentions"], row["n_articles"]) == (4, 3)


def test_no_mentions_give_an_empty_table_with_the_contract_columns() -> None:
    empty = entities_from_mentions(pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String}))
    assert empty.is_empty() and empty.schema == pl.Schema(ENTITIES)


def test_mentions_carry_exact_offsets_types_and_article_independent_ids() -> None:
    from transforms.entities import entity_mentions_from_articles
    from transforms.schemas import ENTITY_MENTIONS

    first = "Der russische Präsident Wladimir Putin traf in Berlin die Außenministerin. Putins Sprecher schwieg."
    second = "Am Montag sprach Wladimir Putin in Moskau mit Journalisten."
    articles = pl.DataFrame(
        {"article_id": ["a1", "a2", "a3"], "source_path": ["x.txt", "y.txt", "z.txt"], "body": [first, second, ""]}
    )
    mentions = entity_mentions_from_articles(articles)
    assert mentions.schema == pl.Schema(ENTITY_MENTIONS)
    bodies = {"a1": first, "a2": second}
    for row in mentions.iter_rows(named=True):
        assert bodies[row["article_id"]][row["start_char"] : row["end_char"]] == row["surface"]
        assert row["entity_type"] in {"PER", "ORG", "LOC", "MISC"}
    putin = mentions.filter(pl.col("surface").is_in(["Wladimir Putin", "Putins"]))
    assert putin["surface"].to_list() == ["Wladimir Putin", "Putins", "Wladimir Putin"]
    # The genitive joins the full name within a1, and a2, tagged on its own, gives the same id.
    assert putin["entity_id"].n_unique() == 1
    assert mentions.filter(pl.col("surface") == "Berlin")["entity_type"].to_list() == ["LOC"]


def test_a_surname_repeated_in_an_article_is_one_entity_with_the_full_name() -> None:
    from transforms.entities import entity_mentions_from_articles

    body = ("Die Ministerin Jolanta Wierzbicka sprach am Montag in Berlin. Wierzbicka sagte, sie sei zufrieden.\n\n"
            "Wierzbicka: Wir bleiben dabei.")
    articles = pl.DataFrame({"article_id": ["a1"], "source_path": ["x.txt"], "body": [body]})
    mentions = entity_mentions_from_articles(articles)
    person = mentions.filter(pl.col("surface").str.contains("Wierzbicka"))
    assert person["surface"].to_list() == ["Jolanta Wierzbicka", "Wierzbicka", "Wierzbicka"]
    assert person["entity_id"].n_unique() == 1 and set(person["entity_type"]) == {"PER"}


def test_no_articles_give_no_mentions() -> None:
    from transforms.entities import entity_mentions_from_articles

    empty = entity_mentions_from_articles(pl.DataFrame(schema={"article_id": pl.String, "source_path": pl.String, "body": pl.String}))
    assert empty.is_empty()
