"""raw_documents -> articles: headline, kicker, authors, publication date, outlet, agencies, language and clean body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import polars as pl

from transforms.bylines import byline_authors, is_byline
from transforms.datelines import (
    Dateline,
    parse_caption_stamp,
    parse_closing_credit_date,
    parse_dateline,
    parse_lead_dateline,
    parse_header,
    parse_issue_line,
)
from transforms.furniture import DATELINE, is_photo_credit, mark_context, mark_local_furniture, mark_repetition
from transforms.language import identify_language
from transforms.lines import KEY_CHARS, Unit, line_key, split_units
from transforms.outlets import agencies_in, credit_outlet, imprint_outlet, split_signature, text_credit_agencies
from transforms.schemas import ARTICLE_REJECTS, ARTICLES, conform
from transforms.titles import choose_title

STAGE = "articles"
PARAGRAPH_SEPARATOR = "\n\n"
NO_TEXT_PROBLEM = "no article text after removing page furniture"
BYLINE_LINE = "byline"
# Units that are the article's own headline and author material, not furniture, although not body either.
_HEADLINE_PARTS = {"scraper header line", "headline", "kicker", BYLINE_LINE}


@dataclass
class _Metadata:
    datelines: list[Dateline] = field(default_factory=list)
    issue: Dateline | None = None  # a magazine's issue month, used when no day is printed
    closing_credit: Dateline | None = None  # "(Gerald Schubert, 28.3.2024)" on a line of its own
    agencies: list[str] = field(default_factory=list)
    outlet: str | None = None


def line_document_counts(documents: pl.DataFrame) -> pl.DataFrame:
    """raw_documents rows (document_id, raw_text) -> one row per normalised line key: line (str), n_documents (int)."""
    # Same normalisation as lines.normalise + lines.line_key, done in Polars for speed.
    return (
        documents.select("document_id", pl.col("raw_text").str.split("\n").alias("line"))
        .explode("line")
        .with_columns(
            pl.col("line")
            .str.replace_all(r"\s+", " ")
            .str.strip_chars()
            .str.to_lowercase()
            .str.slice(0, KEY_CHARS)
        )
        .filter(pl.col("line").is_not_null() & (pl.col("line") != ""))
        .unique(["document_id", "line"])
        .group_by("line")
        .agg(pl.len().cast(pl.Int64).alias("n_documents"))
        .sort("line")
    )


def _read_metadata(units: list[Unit]) -> _Metadata:
    # Datelines, text credits and imprints are metadata: read them, then keep them out of the body.
    metadata = _Metadata()
    for unit in units:
        if metadata.outlet is None:  # publisher credits sit on lines that are furniture otherwise
            metadata.outlet = credit_outlet(unit.text)
        if unit.furniture == DATELINE and (dateline := parse_dateline(unit.text)):
            metadata.datelines.append(dateline)
            if dateline.credit:
                metadata.agencies.extend(agencies_in(dateline.credit))
        elif unit.furniture == DATELINE and (issue := parse_issue_line(unit.text)):
            metadata.issue = metadata.issue or issue
        if unit.furniture is not None:
            continue
        if is_photo_credit(unit.text):  # a picture's credit says nothing about who wrote the text
            continue
        text, signature = split_signature(unit.text)
        if signature is not None:
            metadata.outlet = metadata.outlet or imprint_outlet(signature)
            unit.text = text
        elif outlet := imprint_outlet(unit.text):
            metadata.outlet = metadata.outlet or outlet
            unit.furniture = "publisher imprint"
            continue
        agencies, whole_unit = text_credit_agencies(unit.text)
        metadata.agencies.extend(agencies)
        if whole_unit:
            unit.furniture = "agency credit line"
        if unit.text.startswith("(") and (credit_date := parse_closing_credit_date(unit.text)):
            metadata.closing_credit = credit_date
            unit.furniture = unit.furniture or "closing credit"
    metadata.agencies = list(dict.fromkeys(metadata.agencies))
    return metadata


def _lead_caption_dateline(units: list[Unit]) -> Dateline | None:
    # Only the caption of the article's own lead image dates the article; captions further down
    # belong to related-article teasers and carry those articles' older dates.
    for unit in units:
        if unit.furniture is None and unit.paragraph:
            return None
        if unit.caption and (stamp := parse_caption_stamp(unit.text)):
            return stamp[1]
    return None


def _lead_paragraph_dateline(units: list[Unit]) -> Dateline | None:
    # "Garmisch-Partenkirchen (dpa/AFP) 24. Juni 2022 – …": the wire dateline opening the first paragraph.
    first = next((unit for unit in units if unit.furniture is None and unit.paragraph), None)
    return parse_lead_dateline(first.text) if first else None


def _closing_credit_dateline(units: list[Unit]) -> Dateline | None:
    body_units = [unit for unit in units if unit.furniture is None]
    return parse_closing_credit_date(body_units[-1].text) if body_units else None


def _publication(metadata: _Metadata, units: list[Unit], header_dateline: Dateline | None) -> Dateline | None:
    # Most specific evidence first: a printed dateline, the wire dateline opening the first paragraph,
    # the lead image's stamp, the closing credit's print date, and only then the scraper header's month.
    first_published = [dateline for dateline in metadata.datelines if not dateline.updated]
    if first_published:
        return first_published[0]
    # An update stamp is later than the first publication, but mostly the same day, and the
    # scraper header gives at best the month.
    earliest_update = min(metadata.datelines, key=lambda dateline: dateline.published_at, default=None)
    return (
        _lead_paragraph_dateline(units)
        or _lead_caption_dateline(units)
        or _closing_credit_dateline(units)
        or metadata.closing_credit
        or earliest_update
        or metadata.issue
        or header_dateline
    )


def extract_article(raw_text: str, corpus_counts: Mapping[str, int] | None = None) -> dict[str, object]:
    """Raw document text + corpus line counts -> article fields (title … removed_lines; body may be empty)."""
    units = split_units(raw_text)
    header = parse_header(units[0].text) if units else None
    header_title: Unit | None = None
    if header is not None:
        units[0].furniture = "scraper header line"
        if header.title:
            header_title = Unit(-1, header.title, 0)

    mark_local_furniture(units)
    metadata = _read_metadata(units)
    mark_repetition(units, corpus_counts)
    choice = choose_title(units, header_title)
    headline_keys = {line_key(text) for text in (choice.title, choice.kicker) if text}
    for index, reason in ((choice.kicker_index, "kicker"), (choice.title_index, "headline")):
        if index is not None:
            units[index].furniture = reason
    for unit in units:
        if unit.furniture is None and unit.key in headline_keys:
            unit.furniture = "repeats the headline"
    first_headline = min((i for i in (choice.kicker_index, choice.title_index) if i is not None), default=None)
    mark_context(units, first_headline)
    # "Von Antje Passenheim, New York": who wrote it, not what it says.
    authors: list[str] = []
    for unit in units:
        if unit.furniture is None and is_byline(unit.text):
            unit.furniture = BYLINE_LINE
            authors += [name for name in byline_authors(unit.text) if name not in authors]

    body = PARAGRAPH_SEPARATOR.join(unit.text for unit in units if unit.furniture is None)
    published = _publication(metadata, units, header.dateline if header else None)
    return {
        "title": choice.title,
        "kicker": choice.kicker,
        "authors": authors,
        "published_at": published.published_at if published else None,
        "published_precision": published.precision if published else None,
        "outlet": metadata.outlet,
        "agencies": metadata.agencies,
        "language": identify_language(body),
        "body": body,
        "n_words": len(body.split()),
        "removed_lines": sum(
            unit.n_lines for unit in units if unit.furniture is not None and unit.furniture not in _HEADLINE_PARTS
        ),
    }


def articles_from_documents(
    documents: pl.DataFrame, corpus_lines: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """raw_documents rows (status ok, duplicate_of null) + corpus line counts -> (articles, article_rejects)."""
    corpus_counts: dict[str, int] = {}
    if corpus_lines is not None and corpus_lines.height:
        # A line seen in one document says nothing about furniture; keep the lookup small.
        frequent = corpus_lines.filter(pl.col("n_documents") >= 2)
        corpus_counts = dict(zip(frequent["line"].to_list(), frequent["n_documents"].to_list()))

    articles: list[dict[str, object]] = []
    rejects: list[dict[str, object]] = []
    for document in documents.select("document_id", "source_path", "raw_text").iter_rows(named=True):
        identity = {"document_id": document["document_id"], "source_path": document["source_path"]}
        try:
            fields = extract_article(document["raw_text"] or "", corpus_counts)
        except Exception as exc:  # one malformed document must not stop the batch
            problem = f"article extraction failed: {type(exc).__name__}: {exc}"
            rejects.append({**identity, "stage": STAGE, "problem": problem})
            continue
        if not fields["body"]:
            rejects.append({**identity, "stage": STAGE, "problem": NO_TEXT_PROBLEM})
            continue
        articles.append({"article_id": document["document_id"], **identity, **fields, "story_id": None})

    article_frame = pl.DataFrame(articles, schema=ARTICLES) if articles else pl.DataFrame(schema=ARTICLES)
    reject_frame = pl.DataFrame(rejects, schema=ARTICLE_REJECTS) if rejects else pl.DataFrame(schema=ARTICLE_REJECTS)
    return conform(article_frame, ARTICLES), conform(reject_frame, ARTICLE_REJECTS)
