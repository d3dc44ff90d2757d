from datetime import datetime

import polars as pl

from transforms.stories import article_fingerprints, articles_with_story_ids, assign_story_ids, stories_from_articles

WIRE = (
    "Die Tarifverhandlungen zwischen der Gewerkschaft und den kommunalen Arbeitgebern sind in der dritten "
    "Runde ohne Ergebnis geblieben. Beide Seiten wollen sich in zwei Wochen in Potsdam erneut treffen. "
    "Die Gewerkschaft fordert zehn Prozent mehr Lohn, mindestens aber 500 Euro im Monat. Die Arbeitgeber "
    "halten das für nicht finanzierbar und verweisen auf die angespannte Lage der Kommunen. "
    "Warnstreiks in Kitas und im Nahverkehr seien nicht ausgeschlossen, sagte ein Sprecher."
)
REWRITE = (
    "Im Tarifstreit des öffentlichen Dienstes gibt es weiter keine Einigung. Die Tarifverhandlungen zwischen "
    "der Gewerkschaft und den kommunalen Arbeitgebern sind in der dritten Runde ohne Ergebnis geblieben. "
    "Die Gewerkschaft fordert zehn Prozent mehr Lohn, mindestens aber 500 Euro im Monat. Eltern müssen sich "
    "auf geschlossene Kitas einstellen."
)
OTHER = (
    "Der Sturm hat in Norddeutschland zahlreiche Bäume entwurzelt. Auf mehreren Autobahnen kam es zu "
    "Sperrungen, die Bahn stellte den Fernverkehr zwischen Hamburg und Berlin vorübergehend ein. "
    "Verletzt wurde nach Angaben der Polizei niemand."
)


def _articles(bodies: dict[str, str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": list(bodies),
            "source_path": [f"{article_id}.txt" for article_id in bodies],
            "body": list(bodies.values()),
            "story_id": [None] * len(bodies),
        },
        schema={"article_id": pl.String, "source_path": pl.String, "body": pl.String, "story_id": pl.String},
    )


def _no_known() -> pl.DataFrame:
    return article_fingerprints(_articles({})).with_columns(pl.lit(None, pl.String).alias("story_id"))


def test_rewrite_of_a_wire_shares_its_story_and_unrelated_article_does_not() -> None:
    stories = dict(assign_story_ids(article_fingerprints(_articles({"b": WIRE, "a": REWRITE, "c": OTHER})), _no_known()).iter_rows())
    assert stories["a"] == stories["b"] == "a"
    assert stories["c"] == "c"


def test_new_article_joins_the_known_story_and_known_ids_stay_stable() -> None:
    known = article_fingerprints(_articles({"z": WIRE})).with_columns(pl.lit("story-of-z").alias("story_id"))
    new = article_fingerprints(_articles({"a": REWRITE, "c": OTHER}))
    assert dict(assign_story_ids(new, known).iter_rows()) == {"a": "story-of-z", "c": "c"}


def test_rerunning_an_article_gives_it_the_same_story() -> None:
    first, fingerprints = articles_with_story_ids(_articles({"a": WIRE, "b": REWRITE}), _no_known())
    known = fingerprints.join(first.select("article_id", "story_id"), on="article_id")
    again, _ = articles_with_story_ids(_articles({"b": REWRITE}), known)
    assert again["story_id"].to_list() == first.filter(pl.col("article_id") == "b")["story_id"].to_list()


def test_story_summary_counts_articles_and_outlets() -> None:
    articles = pl.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "story_id": ["s1", "s1", "s2"],
            "title": ["Später", "Zuerst", None],
            "published_at": [datetime(2024, 3, 2), datetime(2024, 3, 1), None],
            "outlet": ["x.de", "y.de", None],
        }
    )
    summary = stories_from_articles(articles)
    first = summary.filter(pl.col("story_id") == "s1").row(0, named=True)
    assert first["title"] == "Zuerst"
    assert first["n_articles"] == 2
    assert first["outlets"] == ["x.de", "y.de"]
    assert summary.filter(pl.col("story_id") == "s2")["outlets"].to_list() == [[]]
