"""The articles layer end to end: synthetic pages, failure isolation, and the seed gold."""

import json
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from transforms.articles import (
    NO_TEXT_PROBLEM,
    PARAGRAPH_SEPARATOR,
    articles_from_documents,
    extract_article,
    line_document_counts,
)
from transforms.evaluation.articles import read_documents
from transforms.lines import normalise
from transforms.schemas import ARTICLE_REJECTS, ARTICLES

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((REPO_ROOT / "tests" / "fixtures" / "articles_gold.json").read_text(encoding="utf-8"))["documents"]

PAGE = """Jetzt registrieren und Artikel merken
Teure Wärme

Stadtwerke Musterstadt erhöhen die Fernwärmepreise

Montag, 14. Februar 2022, 08:15 Uhr | dpa, lhe

Von Anna Lehmann und Jörg Weber, Musterstadt

Ein Blockheizkraftwerk am Stadtrand
Ein Blockheizkraftwerk am Stadtrand - dpa/Archiv

Musterstadt (dpa) - Die Stadtwerke Musterstadt erhöhen zum ersten April die Preise für Fernwärme deutlich, teilte das Unternehmen am Montag mit.

Begründet wird der Schritt mit gestiegenen Einkaufskosten, die nach Angaben des Versorgers nicht mehr aufzufangen seien.

Kritik von Verbraucherschützern

Verbraucherschützer kritisieren die Erhöhung und raten, die Verträge genau zu prüfen. Bereits am 1. Januar 2021 hatte es eine Erhöhung gegeben.* musterbote.de ist ein Angebot der Beispiel Medien GmbH.

Auch interessant
Neues Freibad öffnet im Mai
Neues Freibad öffnet im Mai
Kommentare (3)
"""


def documents(*texts: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "document_id": [f"d{i}" for i in range(len(texts))],
            "source_path": [f"d{i}.txt" for i in range(len(texts))],
            "raw_text": list(texts),
        }
    )


def test_synthetic_page_fields_and_body():
    article = extract_article(PAGE)
    assert article["kicker"] == "Teure Wärme"
    assert article["title"] == "Stadtwerke Musterstadt erhöhen die Fernwärmepreise"
    assert article["published_at"] == datetime(2022, 2, 14, 8, 15)
    assert article["published_precision"] == "minute"
    assert article["outlet"] == "musterbote.de"
    assert article["agencies"] == ["dpa"]
    assert article["authors"] == ["Anna Lehmann", "Jörg Weber"]
    assert article["language"] == "de"
    paragraphs = article["body"].split(PARAGRAPH_SEPARATOR)
    assert paragraphs[0].startswith("Musterstadt (dpa) - Die Stadtwerke")
    assert "Kritik von Verbraucherschützern" in paragraphs
    assert paragraphs[-1].endswith("eine Erhöhung gegeben.")
    for furniture in ("registrieren", "Blockheizkraftwerk", "Angebot", "Freibad", "Kommentare", "Auch interessant", "Lehmann"):
        assert furniture not in article["body"]
    assert article["n_words"] == len(article["body"].split())
    assert article["removed_lines"] == 8  # headline, kicker and author line are not furniture


def test_dates_in_sentences_are_not_publication_dates():
    text = "Der Vertrag wurde am 3. Mai 2019 in Wien unterzeichnet und gilt seit dem 1. Juli 2020 für alle Mitgliedsländer."
    article = extract_article(text)
    assert article["published_at"] is None and article["published_precision"] is None
    assert article["title"] is None and article["outlet"] is None and article["agencies"] == []


def test_header_month_when_nothing_better():
    article = extract_article(" date 2020-11 Stadtrat beschließt neuen Haushalt\n\nDer Stadtrat hat am Donnerstag mit knapper Mehrheit den Haushalt für das kommende Jahr beschlossen.")
    assert article["title"] == "Stadtrat beschließt neuen Haushalt"
    assert (article["published_at"], article["published_precision"]) == (datetime(2020, 11, 1), "month")
    assert article["body"].startswith("Der Stadtrat")


def test_a_magazine_issue_month_dates_the_page_when_no_day_is_printed():
    body = "Die Landeshauptleute trafen sich am Freitag in Velden zu ihrer Herbstkonferenz."
    article = extract_article(f"KOMMUNAL-REPORT\nAusgabe 11/2019 · Politik & Recht\n\nLandeshauptleute einig gegen den Bund\n\n{body}")
    assert (article["published_at"], article["published_precision"]) == (datetime(2019, 11, 1), "month")
    assert article["title"] == "Landeshauptleute einig gegen den Bund" and article["body"] == body
    dated = extract_article(f"Ausgabe 11/2019 · Politik & Recht\n\n14.11.2019 10:05\n\n{body}")
    assert (dated["published_at"], dated["published_precision"]) == (datetime(2019, 11, 14, 10, 5), "minute")


def test_datelines_that_look_like_counters_or_info_boxes_still_date_the_page():
    body = "Die Sondersitzung des Landtags findet am Dienstag, dem 24. Jänner, ab 10.00 Uhr im Landhaus statt."
    bare = extract_article(f"Landtag tritt zu Sondersitzung zusammen\n\n12.01.2023 14.35\n\n{body}")
    assert (bare["published_at"], bare["body"]) == (datetime(2023, 1, 12, 14, 35), body)
    # A "Kicker: headline" title above a "Stand: …" line is no two-line info box.
    labelled = extract_article(f"Teuerung: Landtag tritt zusammen\n\nStand: 28.11.2015 16:40 Uhr\n\n{body}")
    assert labelled["title"] == "Teuerung: Landtag tritt zusammen"
    assert labelled["published_at"] == datetime(2015, 11, 28, 16, 40)


def test_a_closing_credit_on_its_own_line_dates_the_page_before_links_and_comments():
    body = "Die Innenminister der EU-Staaten treffen sich am Tag vor dem Gipfel in Luxemburg."
    page = (
        f"Vor dem Sondergipfel\n\n{body}\n\n(Gerald Schubert, 28.3.2024)\n\nWeiterlesen:\n"
        "Asylpakt: Was sich jetzt ändert\nForum\nPosting 1 bis 25 von 318\nDiskutieren Sie mit!\n"
    )
    article = extract_article(page)
    assert (article["published_at"], article["published_precision"]) == (datetime(2024, 3, 28), "day")
    assert "Schubert" not in article["body"]


def test_an_agency_or_place_and_agency_before_the_date_still_date_the_page():
    body = "Die Landwirtschaftsminister der 27 EU-Staaten haben sich bei ihrem Treffen in Brüssel nicht geeinigt."
    for line, published in [
        ("Brüssel (AFP) 28.01.2025 – 11:47", datetime(2025, 1, 28, 11, 47)),
        ("ntx 18.02.2024 11:42 (MEZ)", datetime(2024, 2, 18, 11, 42)),
        ("dpa 11. November 2014", datetime(2014, 11, 11)),
    ]:
        assert extract_article(f"EU-Agrarminister uneins\n\n{line}\n\n{body}")["published_at"] == published, line


def test_a_wire_dateline_opening_the_first_paragraph_dates_a_page_without_a_dateline_line():
    body = (
        "Garmisch-Partenkirchen (dpa/AFP) 24. Juni 2022 – Zwei Tage vor Beginn des G7-Gipfels auf Schloss Elmau laufen die "
        "Vorbereitungen auf Hochtouren. Seit dem Vormittag beraten die Chefunterhändler der sieben Industriestaaten.\n\n"
        "Geleitet wird das Sherpa-Treffen von Jörg Kukies, dem wirtschaftspolitischen Berater des Bundeskanzlers."
    )
    article = extract_article(f"Alpenland-Nachrichten\n\nG7-Gipfel in Elmau: Sherpas feilen an der Erklärung\n\n{body}")
    assert (article["published_at"], article["published_precision"]) == (datetime(2022, 6, 24), "day")
    assert article["body"] == body
    # a dateline line says more (it may carry the time)
    article = extract_article(f"G7-Gipfel in Elmau\n\n24.06.2022, 11:42 Uhr\n\n{body}")
    assert article["published_at"] == datetime(2022, 6, 24, 11, 42)


def test_update_stamp_dates_a_page_without_a_first_publication_date():
    body = "Die Staats- und Regierungschefs der EU haben der Ukraine den Status eines Beitrittskandidaten verliehen."
    only_update = extract_article(f"EU macht die Ukraine zum Beitrittskandidaten\n\nAktualisiert am 23.06.2022-21:34\n\n{body}")
    assert (only_update["published_at"], only_update["published_precision"]) == (datetime(2022, 6, 23, 21, 34), "minute")
    both = extract_article(f"EU macht die Ukraine zum Beitrittskandidaten\n\nAktualisiert am 24.06.2022-08:00\n\n23.06.2022, 21:34 Uhr\n\n{body}")
    assert both["published_at"] == datetime(2022, 6, 23, 21, 34)


def test_output_conforms_and_rejects_are_isolated(monkeypatch):
    good = "Der Stadtrat hat am Donnerstag mit knapper Mehrheit den Haushalt für das kommende Jahr beschlossen."
    furniture_only = "Anzeige\nNewsletter abonnieren und nichts verpassen\n0"
    articles, rejects = articles_from_documents(documents(good, furniture_only))
    assert articles.schema == pl.Schema(ARTICLES)
    assert rejects.schema == pl.Schema(ARTICLE_REJECTS)
    assert articles["article_id"].to_list() == ["d0"]
    assert articles["story_id"].is_null().all()
    assert rejects.row(0, named=True) == {
        "document_id": "d1", "source_path": "d1.txt", "stage": "articles", "problem": NO_TEXT_PROBLEM,
    }

    import transforms.articles as module

    original = module.extract_article

    def explode_on_boom(raw_text, corpus_counts=None):
        if raw_text == "BOOM":
            raise ValueError("kaputt")
        return original(raw_text, corpus_counts)

    monkeypatch.setattr(module, "extract_article", explode_on_boom)
    articles, rejects = articles_from_documents(documents(good, "BOOM"))
    assert articles["article_id"].to_list() == ["d0"]
    assert "ValueError: kaputt" in rejects["problem"][0]


def test_empty_input_gives_empty_conforming_frames():
    articles, rejects = articles_from_documents(documents())
    assert articles.height == 0 and rejects.height == 0
    assert articles.schema == pl.Schema(ARTICLES)


def test_line_document_counts_counts_documents_not_occurrences():
    counts = line_document_counts(documents("Anzeige\nAnzeige\nText A.", "  Anzeige \nText B."))
    as_dict = dict(zip(counts["line"], counts["n_documents"]))
    assert as_dict["anzeige"] == 2
    assert as_dict["text a."] == 1
    assert counts.schema["n_documents"] == pl.Int64


def test_corpus_counts_remove_boilerplate_seen_across_documents():
    boilerplate = "Unsere Redaktion empfiehlt"
    texts = [
        f"Absatz {i}: Der Verein hat am Wochenende sein Jubiläum mit vielen Gästen und Musik gefeiert.\n{boilerplate}\n"
        f"Zum Abschluss {i} gab es ein Feuerwerk über dem See, das viele Besucher begeisterte."
        for i in range(5)
    ]
    frame = documents(*texts)
    articles, _ = articles_from_documents(frame, line_document_counts(frame))
    assert not articles["body"].str.contains(boilerplate).any()
    articles_alone, _ = articles_from_documents(frame.head(1), None)
    assert articles_alone["body"].str.contains(boilerplate).all()  # within one document it is a heading


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, dict]:
    frame = read_documents(REPO_ROOT / "seeds", [gold["source_path"] for gold in GOLD])
    articles, rejects = articles_from_documents(frame, line_document_counts(frame))
    assert rejects.height == 0
    return {row["source_path"]: row for row in articles.iter_rows(named=True)}


@pytest.mark.parametrize("gold", GOLD, ids=[gold["source_path"] for gold in GOLD])
def test_seed_matches_gold(gold, seed_articles):
    article = seed_articles[gold["source_path"]]
    published_at = article["published_at"].isoformat() if article["published_at"] else None
    assert article["title"] == gold["title"]
    assert article["kicker"] == gold["kicker"]
    assert (published_at, article["published_precision"]) == (gold["published_at"], gold["published_precision"])
    assert article["outlet"] == gold["outlet"]
    assert article["agencies"] == gold["agencies"]
    assert article["language"] == gold["language"]
    paragraphs = [normalise(p) for p in article["body"].split(PARAGRAPH_SEPARATOR)]
    assert paragraphs == gold["content_lines"] or sorted(paragraphs) == sorted(gold["content_lines"])
    for line in gold["furniture_lines"]:
        assert line not in paragraphs
        assert len(line) < 20 or line not in article["body"]
