"""Event extractor vs hand-annotated gold (seeds/ and German Wikinews): `python -m transforms.evaluation.events`.

Gold: tests/fixtures/events_gold.json; its "description" states the annotation rules and label set.
Held-out gold (same rules, Wikinews train split, annotated blind, not for tuning):
tests/fixtures/events_gold_heldout.json, scored with `--heldout`. The first held-out set, tuned on
since session 3, is tests/fixtures/events_gold_train.json (`--gold tests/fixtures/events_gold_train.json`).
Each gold event names the sentence that reports it best (`evidence`, the sentence's first ~60
characters) and every other sentence of the article that refers to the same event
(`other_mentions`). A prefix is located in the article body and extended to the end of its sentence.

Matching (per article, one-to-one): a predicted event takes part in an article through its
event_mentions rows there; it can match a gold event of that article when one of those
mention spans (start_char, end_char) overlaps one of the gold event's sentences. Candidate pairs
are taken greedily, preferring overlap with the gold `evidence` sentence, then the same
event_type, then the same date. A second predicted event for an already matched gold event is a
false positive (an article reports an event once, however often it mentions it); so is a
prediction in a sentence that reports no qualifying event.

Attributes, scored on matched pairs:
- date: the gold date and the predicted start_date/date_precision are read as day intervals.
  Accurate when the prediction lies within the gold interval (exact at gold precision; a gold
  null needs a null prediction). Wrong when a predicted date is disjoint from the gold interval or
  the gold has no date (the issue's target: wrong dates rarer than one in ten of dated events).
  A gold event the page leaves undated whose `occasion` another page of the set dates may take
  that date from its story (the issue: "unless the same event is dated by another article of the
  same story"): null is accurate, a date inside the occasion's most precise gold date is accurate
  and counted as dated by the story, a date outside every gold date of the occasion is wrong.
- location and participants: lenient name match, lower-cased word tokens without determiners,
  equal or one a short inflection of the other ("Russlands" ~ "Russland"); gold names list
  alternatives with "|". Predicted participants are entity_ids, named by their entity_mentions
  surfaces (in the same article where possible). Participant P/R are micro-averaged.
- status ("past"/"planned"), only when the extractor returns a `status` column: the article's own
  event_mentions.status (most common non-null over the event's mentions there), else events.status.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

import polars as pl

from transforms.schemas import ARTICLES, conform

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO_ROOT / "tests" / "fixtures" / "events_gold.json"
HELDOUT_GOLD = REPO_ROOT / "tests" / "fixtures" / "events_gold_heldout.json"
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_SEEDS = REPO_ROOT / "seeds"
WIKINEWS_DIR = Path("quotes-wikinews") / "dev"
SEEDS_SOURCE = "seeds"
# Raw pages kept beside a gold file, in the folder its "pages_dir" names (relative to the gold file).
PAGES_SOURCE = "pages"
WIKINEWS_SOURCE = "quotes-wikinews/dev"
WIKINEWS_TRAIN_SOURCE = "quotes-wikinews/train"
# Gold "source" of a Wikinews document -> its folder under the shared data folder.
WIKINEWS_DIRS = {WIKINEWS_SOURCE: WIKINEWS_DIR, WIKINEWS_TRAIN_SOURCE: Path("quotes-wikinews") / "train"}
EVENT_TYPES = (
    "meeting", "talks", "negotiations", "consultations", "session", "summit", "call", "visit", "conference"
)
STATUSES = ("past", "planned")
PRECISIONS = ("day", "week", "month", "year")

# A sentence ends at . ! ? … (plus closing quotes/brackets) before whitespace and a capital, a
# digit or an opening quote, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«’)\]]*(?=\s+[\"'“”„»«(\[]?[A-ZÄÖÜ0-9])|\n")
_LAST_WORD = re.compile(r"(\w+)$")
_ABBREVIATIONS = {"dr", "prof", "st", "nr", "ca", "bzw", "vgl", "mio", "mrd", "usw", "sog", "jh", "abs", "art", "gen"}
_MAX_SENTENCE_CHARS = 1000
_WIKINEWS_NAME = re.compile(r"^\s*\d+\s*-\s*(?P<title>.*?)\s*\((?P<date>\d{4}-\d{2}-\d{2})\)\.json$")
_NAME_TOKEN = re.compile(r"\w[\w\-]*")
_NAME_STOPWORDS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "von", "vom", "zu", "zum", "zur", "und", "für", "in", "im", "am", "an", "auf", "bei", "mit",
    "the", "of", "de", "da", "do", "du", "la", "le", "van",
}
# Inflected and base form of a name: "Russlands"/"Russland", "Nato-Russland-Rats"/"…-Rat".
_MAX_INFLECTION_CHARS = 3
_MIN_STEM_CHARS = 4


# --- locating gold sentences --------------------------------------------------------------------


def sentence_span(body: str, start: int) -> tuple[int, int]:
    """Body + offset of a sentence start -> (start, end) of that sentence, end exclusive."""
    limit = min(len(body), start + _MAX_SENTENCE_CHARS)
    position = start + 1
    while position < limit:
        found = _SENTENCE_END.search(body, position, limit)
        if found is None:
            break
        if found.group() == "\n":
            return start, found.start()
        if body[found.start()] == ".":
            word = _LAST_WORD.search(body, start, found.start())
            # "13. Januar", "1. Bataillon", "Prof. Pan": an ordinal or an abbreviation, not an end.
            if word and (
                (word.group().isdigit() and len(word.group()) <= 2) or word.group().lower() in _ABBREVIATIONS
            ):
                position = found.end()
                continue
        return start, found.end()
    return start, len(body[:limit].rstrip())


def locate(body: str, prefix: str) -> int | None:
    """Article body + evidence prefix -> offset of its first occurrence (whitespace-tolerant), or None."""
    position = body.find(prefix)
    if position >= 0:
        return position
    words = prefix.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(word) for word in words), body)
    return found.start() if found else None


def gold_spans(body: str, event: dict) -> tuple[list[tuple[int, int]], list[str]]:
    """Body + gold event -> sentence spans (evidence first, None-free) and the prefixes not found."""
    spans: list[tuple[int, int]] = []
    missing: list[str] = []
    for prefix in [event["evidence"], *event.get("other_mentions", [])]:
        start = locate(body, prefix)
        if start is None:
            missing.append(prefix)
            if not spans:
                spans.append((-1, -1))  # keeps index 0 for the evidence sentence; overlaps nothing
            continue
        span_start, span_end = sentence_span(body, start)
        # "Frankfurt. Die Tarifverhandlungen …": a dateline city the annotator read as part of the sentence.
        spans.append((span_start, max(span_end, start + len(prefix))))
    return spans, missing


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two half-open character spans -> whether they share a character."""
    return a[0] < b[1] and b[0] < a[1] and a[0] >= 0 and b[0] >= 0


# --- dates --------------------------------------------------------------------------------------


def date_interval(value: object, precision: str | None) -> tuple[date, date] | None:
    """A date (gold string or predicted date) + its precision -> the days it covers, or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}-W\d{2}", text):
            day, precision = date.fromisocalendar(int(text[:4]), int(text[6:]), 1), "week"
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
        elif re.fullmatch(r"\d{4}-\d{2}", text):
            day, precision = date(int(text[:4]), int(text[5:7]), 1), "month"
        elif re.fullmatch(r"\d{4}", text):
            day, precision = date(int(text), 1, 1), "year"
        else:
            raise ValueError(f"not a gold date: {value!r}")
    elif isinstance(value, date):
        day = value
    else:
        raise TypeError(f"not a date: {value!r}")
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if precision == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day  # "day", NULL or anything finer ("minute")


def date_scores(
    gold_value: object, gold_precision: str | None, predicted_value: object, predicted_precision: str | None
) -> tuple[bool, bool]:
    """Gold and predicted date -> (accurate at gold precision, wrong: contradicts or invents a date)."""
    gold = date_interval(gold_value, gold_precision)
    predicted = date_interval(predicted_value, predicted_precision)
    if gold is None:
        return predicted is None, predicted is not None
    if predicted is None:
        return False, False
    accurate = gold[0] <= predicted[0] and predicted[1] <= gold[1]
    wrong = predicted[1] < gold[0] or predicted[0] > gold[1]
    return accurate, wrong


def occasion_intervals(gold_documents: list[dict]) -> dict[str, list[tuple[date, date]]]:
    """Gold documents -> for each occasion, the day intervals its dated gold events give, most precise first."""
    intervals: dict[str, set[tuple[date, date]]] = {}
    for document in gold_documents:
        for event in document["events"]:
            interval = date_interval(event["date"], event["date_precision"])
            if event.get("occasion") and interval is not None:
                intervals.setdefault(event["occasion"], set()).add(interval)
    return {occasion: sorted(found, key=lambda i: (i[1] - i[0], i)) for occasion, found in intervals.items()}


# --- names --------------------------------------------------------------------------------------


def name_tokens(text: str | None) -> list[str]:
    """A name -> its lower-cased word tokens without determiners, prepositions or single letters."""
    if not text:
        return []
    return [t for t in _NAME_TOKEN.findall(text.lower()) if len(t) > 1 and t not in _NAME_STOPWORDS]


def _tokens_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _MIN_STEM_CHARS and long.startswith(short) and len(long) - len(short) <= _MAX_INFLECTION_CHARS


def names_match(gold: str, surfaces: Iterable[str]) -> bool:
    """Gold name ("Russland|Moskau") + predicted surfaces -> whether any word token agrees."""
    gold_tokens = {t for alternative in gold.split("|") for t in name_tokens(alternative)}
    return any(_tokens_match(g, p) for surface in surfaces for p in name_tokens(surface) for g in gold_tokens)


def participant_matches(gold: list[str], predicted: list[list[str]]) -> int:
    """Gold participant names + surfaces of each predicted participant -> size of a maximum 1:1 matching."""
    edges = [[pi for pi, surfaces in enumerate(predicted) if names_match(name, surfaces)] for name in gold]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return sum(augment(gi, set()) for gi in range(len(gold)))


# --- matching and scoring -----------------------------------------------------------------------


def match_events(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """Gold events (with "spans") + predicted events (with "spans") of one article -> matched index pairs."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if not any(overlaps(a, b) for a in g["spans"] for b in p["spans"]):
                continue
            on_evidence = any(overlaps(g["spans"][0], b) for b in p["spans"])
            same_type = p.get("event_type") == g["event_type"]
            same_date = date_scores(g["date"], g["date_precision"], p.get("start_date"), p.get("date_precision"))[0]
            candidates.append(((on_evidence, same_type, same_date), -gi, -pi, gi, pi))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _rows_by(frame: pl.DataFrame, key: str) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    if frame.height and key in frame.columns:
        for row in frame.iter_rows(named=True):
            grouped.setdefault(row[key], []).append(row)
    return grouped


def _predicted_events(
    article_id: str,
    mentions: list[dict],
    events: dict[str, dict],
    participants: dict[str, list[dict]],
    surfaces: dict[str, list[dict]],
) -> list[dict]:
    """One article's event_mentions rows + the extractor's tables -> predicted events with spans and names."""
    spans: dict[str, list[tuple[int, int]]] = {}
    evidence: dict[str, str] = {}
    statuses: dict[str, Counter[str]] = {}
    for row in mentions:
        start, end = row.get("start_char"), row.get("end_char")
        span = (start, end) if start is not None and end is not None else (-1, -1)
        spans.setdefault(row["event_id"], []).append(span)
        evidence.setdefault(row["event_id"], row.get("evidence") or "")
        if row.get("status"):
            statuses.setdefault(row["event_id"], Counter())[row["status"]] += 1

    def names(entity_id: str) -> list[str]:
        rows = surfaces.get(entity_id, [])
        local = [r["surface"] for r in rows if r.get("article_id") == article_id]
        return sorted(set(local or [r["surface"] for r in rows])) or [entity_id]

    predicted = []
    for event_id, event_spans in spans.items():
        event = events.get(event_id, {})
        location = event.get("location")
        location_names = [location] if location else []
        if not location_names and event.get("location_entity_id"):
            location_names = names(event["location_entity_id"])
        predicted.append(
            {
                "event_id": event_id,
                "spans": event_spans,
                "evidence": evidence[event_id],
                "event_type": event.get("event_type"),
                "start_date": event.get("start_date"),
                "date_precision": event.get("date_precision"),
                "location": location_names,
                "participants": [names(row["entity_id"]) for row in participants.get(event_id, [])],
                # How this article presents the event (event_mentions.status), else the event's status.
                "status": statuses[event_id].most_common(1)[0][0] if event_id in statuses else event.get("status"),
            }
        )
    return predicted


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _prf(tp: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    precision, recall = _ratio(tp, n_predicted), _ratio(tp, n_gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score_documents(
    gold_documents: list[dict],
    articles: pl.DataFrame,
    events: pl.DataFrame,
    event_mentions: pl.DataFrame,
    event_participants: pl.DataFrame,
    entity_mentions: pl.DataFrame,
) -> dict:
    """Gold documents + articles + the extractor's frames -> event P/R/F1, attribute scores and errors.

    A gold document's article is the row whose article_id is the stem of the gold "file".
    """
    bodies = dict(zip(articles["article_id"].to_list(), articles["body"].to_list())) if articles.height else {}
    events_by_id = {event_id: rows[0] for event_id, rows in _rows_by(events, "event_id").items()}
    mentions_by_article = _rows_by(event_mentions, "article_id")
    participants_by_event = _rows_by(event_participants, "event_id")
    surfaces_by_entity = _rows_by(entity_mentions, "entity_id")
    has_status = "status" in events.columns or "status" in event_mentions.columns

    counts: Counter[str] = Counter()
    type_total: Counter[str] = Counter()
    type_hit: Counter[str] = Counter()
    errors: list[dict] = []
    unlocated: list[dict] = []
    # (document index, gold occasion, predicted event_id or None) of gold events that name their occasion.
    occasions: list[tuple[int, str, str | None]] = []
    dated_occasions = occasion_intervals(gold_documents)
    for index, document in enumerate(gold_documents):
        file = document["file"]
        article_id = Path(file).stem
        body = bodies.get(article_id)
        gold = []
        for event in document["events"]:
            type_total[event["event_type"]] += 1
            spans, missing = gold_spans(body or "", event) if body is not None else ([(-1, -1)], [event["evidence"]])
            unlocated += [{"file": file, "prefix": prefix} for prefix in missing]
            gold.append({**event, "spans": spans})
        predicted = _predicted_events(
            article_id,
            mentions_by_article.get(article_id, []),
            events_by_id,
            participants_by_event,
            surfaces_by_entity,
        )
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)

        def error(kind: str, expected: object, got: object) -> None:
            errors.append({"file": file, "kind": kind, "expected": expected, "got": got})

        pairs = match_events(gold, predicted)
        matched_gold = {gi for gi, _ in pairs}
        matched_predicted = {pi for _, pi in pairs}
        predicted_of = {gi: predicted[pi]["event_id"] for gi, pi in pairs}
        for gi, g in enumerate(gold):
            counts["gold_dated"] += g["date"] is not None
            if g.get("occasion"):
                occasions.append((index, g["occasion"], predicted_of.get(gi)))
            if gi not in matched_gold:
                error("missed", f"{g['event_type']}: {g['evidence']}", None)
        for pi, p in enumerate(predicted):
            if pi not in matched_predicted:
                error("spurious", None, f"{p['event_type']}: {p['evidence'][:80]}")
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            where = f"{g['event_type']}: {g['evidence'][:40]}"
            counts["matched"] += 1
            type_hit[g["event_type"]] += 1
            counts["type_correct"] += p["event_type"] == g["event_type"]
            if p["event_type"] != g["event_type"]:
                error(f"type ({where})", g["event_type"], p["event_type"])
            accurate, wrong = date_scores(g["date"], g["date_precision"], p["start_date"], p["date_precision"])
            story_dates = dated_occasions.get(g.get("occasion") or "") if g["date"] is None else None
            if story_dates:
                counts["story_datable"] += 1
                predicted_days = date_interval(p["start_date"], p["date_precision"])
                finest = story_dates[0]
                borrowed = predicted_days is not None and finest[0] <= predicted_days[0] and predicted_days[1] <= finest[1]
                counts["story_dated_right"] += borrowed
                accurate = predicted_days is None or borrowed
                wrong = predicted_days is not None and all(
                    predicted_days[1] < lo or predicted_days[0] > hi for lo, hi in story_dates
                )
                counts["story_dated_wrong"] += wrong
            counts["date_correct"] += accurate
            counts["date_wrong"] += wrong
            counts["date_predicted"] += p["start_date"] is not None
            if not accurate:
                got = None if p["start_date"] is None else f"{p['start_date']} ({p['date_precision']})"
                error(f"{'wrong date' if wrong else 'date'} ({where})", f"{g['date']} ({g['date_precision']})", got)
            if g["location"] is None:
                location_correct = not p["location"]
            else:
                location_correct = bool(p["location"]) and names_match(g["location"], p["location"])
            counts["location_correct"] += location_correct
            if not location_correct:
                error(f"location ({where})", g["location"], p["location"] or None)
            if g["date"] is not None and accurate:
                counts["gold_dated_right"] += 1
                counts["gold_dated_right_place"] += location_correct
            tp = participant_matches(g["participants"], p["participants"])
            counts["participants_tp"] += tp
            counts["participants_gold"] += len(g["participants"])
            counts["participants_predicted"] += len(p["participants"])
            if tp < max(len(g["participants"]), len(p["participants"])):
                error(f"participants ({where})", g["participants"], p["participants"])
            if has_status:
                counts["status_correct"] += p["status"] == g["status"]
                if p["status"] != g["status"]:
                    error(f"status ({where})", g["status"], p["status"])

    matched = counts["matched"]
    return {
        "n_documents": len(gold_documents),
        "n_gold": counts["gold"],
        "n_predicted": counts["predicted"],
        "n_matched": matched,
        "events": _prf(matched, counts["predicted"], counts["gold"]),
        "type_accuracy": _ratio(counts["type_correct"], matched),
        "date_accuracy": _ratio(counts["date_correct"], matched),
        "date_correct": counts["date_correct"],
        "dates_predicted": counts["date_predicted"],
        "dates_wrong": counts["date_wrong"],
        "wrong_date_rate": _ratio(counts["date_wrong"], counts["date_predicted"]),
        "wrong_date_share_of_matched": _ratio(counts["date_wrong"], matched),
        "location_accuracy": _ratio(counts["location_correct"], matched),
        "location_correct": counts["location_correct"],
        "participants": {
            **_prf(counts["participants_tp"], counts["participants_predicted"], counts["participants_gold"]),
            "tp": counts["participants_tp"],
            "n_gold": counts["participants_gold"],
            "n_predicted": counts["participants_predicted"],
        },
        "gold_dated": counts["gold_dated"],
        "gold_dated_right": counts["gold_dated_right"],
        "gold_dated_right_place": counts["gold_dated_right_place"],
        "story_datable": counts["story_datable"],
        "story_dated_right": counts["story_dated_right"],
        "story_dated_wrong": counts["story_dated_wrong"],
        "merging": merge_scores(occasions) if occasions else None,
        "status_accuracy": _ratio(counts["status_correct"], matched) if has_status else None,
        "status_correct": counts["status_correct"],
        "recall_by_type": {t: (type_hit[t], type_total[t]) for t in EVENT_TYPES if type_total[t]},
        "errors": errors,
        "unlocated": unlocated,
    }


def merge_scores(occasions: list[tuple[int, str, str | None]]) -> dict:
    """(document index, gold occasion, predicted event_id or None) per gold event -> pairwise merge P/R/F1 across documents.

    A pair of gold events from two documents is a gold pair when they share an occasion and a
    predicted pair when both matched the same predicted event; a missed event merges with nothing.
    """
    gold_pairs = predicted_pairs = both = 0
    for i, (doc_a, occasion_a, event_a) in enumerate(occasions):
        for doc_b, occasion_b, event_b in occasions[i + 1 :]:
            if doc_a == doc_b:
                continue
            same_gold = occasion_a == occasion_b
            same_predicted = event_a is not None and event_a == event_b
            gold_pairs += same_gold
            predicted_pairs += same_predicted
            both += same_gold and same_predicted
    return {**_prf(both, predicted_pairs, gold_pairs), "tp": both, "n_gold": gold_pairs, "n_predicted": predicted_pairs}


# --- articles for the gold documents ------------------------------------------------------------


def wikinews_articles(paths: list[Path]) -> pl.DataFrame:
    """Annotated Wikinews JSON files -> articles rows (body = originalText, published = file-name date)."""
    rows = []
    for path in paths:
        name = _WIKINEWS_NAME.match(path.name)
        if name is None:
            raise ValueError(f"no '(YYYY-MM-DD).json' date in the file name {path.name!r}")
        body = json.loads(path.read_text(encoding="utf-8"))["originalText"]
        rows.append(
            {
                "article_id": path.stem,
                "document_id": path.stem,
                "source_path": path.name,
                "title": name["title"],
                "kicker": None,
                "published_at": datetime.fromisoformat(name["date"]),
                "published_precision": "day",
                "outlet": "Wikinews",
                "agencies": [],
                "language": "de",
                "body": body,
                "n_words": len(body.split()),
                "story_id": None,
                "removed_lines": None,
            }
        )
    return conform(pl.DataFrame(rows, schema=ARTICLES), ARTICLES)


def page_articles(folder: Path, file_names: list[str]) -> pl.DataFrame:
    """Raw scraped pages -> articles rows with story ids, built by the articles layer as the pipeline does."""
    from transforms.articles import articles_from_documents, line_document_counts
    from transforms.evaluation.articles import read_documents
    from transforms.stories import FINGERPRINTS, articles_with_story_ids

    documents = read_documents(folder, file_names)
    articles, _ = articles_from_documents(documents, line_document_counts(documents))
    no_known_stories = pl.DataFrame(schema={**FINGERPRINTS, "story_id": pl.String})
    return articles_with_story_ids(articles, no_known_stories)[0]


def run_extractor(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame, float]:
    """articles -> (entity_mentions, events, event_mentions, event_participants, seconds in the event extractor)."""
    from transforms.entities import entity_mentions_from_articles
    from transforms.events import events_from_articles

    entity_mentions = entity_mentions_from_articles(articles)
    started = time.perf_counter()
    events, event_mentions, event_participants = events_from_articles(articles, entity_mentions)
    return entity_mentions, events, event_mentions, event_participants, time.perf_counter() - started


def evaluate_source(gold_documents: list[dict], articles: pl.DataFrame) -> dict:
    """Gold documents of one source + their articles -> score_documents() result, run through the extractor."""
    entity_mentions, events, event_mentions, event_participants, seconds = run_extractor(articles)
    result = score_documents(gold_documents, articles, events, event_mentions, event_participants, entity_mentions)
    result["extractor_seconds"] = seconds
    return result


# --- report and command line --------------------------------------------------------------------


def format_report(source: str, result: dict, show_errors: bool = False) -> str:
    """score_documents() result -> a readable multi-line report."""
    matched = result["n_matched"]
    events = result["events"]
    people = result["participants"]
    status = result["status_accuracy"]
    status_line = "n/a (the extractor returns no status column)"
    if status is not None:
        status_line = f"{status:.3f}  ({result['status_correct']}/{matched})"
    by_type = ", ".join(f"{t} {hit}/{total}" for t, (hit, total) in result["recall_by_type"].items())
    lines = [
        f"{source}: {result['n_documents']} documents, {result['n_gold']} gold events, "
        f"{result['n_predicted']} predicted (per article), {matched} matched",
        f"  events             P {events['precision']:.3f}  R {events['recall']:.3f}  F1 {events['f1']:.3f}",
        f"  among the {matched} matched:",
        f"  type accuracy      {result['type_accuracy']:.3f}",
        f"  date accuracy      {result['date_accuracy']:.3f}  "
        f"({result['date_correct']}/{matched}, exact at gold precision)",
        f"  wrong-date rate    {result['wrong_date_rate']:.3f}  ({result['dates_wrong']} of "
        f"{result['dates_predicted']} predicted dates; {result['wrong_date_share_of_matched']:.3f} "
        f"of matched events; target < 0.100)",
        f"  location accuracy  {result['location_accuracy']:.3f}  ({result['location_correct']}/{matched})",
        f"  dated gold events  {result['gold_dated']}: right date {result['gold_dated_right']}, "
        f"right date and place {result['gold_dated_right_place']} (missed events count as not right)",
        f"  dated by the story {result['story_dated_right']} right, {result['story_dated_wrong']} wrong of "
        f"{result['story_datable']} matched events the page leaves undated and another page of the set dates",
        f"  participants       P {people['precision']:.3f}  R {people['recall']:.3f}  F1 {people['f1']:.3f}  "
        f"({people['tp']} matched of {people['n_predicted']} predicted, {people['n_gold']} gold)",
        f"  status accuracy    {status_line}",
        f"  recall by type     {by_type}",
    ]
    merging = result.get("merging")
    if merging:
        lines.append(
            f"  merging (pairs of reports across articles)  P {merging['precision']:.3f}  R {merging['recall']:.3f}  "
            f"F1 {merging['f1']:.3f}  ({merging['tp']} right of {merging['n_predicted']} merged, {merging['n_gold']} gold pairs)"
        )
    if "extractor_seconds" in result:
        lines.append(f"  extractor time     {result['extractor_seconds']:.2f} s")
    if result["unlocated"]:
        lines.append(f"  WARNING: {len(result['unlocated'])} gold evidence prefixes not found in the bodies:")
        lines += [f"    {u['file']}: {u['prefix']!r}" for u in result["unlocated"]]
    if show_errors:
        for error in result["errors"]:
            expected, got = error["expected"], error["got"]
            lines.append(f"    {error['file'][:40]}  {error['kind']}: expected {expected!r}, got {got!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line -> prints event scores per source; 0 when scored, 2 when gold or data are missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file")
    parser.add_argument("--heldout", action="store_true", help=f"score the held-out gold ({HELDOUT_GOLD.name})")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="shared data folder (quotes-wikinews/dev and /train)"
    )
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of the raw seed articles")
    parser.add_argument("--source", choices=["all", "seeds", "pages", "wikinews"], default="all")
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious event and wrong attribute")
    args = parser.parse_args(argv)

    gold_path = HELDOUT_GOLD if args.heldout else args.gold
    if not gold_path.is_file():
        print(f"event gold not found at {gold_path}", file=sys.stderr)
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = gold["documents"]
    present = {d["source"] for d in documents}
    unknown = present - {SEEDS_SOURCE, PAGES_SOURCE, *WIKINEWS_DIRS}
    if unknown:
        print(f"unknown gold sources in {gold_path}: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    sources = {
        "all": (SEEDS_SOURCE, PAGES_SOURCE, *WIKINEWS_DIRS), "seeds": (SEEDS_SOURCE,), "pages": (PAGES_SOURCE,),
        "wikinews": tuple(WIKINEWS_DIRS),
    }
    wanted = [source for source in sources[args.source] if source in present]
    if not wanted:
        print(f"no gold documents for --source {args.source} in {gold_path}", file=sys.stderr)
        return 2
    by_source = {source: [d for d in documents if d["source"] == source] for source in wanted}

    inputs: dict[str, pl.DataFrame] = {}
    if SEEDS_SOURCE in by_source:
        files = [d["file"] for d in by_source[SEEDS_SOURCE]]
        absent = [f for f in files if not (args.seeds / f).is_file()]
        if absent:
            print(f"seed articles missing from {args.seeds}: {', '.join(absent)}", file=sys.stderr)
            return 2
        inputs[SEEDS_SOURCE] = page_articles(args.seeds, files)
    if PAGES_SOURCE in by_source:
        folder = gold_path.parent / gold.get("pages_dir", "")
        files = [d["file"] for d in by_source[PAGES_SOURCE]]
        absent = [f for f in files if not (folder / f).is_file()]
        if absent:
            print(f"pages missing from {folder}: {', '.join(absent)}", file=sys.stderr)
            return 2
        inputs[PAGES_SOURCE] = page_articles(folder, files)
    for source, subfolder in WIKINEWS_DIRS.items():
        if source not in by_source:
            continue
        folder = args.data / subfolder
        paths = [folder / d["file"] for d in by_source[source]]
        absent = [p.name for p in paths if not p.is_file()]
        if absent:
            print(
                f"Wikinews gold articles not found under {folder} ({len(absent)} missing; expects "
                f"../shared/data/{subfolder.as_posix()}, see ../shared/data/README.md)."
                + (" Use --source seeds to score the seeds only." if SEEDS_SOURCE in present else ""),
                file=sys.stderr,
            )
            return 2
        inputs[source] = wikinews_articles(paths)

    for source, articles in inputs.items():
        result = evaluate_source(by_source[source], articles)
        print(format_report(source, result, show_errors=args.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
