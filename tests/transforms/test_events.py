from datetime import date, datetime, timedelta

import polars as pl

import transforms.events as events_module
from transforms.events import events_from_articles, parties_in_compounds, town_of_adjective
from transforms.schemas import ARTICLES, ENTITY_MENTIONS, EVENT_MENTIONS, EVENT_PARTICIPANTS, EVENTS


def _article(article_id: str, body: str, published_at: datetime | None, story_id: str | None = None) -> dict:
    row = {name: None for name in ARTICLES}
    row.update(
        article_id=article_id, source_path=f"{article_id}.txt", body=body, published_at=published_at,
        published_precision="minute" if published_at else None, story_id=story_id,
    )
    return row


def _frames(articles: list[dict], entities: dict[str, tuple[str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Articles + {surface: (type, entity_id)} -> articles frame and mentions of every occurrence of those surfaces."""
    mentions = []
    for article in articles:
        for surface, (entity_type, entity_id) in entities.items():
            start = article["body"].find(surface)
            while start >= 0:
                mentions.append(
                    {"article_id": article["article_id"], "source_path": article["source_path"], "entity_id": entity_id,
                     "surface": surface, "entity_type": entity_type, "start_char": start, "end_char": start + len(surface)}
                )
                start = article["body"].find(surface, start + 1)
    return pl.DataFrame(articles, schema=ARTICLES), pl.DataFrame(mentions, schema=ENTITY_MENTIONS)


ENTITIES = {
    "Lissabon": ("LOC", "L-lis"), "Portugal": ("LOC", "L-pt"), "Chile": ("LOC", "L-cl"),
    "Ana Ribeiro": ("PER", "P-ribeiro"), "Ribeiro": ("PER", "P-ribeiro"), "Fischereiverband": ("ORG", "O-fish"),
}


def _event_of_party(events: pl.DataFrame, participants: pl.DataFrame, entity_id: str) -> dict:
    """The first event the entity takes part in, as a row."""
    return events.join(participants.filter(pl.col("entity_id") == entity_id), on="event_id").row(0, named=True)


def _events_of(articles: list[dict], entities: dict[str, tuple[str, str]] = ENTITIES) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Article rows + {surface: (type, entity_id)} -> the extractor's (events, event_mentions, event_participants)."""
    return events_from_articles(*_frames(articles, entities))


def test_a_dated_meeting_gets_its_day_place_participants_and_status():
    body = (
        "Die Außenministerin Ana Ribeiro will am Donnerstag in Lissabon mit Vertretern aus Chile zu Gesprächen "
        "über Fangquoten zusammenkommen. Der Fischereiverband begrüßte die Gespräche."
    )
    articles, mentions = _frames([_article("a", body, datetime(2023, 5, 8, 10, 0))], ENTITIES)  # a Monday
    events, event_mentions, participants = events_from_articles(articles, mentions)
    assert events.columns == list(EVENTS) and event_mentions.columns == list(EVENT_MENTIONS)
    assert participants.columns == list(EVENT_PARTICIPANTS)
    assert events.height == 1
    event = events.row(0, named=True)
    assert (event["event_type"], event["start_date"], event["date_precision"]) == ("talks", date(2023, 5, 11), "day")
    assert (event["location"], event["location_entity_id"], event["status"]) == ("Lissabon", "L-lis", "planned")
    assert set(participants["entity_id"]) == {"P-ribeiro", "L-cl"}
    # The undated second sentence refers back to the same talks: one mention row per article.
    assert event_mentions.height == 1
    mention = event_mentions.row(0, named=True)
    assert body[mention["start_char"] : mention["end_char"]] == mention["evidence"]
    assert mention["evidence"].startswith("Die Außenministerin")


def test_two_outlets_with_different_relative_dates_report_one_event():
    first = "Ribeiro traf sich am Dienstag in Lissabon mit dem Fischereiverband zu einem Treffen."
    second = "Gestern hatte es in Lissabon ein Treffen von Ribeiro mit dem Fischereiverband gegeben."
    articles, mentions = _frames(
        [
            _article("a", first, datetime(2023, 5, 10, 8, 0)),  # Wednesday: "am Dienstag" is 9 May
            _article("b", second, datetime(2023, 5, 10, 18, 0)),  # "gestern" is 9 May too
        ],
        ENTITIES,
    )
    events, event_mentions, _ = events_from_articles(articles, mentions)
    assert events.height == 1
    assert events["start_date"].to_list() == [date(2023, 5, 9)]
    assert events["n_articles"].to_list() == [2] and events["status"].to_list() == ["past"]
    assert sorted(event_mentions["article_id"]) == ["a", "b"]


def test_same_kind_on_another_day_or_in_another_place_stays_apart():
    articles, mentions = _frames(
        [
            _article("a", "Am Montag beginnen in Lissabon Verhandlungen mit Chile.", datetime(2023, 5, 7, 9)),
            _article("b", "Am Dienstag beginnen in Lissabon Verhandlungen mit Chile.", datetime(2023, 5, 7, 9)),
            _article("c", "Am Montag beginnen in Portugal Verhandlungen mit Chile.", datetime(2023, 5, 7, 9)),
        ],
        {**ENTITIES, "Portugal": ("LOC", "L-pt")},
    )
    events, _, _ = events_from_articles(articles, mentions)
    assert events.height == 3


def test_one_report_at_another_venue_sets_an_event_apart_even_after_one_without_a_place():
    body = (
        "Ribeiro nahm an der Sitzung des Präsidiums teil. Während das Präsidium im Rathaus tagte, "
        "kam der Vorstand im Landhaus zusammen."
    )
    events, _, _ = _events_of([_article("a", body, None)])
    assert sorted(events["location"].to_list()) == ["Landhaus", "Rathaus"]


def test_without_a_publication_date_relative_days_stay_unresolved_unless_the_story_dates_them():
    undated = _article("u", "Am Mittwoch soll in Lissabon ein Treffen mit Chile stattfinden.", None, story_id="s1")
    dated = _article("d", "Am Mittwoch soll in Lissabon ein Treffen mit Chile stattfinden.", datetime(2023, 5, 8, 9), story_id="s1")
    alone = _article("x", "Am Mittwoch soll in Lissabon ein Treffen mit Chile stattfinden.", None, story_id="s2")
    events, event_mentions, _ = _events_of([undated, dated, alone])
    # The undated article of the same story joins; the one of another story keeps its event undated.
    assert sorted(events["start_date"].to_list(), key=str) == [date(2023, 5, 10), None]
    dated_event = events.filter(pl.col("start_date").is_not_null())["event_id"].item()
    assert sorted(event_mentions.filter(pl.col("event_id") == dated_event)["article_id"]) == ["d", "u"]
    assert event_mentions.filter(pl.col("event_id") != dated_event)["article_id"].to_list() == ["x"]


def test_interviews_press_conferences_and_court_hearings_are_not_events():
    body = (
        "Das sagte Ribeiro am Montag im Gespräch mit der Zeitung. Am Dienstag gab sie in Lissabon eine "
        "Pressekonferenz. Die Gerichtsverhandlung gegen den Fischereiverband beginnt am Freitag. "
        "Vor dem Verwaltungsgericht in Porto fand am Mittwoch eine erste Anhörung zu den Fangquoten statt. "
        # A court named by a compound, and a hearing it held.
        "Das Sportgericht des Verbands verhandelt am Freitag über die Ausschreitungen. "
        "Das Arbeitsgericht in Porto ordnete nach einer kurzfristig anberaumten Anhörung am Montag das Ende des Streiks an. "
        # Speaking to the press or to analysts, in person or by phone.
        "Auf der Abschlusspressekonferenz am Donnerstag sprach Ribeiro zudem über die Fangquoten. "
        "In einer Telefonkonferenz mit Analysten hatte der Fischereiverband am Dienstag von neuen Quoten gesprochen. "
        "Ribeiro stellte sich am Montagabend in einer Telefonkonferenz den Fragen von Journalisten."
    )
    events, event_mentions, participants = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
    assert events.height == event_mentions.height == participants.height == 0


def test_negotiations_led_by_a_former_judge_are_no_court_hearing():
    body = ("Seit Montag verhandeln der Fischereiverband und die Reedereien in Lissabon unter Leitung "
            "des früheren Bundesarbeitsrichters Klaus Brammertz.")
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
    assert events.select("event_type", "start_date").rows() == [("negotiations", date(2023, 5, 8))]


def test_a_saying_date_is_not_the_event_date():
    body = "Die Gespräche in Lissabon seien schwierig gewesen, sagte Ribeiro am Sonntag."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))])
    assert events.select("location", "start_date", "date_precision").rows() == [("Lissabon", None, None)]


def test_a_later_part_of_the_publication_day_told_in_the_present_is_planned():
    coming = _article("a", "Heute Abend kommt Ribeiro in Lissabon mit Chile zusammen.", datetime(2024, 4, 18, 9))
    assert _events_of([coming])[0].select("start_date", "status").rows() == [(date(2024, 4, 18), "planned")]
    came = _article("b", "Heute Nachmittag kam Ribeiro in Lissabon mit Chile zusammen.", datetime(2024, 4, 18, 19))
    assert _events_of([came])[0].select("start_date", "status").rows() == [(date(2024, 4, 18), "past")]


def test_a_date_in_what_is_announced_dates_the_event():
    body = "Ribeiro kündigte an, er werde am kommenden Dienstag in Lissabon mit Chile zu Gesprächen zusammenkommen."
    events, _, _ = _events_of([_article("a", body, datetime(2024, 4, 18, 9))])
    assert events.select("location", "start_date", "status").rows() == [("Lissabon", date(2024, 4, 23), "planned")]


def test_hypothetical_and_cancelled_meetings_are_not_events():
    body = (
        "Ein Treffen mit Chile in Lissabon wäre sinnvoll, sagte Ribeiro. "
        "Der für Mittwoch geplante Gipfel in Lissabon wurde abgesagt. "
        "Ein für Sonntag geplantes Treffen von Ribeiro mit Chile kam nicht zustande. "
        "„Wir sind heute Nacht nicht zusammengekommen“, sagte ein Teilnehmer. "
        "Die Küstenorte fordern ein Gespräch mit Ribeiro in Lissabon. "
        "Chile bot an, Gespräche mit Ribeiro in Lissabon zu vermitteln. "
        "Die Opposition beantragte eine Sondersitzung des Parlaments in Lissabon noch vor Freitag."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))])
    assert events.height == 0




def test_gatherings_asked_for_or_denied_are_not_events():
    bodies = (
        # asked for
        "Die Küstenorte forderten am Montag einen „Fischereigipfel“ mit Ribeiro in Lissabon.",
        "Der Fischereiverband fordert nun Verhandlungen mit Chile in Lissabon noch im Juni.",
        "Zugleich forderte der Fischereiverband, einen weiteren Gipfel mit Ribeiro in Lissabon noch im Mai einzuberufen.",
        "Chile hat Portugal am Montag erneut zu umfassenden Gesprächen in Lissabon aufgefordert.",
        # denied by their clause
        "Ein Treffen von Ribeiro mit Chile in Lissabon ist nicht vorgesehen.",
        "Ribeiro reiste am Montag nicht nach Lissabon.",
        "Ein Gespräch zwischen Ribeiro und Chile gab es bislang nicht.",
        "Ein Treffen von Ribeiro mit Chile in Lissabon wird es vorerst nicht geben.",
        "Gespräche mit Chile hält Ribeiro derzeit für ausgeschlossen.",
    )
    for body in bodies:
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
        assert events.height == 0, body


def test_a_gathering_beside_a_demand_or_a_denial_is_held():
    cases = {
        "a demand made at a session": (
            "In einer Sitzung in Lissabon hatte der Fischereiverband am Montag eine Senkung der Quoten gefordert.",
            [("session", date(2023, 5, 8))],
        ),
        # The denial reaches only its clause and not a gathering named as its frame.
        "a denial in the next clause": (
            "Ribeiro war am Montag zum Gipfel in Lissabon gereist, ein Treffen mit Chile ist dort nicht vorgesehen.",
            [("summit", date(2023, 5, 8))],
        ),
        "the frame of a denial": (
            "Ein Treffen mit Chile ist am Rande des Gipfels am Montag in Lissabon nicht vorgesehen.",
            [("summit", date(2023, 5, 15))],  # told in the present: the coming Monday
        ),
    }
    for name, (body, expected) in cases.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
        assert events.select("event_type", "start_date").rows() == expected, name


def test_a_session_that_asks_for_something_is_held():
    body = "Der Rat hatte am Montag in Lissabon in einer Sitzung eine Feuerpause verlangt."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
    assert events.select("event_type", "start_date").rows() == [("session", date(2023, 5, 8))]


def test_a_coalition_committee_begun_on_a_day_and_a_budgets_years_are_read_as_such():
    body = "Der am Donnerstagabend begonnene Koalitionsausschuss von CDU, SPD und FDP endete erst gegen drei Uhr morgens."
    events, _, _ = _events_of([_article("a", body, datetime(2024, 11, 15, 8))])  # a Friday
    assert events.select("event_type", "start_date").rows() == [("session", date(2024, 11, 14))]
    # The years a budget is for date no session.
    body = "Den Doppelhaushalt 2025/26 soll das Parlament dann im Februar in einer regulären Sitzung beschließen."
    events, _, _ = _events_of([_article("a", body, datetime(2024, 11, 21, 8))])
    assert events.select("start_date", "date_precision").rows() == [(date(2025, 2, 1), "month")]


def test_a_range_sets_start_and_end():
    body = "Der Gipfel in Lissabon findet vom 12. bis 14. Juni statt, Chile nimmt teil."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))])
    assert events.select("event_type", "start_date", "end_date").rows() == [("summit", date(2023, 6, 12), date(2023, 6, 14))]


def test_no_articles_and_no_event_words_give_empty_tables():
    empty = events_from_articles(pl.DataFrame(schema=ARTICLES), pl.DataFrame(schema=ENTITY_MENTIONS))
    assert [frame.height for frame in empty] == [0, 0, 0]
    articles, mentions = _frames([_article("a", "Das Wetter bleibt am Montag sonnig.", datetime(2023, 5, 8))], ENTITIES)
    assert [frame.height for frame in events_from_articles(articles, mentions)] == [0, 0, 0]


def test_a_statement_date_before_the_event_word_and_far_dates_do_not_date_it():
    body = (
        "Am Freitagabend erklärte Ribeiro in Lissabon das Scheitern der Gespräche mit Chile. "
        "Am 3. Mai hatte der Fischereiverband einen langen Antrag eingebracht, in dem über viele Seiten hinweg "
        "Fangquoten, Schonzeiten, Hafengebühren und Entschädigungen für Küstenorte gefordert werden und der in die Verhandlungen mit Chile einfließen soll."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))])
    assert events["start_date"].to_list() == [None]


def test_a_date_opening_a_long_clause_dates_its_event():
    body = (
        "Bereits am Montag hatten sich Ana Ribeiro und die Vertreterinnen und Vertreter der zwölf Küstengemeinden "
        "des Landes in der Verwaltung des Fischereiverbands für Hafenentwicklung zu einer Vorbesprechung getroffen."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 10, 9))])
    assert events["start_date"].to_list() == [date(2023, 5, 8)]


def test_an_absolute_date_beats_a_nearer_relative_one():
    body = "Zur Sitzung am Abend des 23.06.2023 kam der Fischereiverband in Lissabon zusammen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 6, 24, 9))])
    assert events.select("event_type", "start_date").rows() == [("session", date(2023, 6, 23))]


def test_recurrences_and_relative_clauses_do_not_date_the_event():
    island = "Ribeiro traf sich mit dem Fischereiverband auf der Insel, auf der im März ein Sturm gewütet hatte."
    yearly = "Die Konferenz in Lissabon, die jährlich im Juni stattfindet, lud Chile ein."
    articles, mentions = _frames(
        [_article("a", island, datetime(2023, 12, 29, 9)), _article("b", yearly, datetime(2023, 12, 29, 9))], ENTITIES
    )
    events, _, _ = events_from_articles(articles, mentions)
    assert sorted(events["event_type"]) == ["conference", "meeting"]
    assert events["start_date"].to_list() == [None, None]


def test_words_that_only_look_like_events_make_none():
    body = (
        "Mit dem Eintreffen der Fähre aus Chile wird am Freitag gerechnet. "
        "Ribeiro wurde 2019 in den Kongress gewählt. "
        "Die Begegnung gegen Chile am 14. Mai verlor Portugal. "
        "Im Jahr 2022 besuchten in Lissabon 5000 Kinder die Unterstufe. "
        "Die Zahl der telefonierten Minuten stieg 2022 in Portugal. "
        "Das Thema steht am Montag in jeder Sitzung des Fischereiverbands an. "
        "Nach der Fotosession am Dienstag in Lissabon reiste das Team ab."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
    assert events.is_empty()


def test_inspections_journeys_sessions_and_sitting_at_the_negotiating_table_are_events():
    told = {
        "visit": "Ribeiro hatte sich am Sonntag gemeinsam mit dem Fischereiverband in Lissabon ein Bild von der Lage gemacht.",
        "session": "Die Herbstsession des Parlaments von Portugal beginnt am 9. September in Lissabon.",
        "negotiations": "Am Montag saßen Vertreter von Portugal und Chile in Lissabon erneut bis tief in die Nacht am Verhandlungstisch.",
        # (Swiss spelling: "ss" for "ß")
        "talks": "Vier Stunden lang sassen am Freitag in Lissabon Vertreter von Portugal und Chile um einen Tisch.",
    }
    for event_type, body in told.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
        assert events.select("event_type", "location").rows() == [(event_type, "Lissabon")], body
    events, _, _ = _events_of([_article("a", "Ribeiro bereiste im Mai 2023 Chile.", datetime(2023, 6, 17, 9))])
    assert events.select("event_type", "start_date").rows() == [("visit", date(2023, 5, 1))]


def test_an_event_told_at_the_same_place_takes_the_place_of_the_event_of_its_kind_before():
    body = ("In Lissabon hat am Mittwoch der Gipfel des Fischereiverbands begonnen. "
            "Am Donnerstag sprach Ribeiro mit Vertretern aus Chile. "
            "Am Freitag folgt an gleicher Stelle der Ostseegipfel.")
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
    summits = events.filter(pl.col("event_type") == "summit").sort("start_date")
    assert summits.select("start_date", "location").rows() == [(date(2023, 5, 17), "Lissabon"), (date(2023, 5, 19), "Lissabon")]


def test_a_hyphenated_adjective_before_the_kind_of_place_still_places_the_event():
    body = "Die Verhandlungen in der portugiesisch-spanischen Hafenstadt Ribeiro waren am Donnerstag wieder aufgenommen worden."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 10, 27, 9))])
    assert events.select("event_type", "location").rows() == [("negotiations", "Ribeiro")]


def test_islands_mountains_insertions_and_hosts_relative_clauses_place_the_event():
    places = {"Lissabon": ("LOC", "L-lis"), "Madeira": ("LOC", "L-mad"), "Portugal": ("LOC", "L-pt"), "Petersberg": ("LOC", "L-pb")}
    cases = [
        "Schon beim Fischereirat im Dezember auf Madeira hatten die Minister signalisiert, dass sie zustimmen.",
        "Ihr letztes Treffen hatte am Rande des EU-Gipfels auf Madeira stattgefunden.",
        "Von heute an beraten die Fischereiminister auf dem Petersberg über die Quoten.",
        "Am Dienstag folgt, ebenfalls in Lissabon, der Fischereigipfel.",
        "Am Donnerstag trat der Fischereirat zu einer Sitzung zusammen, die Portugal in Lissabon ausrichtete.",
    ]
    for body in cases:
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))], places)
        assert set(events["location"]) in ({"Madeira"}, {"Lissabon"}, {"Petersberg"}), body
    # The place of what was talked about is not where the talks were.
    body = "Die Minister hatten am Montag in Lissabon über das Vorgehen auf dem Petersberg beraten."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))], places)
    assert events["location"].to_list() == ["Lissabon"]


def test_a_name_after_a_countrys_adjective_is_a_place_the_tagger_may_not_know():
    body = "Am Freitag hatte der G7-Gipfel im kanadischen La Malbaie begonnen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 6, 10, 9))], {})
    assert events.select("event_type", "location").rows() == [("summit", "La Malbaie")]
    body = "Am Freitag kamen die Minister zu einem Frühstück in der britischen Nato-Vertretung zusammen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 6, 10, 9))], {})
    assert events["location"].to_list() == [None]


def test_a_places_genitive_before_an_office_is_whose_minister_not_the_place_visited():
    body = "Portugals Fischereiminister Ana Ribeiro hatte am Mittwoch die Klinik in Lissabon besucht."
    places = {"Portugals": ("LOC", "L-pt"), "Lissabon": ("LOC", "L-lis")}
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 19, 9))], places)
    assert events.select("event_type", "location").rows() == [("visit", "Lissabon")]


def test_bounds_intentions_and_other_sentences_do_not_date_the_event():
    deadline = "Bis zum 30. Juni sollen die Verhandlungen mit Chile abgeschlossen sein."
    since = "Seit dem 19. Januar 1990 besucht Ribeiro jedes Frühjahr den Fischereiverband in Lissabon."
    intention = "Ribeiro hat am Montag erklärt, in direkte Gespräche mit Chile einzutreten."
    unsplit = "Die Zeit war geprägt von den Verhandlungen Portugals mit Chile. 1998 wurde Ribeiro Ministerin."
    own_clause = "Bei einem Treffen mit Chile, das am Montag stattfinden sollte, gab es 2015 keinen Fischereiverband."
    articles, mentions = _frames(
        [_article(name, body, None) for name, body in
         (("deadline", deadline), ("since", since), ("unsplit", unsplit), ("own_clause", own_clause))]
        + [_article("intention", intention, datetime(2023, 5, 17, 9))],
        ENTITIES,
    )
    events, event_mentions, _ = events_from_articles(articles, mentions)
    dated = events.join(event_mentions, on="event_id").filter(pl.col("start_date").is_not_null())
    assert dated.select("article_id", "start_date").rows() == []
    assert set(event_mentions["article_id"]) >= {"deadline", "intention", "unsplit", "own_clause"}


def test_a_phrase_naming_no_happening_before_the_date_does_not_keep_it_from_the_event():
    body = "Vor dem Hintergrund der Spannungen sind die Außenminister heute in Lissabon zu einem Treffen zusammengekommen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
    assert events.select("start_date", "location").rows() == [(date(2023, 5, 17), "Lissabon")]
    other = "Nach der Abstimmung am Montag sind die Außenminister in Lissabon zu einem Treffen zusammengekommen."
    assert _events_of([_article("b", other, datetime(2023, 5, 17, 9))])[0]["start_date"].to_list() == [None]
    # A date of the main clause, after such a phrase, dates the event the clause tells.
    main = "Vor dem Gipfel in Porto haben sich die Außenminister am Montag in einer Videoschalte abgestimmt."
    events = _events_of([_article("c", main, datetime(2023, 5, 17, 9))])[0]
    assert events.filter(pl.col("event_type") == "call")["start_date"].to_list() == [date(2023, 5, 15)]
    # The gathering named as a time takes only a date of its own, not the main clause's.
    aside = "Eine Pressekonferenz nach dem Gipfel in Lissabon gab es nicht; der Sprecher verwies auf die Pressekonferenz am Montag."
    assert _events_of([_article("d", aside, datetime(2023, 5, 17, 9))])[0]["start_date"].to_list() == [None]


def test_a_year_inside_a_name_does_not_date_the_event():
    body = "Ribeiro traf sich in Lissabon mit Vertretern von Global 2000."
    entities = {**ENTITIES, "Global 2000": ("ORG", "O-global")}
    events, _, participants = _events_of([_article("a", body, None)], entities)
    assert events.select("event_type", "start_date", "location").rows() == [("meeting", None, "Lissabon")]
    assert "O-global" in set(participants["entity_id"])


def test_a_year_naming_which_plan_is_meant_does_not_date_the_event():
    body = "Am Montag empfängt Ribeiro den Fischereiverband in Lissabon zu Gesprächen über die Fangquoten 2024."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 9, 13))])
    assert events.select("start_date", "date_precision").rows() == [(date(2023, 9, 18), "day")]
    # After a place the year dates the gathering there.
    body = "Bei der Konferenz in Lissabon 2021 hatten sich die Staaten geeinigt."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 9, 13))])
    assert events.select("start_date", "date_precision").rows() == [(date(2021, 1, 1), "year")]


def test_separable_meeting_verbs_and_the_dates_around_an_earlier_event():
    meeting = "Am Nachmittag kamen heute die Minister aus Chile und Portugal in Lissabon zusammen."
    after = "Ribeiro gab am Montag nach intensiven Verhandlungen mit Chile ihre Zustimmung."
    budget = "Die Verhandlungen mit Chile um den Haushalt für 2024 sind festgefahren."
    court = "Das Gericht in Lissabon, wo der Fall des Fischereiverbands verhandelt wird, ist am Montag überlastet."
    published = datetime(2023, 5, 17, 9)
    articles, mentions = _frames(
        [_article(name, body, published) for name, body in
         (("meeting", meeting), ("after", after), ("budget", budget), ("court", court))],
        ENTITIES,
    )
    events, event_mentions, _ = events_from_articles(articles, mentions)
    rows = events.join(event_mentions, on="event_id").select("article_id", "event_type", "start_date", "location", "status")
    by_article = {row[0]: row[1:] for row in rows.rows()}
    assert by_article["meeting"] == ("meeting", date(2023, 5, 17), "Lissabon", "past")
    # Undated, and past by the tense of the sentence.
    assert by_article["after"] == ("negotiations", None, None, "past")
    assert by_article["budget"][:2] == ("negotiations", None)
    assert "court" not in by_article


def test_parties_named_as_parts_of_a_compound_join_the_event():
    body = (
        "Portugal und Chile streiten über Fangquoten. "
        "Am Montag kamen die Portugal-Chile-Delegationen in Lissabon zusammen, die Chile-Krise blieb Thema."
    )
    _, _, participants = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
    assert set(participants["entity_id"]) == {"L-pt", "L-cl"}
    # A topic compound names no party.
    named = {"chile": "L-cl", "portugal": "L-pt"}
    assert parties_in_compounds("Die Chile-Krise und der Portugal-Haushalt blieben Thema.", named) == []
    assert parties_in_compounds("Die Chile-Portugal-Gespräche und der Chile-Rat.", named) == ["L-cl", "L-pt"]


def test_the_venue_may_follow_its_kind():
    body = "Am 10. Juli findet in der portugiesischen Hauptstadt Lissabon eine Konferenz mit Chile statt."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 6, 21, 9))])
    assert events.select("event_type", "start_date", "location").rows() == [("conference", date(2023, 7, 10), "Lissabon")]


def test_trips_assemblies_and_reflexive_meetings_are_events():
    trip = "Ribeiro will am Montag nach Lissabon reisen."
    meeting = "Ribeiro will sich am Montag in Lissabon mit dem Fischereiverband treffen."
    assembly = "Der Fischereiverband fasste am Donnerstag bei seiner Mitgliederversammlung in Lissabon einen Beschluss."
    entry = "Chile verweigerte Ribeiro am Montag die Einreise nach Portugal."
    cancelled = "Der Parteitag des Fischereiverbands in Lissabon konnte am Montag nicht stattfinden."
    published = datetime(2023, 5, 17, 9)  # a Wednesday
    articles, mentions = _frames(
        [_article(name, body, published) for name, body in
         (("trip", trip), ("meeting", meeting), ("assembly", assembly), ("entry", entry), ("cancelled", cancelled))],
        ENTITIES,
    )
    events, event_mentions, _ = events_from_articles(articles, mentions)
    rows = events.join(event_mentions, on="event_id").select("article_id", "event_type", "start_date", "status")
    assert dict(events.join(event_mentions, on="event_id").select("article_id", "location").rows())["trip"] == "Lissabon"
    assert sorted(rows.rows()) == [
        ("assembly", "session", date(2023, 5, 11), "past"),
        ("meeting", "meeting", date(2023, 5, 22), "planned"),
        ("trip", "visit", date(2023, 5, 22), "planned"),
    ]


def test_a_date_inside_a_participle_attribute_dates_only_the_noun_it_modifies():
    other = "Die am Dienstag in Lissabon veröffentlichte Erklärung von Ribeiro begrüßt die Verhandlungen mit Chile."
    own = "Das für Montag in Lissabon geplante Treffen mit Chile findet statt."
    published = datetime(2023, 5, 17, 9)  # a Wednesday
    events, event_mentions, _ = _events_of([_article("other", other, published), _article("own", own, published)])
    rows = dict(events.join(event_mentions, on="event_id").select("article_id", "start_date").rows())
    assert rows == {"other": None, "own": date(2023, 5, 22)}


def test_a_schedule_the_text_says_has_changed_does_not_date_the_event():
    published = datetime(2023, 5, 14, 9)  # a Sunday
    moved = "Das ursprünglich für Montag geplante Treffen mit Chile findet nun am Mittwoch in Lissabon statt."
    postponed = "Die Verhandlungen mit Chile in Lissabon wurden von Montag auf Donnerstag verschoben."
    superseded = "Die Gespräche mit Chile in Lissabon beginnen heute. Eigentlich sollten die Gespräche erst am Dienstag beginnen."
    events, event_mentions, _ = _events_of(
        [_article("moved", moved, published), _article("postponed", postponed, published), _article("superseded", superseded, published)]
    )
    rows = dict(events.join(event_mentions, on="event_id").select("article_id", "start_date").rows())
    assert rows == {"moved": date(2023, 5, 17), "postponed": date(2023, 5, 18), "superseded": date(2023, 5, 14)}
    # The superseded schedule is the same talks, not a second event on Tuesday.
    assert events.height == 3


def test_an_undated_mention_refers_back_to_the_nearest_event_of_its_kind_and_place():
    body = (
        "Am Montag beginnen in Portugal Gespräche mit Chile. "
        "Am Dienstag trifft Ribeiro in Lissabon den Fischereiverband zu einem Treffen. "
        "Das Treffen gilt als schwierig. Beim Treffen soll es um Fangquoten gehen."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 7, 9))])  # a Sunday
    # "Das Treffen" is the meeting, not the talks named first (which would then read as a meeting).
    assert sorted(events.select("event_type", "start_date").rows()) == [("meeting", date(2023, 5, 9)), ("talks", date(2023, 5, 8))]


def test_an_undated_mention_belongs_to_the_event_of_the_sentence_right_before_it():
    body = (
        "Die Verhandlungen von Ribeiro mit dem Fischereiverband sind am Donnerstag unterbrochen worden. "
        "Nach zwei Tagen intensiver Gespräche in Lissabon gingen beide Seiten auseinander. "
        "Die Gespräche sollen am kommenden Mittwoch fortgesetzt werden."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2022, 9, 23, 9))])  # a Friday
    # "Nach zwei Tagen …" tells the Thursday round, so its place is that round's, not the next one's.
    assert sorted(events.select("start_date", "location").rows()) == [(date(2022, 9, 22), "Lissabon"), (date(2022, 9, 28), None)]


def test_a_date_of_an_intention_in_an_infinitive_clause_does_not_date_the_event():
    body = "Ribeiro kündigte in der Sitzung an, im November einen Bericht vorzulegen."
    events, _, _ = _events_of([_article("a", body, datetime(2016, 10, 17, 9))])
    assert events["start_date"].to_list() == [None]


def test_a_capital_stands_for_its_country_when_reports_are_matched(monkeypatch):
    entities = {
        **ENTITIES, "Moskau": ("LOC", "moskau"), "Russland": ("LOC", "russland"),
        "Washington": ("LOC", "washington"), "USA": ("LOC", "usa"),
    }
    monkeypatch.setattr(events_module, "capital_country_ids", lambda model_dir=None: {"moskau": "russland", "washington": "usa"})
    dated = _article("d", "Die Gespräche zwischen Moskau und Washington beginnen am Montag.", datetime(2023, 5, 7, 9), story_id="s")
    other = _article("o", "Am Montag verhandeln Chile und Portugal über Fangquoten.", datetime(2023, 5, 7, 9), story_id="s")
    undated = _article("u", "Kurz vor Gesprächen zwischen Russland und den USA wächst die Spannung.", None, story_id="s")
    events, event_mentions, _ = _events_of([dated, other, undated], entities)
    joined = dict(events.join(event_mentions, on="event_id").select("article_id", "event_id").rows())
    assert joined["u"] == joined["d"] != joined["o"]


def test_an_event_reported_in_a_capital_and_in_its_country_is_placed_in_the_capital(monkeypatch):
    monkeypatch.setattr(events_module, "capital_country_ids", lambda model_dir=None: {"L-lis": "L-pt"})
    monkeypatch.setattr(events_module, "country_ids", lambda: frozenset({"L-pt"}))
    articles = [
        _article("a", "Die Minister aus Chile verhandeln seit Montag in Portugal.", datetime(2023, 5, 10, 9), story_id="s"),
        _article("b", "Seit Montag verhandeln die Minister aus Chile in Portugal.", datetime(2023, 5, 10, 9), story_id="s"),
        _article("c", "Die Minister aus Chile verhandeln seit Montag in Lissabon.", datetime(2023, 5, 10, 9), story_id="s"),
    ]
    events, _, _ = _events_of(articles)
    assert events.select("location", "n_articles").rows() == [("Lissabon", 3)]


def test_on_a_page_dated_only_to_its_month_weekdays_date_events_to_that_month_and_stay_apart():
    body = "Am Montag trafen sich Ribeiro und Macron in Lissabon. Am Donnerstag trafen sich Ribeiro und Macron in Lissabon erneut."
    article = {**_article("m", body, datetime(2022, 1, 1)), "published_precision": "month"}
    events, _, _ = _events_of([article], {**ENTITIES, "Macron": ("PER", "P-macron")})
    assert events.select("start_date", "end_date", "date_precision").rows() == [(date(2022, 1, 1), date(2022, 1, 31), "month")] * 2


def test_on_a_page_dated_only_to_its_month_a_written_day_keeps_its_day_and_the_issues_year():
    body = (
        "Am 28. Januar trafen sich Ribeiro und der Fischereiverband in Lissabon. "
        "Für den 3. Februar ist ein weiteres Treffen mit dem Fischereiverband in Lissabon geplant."
    )
    article = {**_article("m", body, datetime(2022, 1, 1)), "published_precision": "month"}
    events, _, _ = _events_of([article])
    assert sorted(events.select("start_date", "date_precision").rows()) == [(date(2022, 1, 28), "day"), (date(2022, 2, 3), "day")]


def test_on_a_page_dated_only_to_its_month_a_day_counted_from_a_written_day_keeps_its_day():
    body = "Am 3. März trafen sich Ribeiro und der Fischereiverband in Lissabon. Tags zuvor hatten sich Ribeiro und Chile in Lissabon getroffen."
    article = {**_article("m", body, datetime(2022, 5, 1)), "published_precision": "month"}
    events, _, _ = _events_of([article])
    assert sorted(events.select("start_date", "date_precision").rows()) == [(date(2022, 3, 2), "day"), (date(2022, 3, 3), "day")]


def test_a_visit_to_a_capital_and_one_to_its_country_are_one_place(monkeypatch):
    entities = {**ENTITIES, "Santiago": ("LOC", "santiago"), "Peru": ("LOC", "peru"), "Lima": ("LOC", "lima")}
    monkeypatch.setattr(events_module, "capital_country_ids", lambda model_dir=None: {"santiago": "L-cl", "lima": "peru"})
    first = _article("a", "Ana Ribeiro besucht am Dienstag Chile.", datetime(2023, 5, 7, 9))
    second = _article("b", "Ribeiro war am Dienstag in Santiago zu Besuch.", datetime(2023, 5, 10, 9))
    third = _article("c", "Ribeiro war am Dienstag in Lima zu Besuch.", datetime(2023, 5, 10, 9))
    events, event_mentions, _ = _events_of([first, second, third], entities)
    joined = dict(events.join(event_mentions, on="event_id").select("article_id", "event_id").rows())
    assert joined["a"] == joined["b"] != joined["c"]


def test_dort_takes_the_place_the_sentence_before_named():
    body = "Ribeiro hält sich seit Sonntag in Lissabon auf. Am Montag soll dort ein Treffen mit Chile stattfinden."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 7, 9))])
    assert events.select("start_date", "location", "location_entity_id").rows() == [(date(2023, 5, 8), "Lissabon", "L-lis")]
    # A known town the tagger took for a person places it all the same.
    taken_for_a_person = {**ENTITIES, "Teheran": ("PER", "P-teheran")}
    body = "Ribeiro war zuletzt im April in Teheran. Dort traf sie am Montag den Außenminister von Chile."
    events, _, _ = _events_of([_article("b", body, datetime(2023, 5, 10, 9))], taken_for_a_person)
    assert events.select("location", "location_entity_id").rows() == [("Teheran", None)]


def test_talking_with_meeting_a_person_sounding_out_and_wage_talks_are_events():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Verdi": ("ORG", "O-verdi")}
    texts = {
        "spoke": "Ribeiro sprach am Montag in Lissabon mit dem französischen Präsidenten Macron.",
        "spoken": "Ribeiro hatte am Montag in Lissabon mit Macron gesprochen.",
        "meets": "Ribeiro trifft am Montag in Lissabon Macron.",
        "sounds": "Der Fischereiverband will am Montag in Lissabon mit Chile sondieren.",
        "wages": "Die Tarifverhandlungen mit Verdi gehen am Montag in Lissabon weiter.",
        "press": "Ribeiro sprach am Montag in Lissabon mit der Süddeutschen Zeitung.",
        "decision": "Ribeiro will am Montag in Lissabon eine Entscheidung treffen.",
        "object first": "Ribeiro hatte den Fischereiverband am Montag in Lissabon getroffen.",
        "decision first": "Ribeiro hatte die Entscheidung am Montag in Lissabon getroffen.",
        "received after a party": "Ana Ribeiro (PS) hat am Montag die Spitzen der Fischerei in Lissabon empfangen.",
        "received, the subject after the auxiliary": "Am Montag hatte Ribeiro in Lissabon die Spitzen der Fischerei empfangen.",
        "hit hard": "Der Streik hat Ribeiro am Montag in Lissabon schwer getroffen.",
    }
    # A week apart, so that the Monday gatherings in Lissabon stay apart.
    articles = [_article(key, text, datetime(2023, 1, 1, 9) + timedelta(weeks=week)) for week, (key, text) in enumerate(texts.items())]
    events, event_mentions, _ = _events_of(articles, entities)
    kinds = dict(events.join(event_mentions, on="event_id").select("article_id", "event_type").rows())
    assert kinds == {
        "spoke": "talks", "spoken": "talks", "meets": "meeting", "sounds": "talks", "wages": "negotiations", "object first": "meeting",
        "received after a party": "meeting", "received, the subject after the auxiliary": "meeting",
    }


def test_a_meeting_on_the_sidelines_of_a_summit_is_its_own_event():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = "Am Montag begann in Lissabon ein Gipfel mit Chile. Am Rande des Gipfels trafen sich Ribeiro und Macron am Montag."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 9, 9))], entities)  # a Tuesday
    assert sorted(events.select("event_type", "start_date").rows()) == [("meeting", date(2023, 5, 8)), ("summit", date(2023, 5, 8))]


def test_the_host_of_a_sideline_meeting_is_the_gathering_the_article_tells_of():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Der Gipfel in Lissabon dauerte von Montag bis Mittwoch. "
        "Am Rande des Gipfels trafen sich Ribeiro und Macron am Dienstag."
    )
    events, event_mentions, participants = _events_of([_article("a", body, datetime(2023, 5, 11, 9))], entities)  # a Thursday
    rows = {r["event_type"]: r for r in events.iter_rows(named=True)}
    # The summit keeps its Monday; Tuesday dates the meeting, which takes the summit's place.
    assert set(rows) == {"summit", "meeting"}
    assert (rows["summit"]["start_date"], rows["summit"]["end_date"]) == (date(2023, 5, 8), date(2023, 5, 10))
    assert (rows["meeting"]["start_date"], rows["meeting"]["location"]) == (date(2023, 5, 9), "Lissabon")
    # The people who met aside are not the summit's participants.
    summit_parties = set(participants.filter(pl.col("event_id") == rows["summit"]["event_id"])["entity_id"])
    assert not summit_parties & {"P-ribeiro", "P-macron"}


def test_an_undated_sideline_meeting_takes_the_day_of_the_first_gathering_of_its_hosts_kind():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Porto": ("LOC", "L-porto")}
    body = (
        "Am Montag begann in Lissabon der Gipfel mit Chile. "
        "Die Idee zu dem Gipfel war bei einem Gipfel in Porto am 3. Januar entstanden. "
        "Am Rande des Gipfels trafen sich Ribeiro und Macron."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 9, 9))], entities)  # a Tuesday
    meeting = events.filter(pl.col("event_type") == "meeting").row(0, named=True)
    assert (meeting["start_date"], meeting["location"], meeting["status"]) == (date(2023, 5, 8), "Lissabon", "past")
    assert events.height == 3


def test_a_sideline_meeting_of_a_named_gathering_takes_that_gatherings_day_not_the_first_one_told():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Die Fischereiminister kamen am Freitag in Lissabon zusammen. "
        "Die Minister der G20-Staaten waren am Donnerstag in Lissabon zusammengekommen. "
        "Am Rande des G20-Treffens hatten Ribeiro und Macron miteinander gesprochen."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 3, 4, 9))], entities)  # a Saturday
    talks = events.filter(pl.col("event_type") == "talks").row(0, named=True)
    assert talks["start_date"] == date(2023, 3, 2)


def test_a_sideline_talk_its_host_does_not_date_stays_its_own_event():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Die Minister des Fischereiverbands trafen sich am Montag in Lissabon. "
        "Zuletzt hatten sie im März getagt. "
        "Am Rande der Tagung ist ein Gespräch von Ribeiro mit Macron geplant."
    )
    _, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 9, 9))], entities)
    assert event_mentions["evidence"].str.starts_with("Am Rande").sum() == 1


def test_a_bare_on_the_sidelines_meeting_is_its_own_event_beside_the_gathering_told_before():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Am Montag hatten sich die Minister des Fischereiverbands in Lissabon getroffen. "
        "Ribeiro traf dort am Rande auch Macron."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 5, 11, 9))], entities)  # a Thursday
    assert events.height == 2
    aside = _event_of_party(events, participants, "P-macron")
    assert (aside["start_date"], aside["location"]) == (date(2023, 5, 8), "Lissabon")


def test_a_meeting_beside_a_gathering_told_before_takes_its_place():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Heute hat in Lissabon der zweitägige Gipfel des Fischereiverbands begonnen. "
        # The verb's span holds "Gipfels": the sentence has no mention of the summit of its own.
        "Am Nachmittag kam Ribeiro am Rande des Gipfels mit Macron zusammen."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 5, 10, 9))], entities)  # a Wednesday
    aside = _event_of_party(events, participants, "P-macron")
    assert (aside["start_date"], aside["location"]) == (date(2023, 5, 10), "Lissabon")
    # On a page without a date, a weekday the summit's day does not fit keeps the meeting apart from it.
    body = (
        "Am 14. Mai 2025 tagt in Lissabon der Gipfel des Fischereiverbands. "
        "Am Rande des Gipfels kam Ribeiro am Dienstag mit Macron zusammen."
    )
    events, _, participants = _events_of([_article("a", body, None)], entities)
    aside = _event_of_party(events, participants, "P-macron")
    assert aside["start_date"] is None


def test_a_lead_on_the_sidelines_retells_the_meeting_the_body_dates_and_an_open_question_is_none():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Der Gipfel in Lissabon geht heute zu Ende. Am Rande gab es ein Treffen zwischen Ribeiro und Macron. "
        "Ribeiro und Macron kamen am Dienstagnachmittag zu einem Gespräch zusammen. "
        "Ob es am Rande auch zu einem Treffen mit Chile kommt, war offen."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 5, 11, 9))], entities)  # a Thursday
    meeting = events.filter(pl.col("event_type") != "summit").row(0, named=True)
    assert events.height == 2 and meeting["start_date"] == date(2023, 5, 9)
    # The lead went to the meeting, not to the summit told right before it.
    summit = events.filter(pl.col("event_type") == "summit")["event_id"][0]
    assert participants.filter(pl.col("event_id") == summit).is_empty()


def test_a_host_named_at_length_is_told_by_its_first_word():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Skopje": ("LOC", "L-sk")}
    body = (
        "In Skopje hat heute der zweitägige Ministerrat der Organisation für Sicherheit und Zusammenarbeit in Europa "
        "begonnen. Am Rande des Ministerrats traf Ribeiro am Nachmittag Macron."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 11, 30, 9))], entities)
    aside = _event_of_party(events, participants, "P-macron")
    assert (aside["start_date"], aside["location"]) == (date(2023, 11, 30), "Skopje")


def test_an_event_told_ending_on_a_later_day_than_it_began_is_one_event_over_those_days():
    entities = {**ENTITIES, "Abu Dhabi": ("LOC", "L-ad")}
    body = "Die Konferenz hatte am Montag in Abu Dhabi begonnen. Die Konferenz ist am Donnerstag zu Ende gegangen."
    events, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))], entities)  # a Friday
    assert events.select("start_date", "end_date", "location").rows() == [(date(2023, 5, 8), date(2023, 5, 11), "Abu Dhabi")]
    # Not having ended as planned is no plan: the end lies behind.
    body = "Die Konferenz ist am Donnerstag nicht wie geplant zu Ende gegangen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))], entities)
    assert events.select("start_date", "status").rows() == [(date(2023, 5, 11), "past")]
    # Two conferences that each began are not one running on.
    body = (
        "Die Konferenz hatte am Montag in Abu Dhabi begonnen. Eine zweite Konferenz hatte am Dienstag begonnen. "
        "Die Konferenz ist am Donnerstag zu Ende gegangen."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))], entities)
    assert date(2023, 5, 11) in events["start_date"].to_list()


def test_a_later_day_of_a_gathering_told_as_going_on_or_joined_is_the_same_gathering():
    begun_thursday = "Der Gipfel in Lissabon hatte am Donnerstag begonnen. "
    begun_wednesday = "Die Konferenz der Fischereiminister in Lissabon hatte am Mittwoch begonnen. "
    # name: (body, the events as (type, start, end))
    cases = {
        "a summit going on": (
            begun_thursday + "Die Staats- und Regierungschefs berieten am Freitag zudem über die Lage in Chile.",
            [("summit", date(2023, 5, 11), date(2023, 5, 12))],
        ),
        # A bare definite word joined or continued later is the gathering begun, under whatever name.
        "a conference joined": (
            begun_wednesday + "Ribeiro nahm am Donnerstag an den Beratungen teil.",
            [("conference", date(2023, 5, 10), date(2023, 5, 11))],
        ),
        # Without a word of going on, a summit three days after another is one of its own.
        "no going on": (
            "Der Gipfel in Lissabon hatte am Dienstag begonnen. Die Staats- und Regierungschefs berieten am Freitag über Chile.",
            [("summit", date(2023, 5, 9), date(2023, 5, 9)), ("summit", date(2023, 5, 12), date(2023, 5, 12))],
        ),
        # A gathering the later day brings in anew, or joined by its own name, is one of its own.
        "brought in anew": (
            begun_thursday + "Am Freitagmorgen hatten die Staats- und Regierungschefs zudem auf einem Euro-Gipfel über ein Budget beraten.",
            [("summit", date(2023, 5, 11), date(2023, 5, 11)), ("summit", date(2023, 5, 12), date(2023, 5, 12))],
        ),
        "joined by its own name": (
            begun_wednesday + "Ribeiro nahm am Donnerstag am Fischereigipfel teil.",
            [("conference", date(2023, 5, 10), date(2023, 5, 10)), ("summit", date(2023, 5, 11), date(2023, 5, 11))],
        ),
        # Nor is a meeting of one day told as lasting.
        "not told as lasting": (
            "Die Fischereiminister trafen sich am Mittwoch in Lissabon. Ribeiro nahm am Donnerstag an den Beratungen teil.",
            [("consultations", date(2023, 5, 11), date(2023, 5, 11)), ("meeting", date(2023, 5, 10), date(2023, 5, 10))],
        ),
    }
    for name, (body, expected) in cases.items():
        events, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 13, 9))])  # a Saturday
        assert sorted(events.select("event_type", "start_date", "end_date").rows()) == expected, name
        assert event_mentions.height == len(expected), name


def test_a_meeting_following_or_beside_a_conference_is_its_own_event():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    cases = [
        (
            "Am Donnerstag tagt in Lissabon die Konferenz des Fischereiverbands. "
            "Im Anschluss an die Konferenz treffen die Minister am Donnerstagnachmittag Macron zu einem Gespräch.",
            datetime(2023, 5, 9, 9),  # a Tuesday
            [("conference", date(2023, 5, 11)), ("talks", date(2023, 5, 11))],
        ),
        # People meeting by name, in a sentence of their own, meet beside the conference of that day.
        (
            "Die Fischereikonferenz war am Montag in Lissabon eröffnet worden. "
            "Am Montagabend traf Ribeiro zudem Macron im Palácio de Belém.",
            datetime(2023, 5, 10, 9),  # a Wednesday
            [("conference", date(2023, 5, 8)), ("meeting", date(2023, 5, 8))],
        ),
    ]
    for body, published, expected in cases:
        events, _, _ = _events_of([_article("a", body, published)], entities)
        assert sorted(events.select("event_type", "start_date").rows()) == expected, body


def test_the_eve_of_a_gathering_is_the_day_before_the_date_the_article_gives_it():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Am Mittwoch kommen die Regierungen in Lissabon zum Ministerrat zusammen. "
        "Vorbereitet wurde der Ministerrat bei einem Gespräch mit Chile am Freitag. "
        "Bereits am Vorabend des Ministerrats wollen sich Ribeiro und Macron treffen."
    )
    events, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))], entities)  # a Monday
    dated = events.join(event_mentions, on="event_id").sort("start_char").select("start_date", "status").rows()
    assert dated == [(date(2023, 5, 10), "planned"), (date(2023, 5, 5), "past"), (date(2023, 5, 9), "planned")]


def test_the_eve_of_a_gathering_named_by_a_compound_or_told_ending_is_the_day_before_its_first_day():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    cases = [
        (
            "Nach dem Sondergipfel am Mittwoch in Lissabon blieb vieles offen. "
            "Am 15. Juni kommen die Regierungschefs zum regulären Gipfel in Lissabon zusammen. "
            "Das Treffen von Ribeiro und Macron am Vorabend des Gipfels galt als Signal.",
            datetime(2023, 5, 15, 9),  # a Monday
            date(2023, 5, 9),
        ),
        (
            "Am Freitagmittag ist die Fischereikonferenz in Lissabon zu Ende gegangen. Die Konferenz tagte vom 26. bis 28. März. "
            "Bereits am Vorabend der Konferenz waren die Minister zu einem Arbeitsessen zusammengekommen.",
            datetime(2025, 3, 28, 17),  # a Friday
            date(2025, 3, 25),
        ),
    ]
    for body, published, eve_day in cases:
        events, event_mentions, _ = _events_of([_article("a", body, published)], entities)
        eve = events.join(event_mentions, on="event_id").filter(pl.col("evidence").str.contains("Vorabend"))
        assert eve["start_date"].to_list() == [eve_day], body


def test_a_name_in_apposition_does_not_cut_the_event_word_from_its_date():
    body = (
        "Am Mittwochabend hatte Ribeiro nach Angaben ihres Ministeriums mit dem Präsidenten des Portugiesischen "
        "Fischereiverbands (PFV), Pedro Santos, telefoniert."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2025, 3, 28, 17))])
    assert events.select("event_type", "start_date").rows() == [("call", date(2025, 3, 26))]


def test_the_eve_of_a_visit_is_the_day_before_the_guest_arrived():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron")}
    body = (
        "Macron war am Montag in der Hauptstadt eingetroffen. Am Donnerstag will er die Werft besuchen. "
        "Ribeiro hatte bereits am Vorabend des Besuchs mit Macron telefoniert."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2026, 3, 11, 9))], entities)  # a Wednesday
    assert sorted(events.select("event_type", "start_date").rows()) == [
        ("call", date(2026, 3, 8)), ("visit", date(2026, 3, 9)), ("visit", date(2026, 3, 12))
    ]


def test_a_persons_party_in_parentheses_is_not_a_participant():
    entities = {**ENTITIES, "SPD": ("ORG", "O-spd")}
    body = "Ana Ribeiro (SPD) traf sich am Montag in Lissabon mit dem Fischereiverband (SPD)."
    _, _, participants = _events_of([_article("a", body, datetime(2023, 5, 10, 9))], entities)
    # After a person the party is an affiliation; after an organisation it is named as a party.
    assert set(participants["entity_id"]) == {"P-ribeiro", "O-fish", "O-spd"}
    # Nor is the agency that reports the meeting.
    entities["dpa"] = ("ORG", "O-dpa")
    body = "Lissabon (dpa) - Ana Ribeiro (SPD) traf sich am Montag in Lissabon mit Chile."
    _, _, participants = _events_of([_article("b", body, datetime(2023, 5, 10, 9))], entities)
    assert set(participants["entity_id"]) == {"P-ribeiro", "L-cl"}


def test_a_month_the_name_tagger_swallowed_still_dates_the_event():
    body = "Zuvor treffen sich die Regierungschefs der EU Mitte April zu einem Sondergipfel."
    entities = {**ENTITIES, "EU Mitte April": ("ORG", "O-eu")}
    events, _, _ = _events_of([_article("a", body, datetime(2024, 3, 22, 8))], entities)
    assert events.select("start_date", "date_precision").rows() == [(date(2024, 4, 11), "month")]


def test_places_named_with_articles_adjectives_venues_and_relative_clauses():
    entities = {**ENTITIES, "Ukraine": ("LOC", "L-ua"), "Graz": ("LOC", "L-graz"), "Polen": ("LOC", "L-pl")}
    texts = {
        "article": ("Ribeiro will am Montag in der Ukraine Gespräche führen.", "Ukraine", "L-ua"),
        "adjective": ("Der Gipfel beginnt am Montag im portugiesischen Lissabon.", "Lissabon", "L-lis"),
        "venue": ("Ribeiro will am Montag im Hotel Estoril Palace mit Chile verhandeln.", "Hotel Estoril Palace", None),
        "venue in town": ("Der Landtag tritt am Montag im Landhaus in Graz zu einer Sitzung zusammen.", "Landhaus in Graz", "L-graz"),
        "where": ("Ribeiro reist nach Lissabon, wo am Montag ein Gipfel stattfindet.", "Lissabon", "L-lis"),
        "expected where": ("Am Montag ist Ribeiro in Lissabon angekommen, wo sie mit dem Fischereiverband zusammenkommen will.", "Lissabon", "L-lis"),
        "to the summit": ("Ribeiro bricht am Montag zu einem Gipfel nach Lissabon auf.", "Lissabon", "L-lis"),
        "visited": ("Ribeiro besuchte am Montag Polen.", "Polen", "L-pl"),
        "call": ("Ribeiro telefonierte am Montag mit Chile über die Lage in der Ukraine.", None, None),
        "topic": ("Die Minister haben am Montag über die Lage in der Ukraine beraten.", None, None),
        "named for its topic": ("Der Gipfel zur nuklearen Sicherheit in Lissabon beginnt am Montag.", "Lissabon", "L-lis"),
        "appeals on the situation": ("Mit Appellen zur Lage in der Ukraine hat am Montag der Rat seine Tagung begonnen.", None, None),
        "a conference for peace": ("Die Konferenz zum Frieden in der Ukraine beginnt am Montag.", None, None),
        "overshadowed by wars": ("Überschattet von den Kriegen in der Ukraine hat am Montag der Gipfel begonnen.", None, None),
        "where it began": ("Nach der Verhandlungsrunde, die am Montag in Lissabon begonnen hatte, ruht der Streit.", "Lissabon", "L-lis"),
        "where it was held": ("An der Konferenz zum Fischfang, die am Montag im Hotel Estoril Palace stattfand, nahm Chile teil.", "Hotel Estoril Palace", None),
        "where it is scheduled": ("Vor der Konferenz zum Fischfang, die für Montag im Hotel Estoril Palace angesetzt ist, wirbt Chile um Unterstützung.", "Hotel Estoril Palace", None),
        "town adjective": ("Die Münchner Sicherheitskonferenz beginnt am Montag.", "München", None),
        "after a party in parentheses": ("Am Montag landete Ana Ribeiro (PS) in der portugiesischen Hafenstadt Lissabon.", "Lissabon", "L-lis"),
        "not after a parenthetical remark": ("Am Montag landete Ana Ribeiro (wie angekündigt) in Lissabon.", None, None),
        "after a list of names": ("Am Montag haben sich die Minister Portugals, Chiles und Polens in Lissabon getroffen.", "Lissabon", "L-lis"),
        "a town the tagger missed": ("Die Tarifparteien verhandelten am Montag in Aalen.", "Aalen", None),
        "not part of a longer name": ("Die Minister trafen sich am Montag im Lancaster House.", "Lancaster House", None),
        "a venue in a town's adjective": ("Die Tarifparteien hatten am Montag in einem Berliner Hotel verhandelt.", "Berlin", None),
        "no venue in a bare hotel": ("Die Tarifparteien hatten am Montag in einem Hotel der Innenstadt verhandelt.", None, None),
        # The tagger took the town for a person; "Badeort" says what it is.
        "a kind of place before a name": ("Die Minister trafen sich am Montag im portugiesischen Badeort Cascais.", "Cascais", None),
        "a capital in apposition": ("Die Minister sind am Montag in Lissabon, der Hauptstadt von Portugal, zusammengekommen.", "Lissabon", "L-lis"),
        "a date in apposition": ("Die Schlichtung soll am Montag, 15. Mai, in Lissabon beginnen.", "Lissabon", "L-lis"),
        "a date with its article in apposition": ("Die Sondersitzung findet am Dienstag, dem 16. Mai, ab 10 Uhr im Landhaus in Lissabon statt.", "Landhaus in Lissabon", "L-lis"),
        "called to a town": ("Der Fischereiverband hat seine Mitgliederversammlung für Montag nach Lissabon einberufen.", "Lissabon", "L-lis"),
        "called to a town in a relative clause": ("Chile lobte den Fischereigipfel, zu dem Ribeiro am Montag nach Lissabon geladen hatte.", "Lissabon", "L-lis"),
        "on an island": ("Die Minister hatten sich am Montag auf Madeira getroffen.", "Madeira", "L-mad"),
        "pressure on a country": ("Die Minister haben am Montag über mehr Druck auf Polen beraten.", None, None),
    }
    entities = {**entities, "Cascais": ("PER", "P-cascais"), "Madeira": ("LOC", "L-mad")}
    for name, (body, place, place_id) in texts.items():
        events, _, participants = _events_of([_article(name, body, datetime(2023, 5, 10, 9))], entities)
        assert events.select("location", "location_entity_id").rows() == [(place, place_id)], name
        if place_id is not None:
            assert place_id not in participants["entity_id"].to_list(), name


def test_a_capital_named_by_its_countrys_adjective_is_the_capital_the_article_names():
    entities = {**ENTITIES, "Kairo": ("LOC", "L-cairo"), "Washington": ("LOC", "L-wash"), "Kameruns": ("LOC", "L-cm"), "Jaunde": ("LOC", "L-yao")}
    talks = "Die Gespräche mit Chile haben am Montag in der ägyptischen Hauptstadt begonnen."
    texts = {
        "named before": (f"Ribeiro landete am Sonntag in Kairo. {talks}", "Kairo", "L-cairo"),
        "named after": (f"{talks} In Kairo sprach Ribeiro von Fortschritten.", "Kairo", "L-cairo"),
        "a code before the capital": ("Ribeiro flog nach Washington. Am Montag tagte in der US-Hauptstadt der Fischereiverband.", "Washington", "L-wash"),
        "expected there in a relative clause": (
            "Ribeiro flog nach Kairo. Chile hofft auf den Gipfel, zu dem Ribeiro am Montag in der ägyptischen Hauptstadt erwartet wird.",
            "Kairo", "L-cairo",
        ),
        "not named": (talks, None, None),
        "another country's capital": (f"Ribeiro landete am Sonntag in Lissabon. {talks}", None, None),
        # the country's genitive only says which capital follows
        "a country's capital by name": ("Die nächste Konferenz mit Chile soll am 3. März 2026 in Kameruns Hauptstadt Jaunde stattfinden.", "Jaunde", "L-yao"),
    }
    for name, (body, place, place_id) in texts.items():
        events, _, participants = _events_of([_article(name, body, datetime(2023, 5, 10, 9))], entities)
        assert events.select("location", "location_entity_id").rows()[-1:] == [(place, place_id)], name
        assert "L-cm" not in participants["entity_id"].to_list(), name


def test_a_place_that_qualifies_a_noun_is_not_the_events_place():
    texts = {
        # the place of the topic, after "zur Flutkatastrophe", "eine Intervention"
        "Am Freitag tagt der Untersuchungsausschuss zur Flutkatastrophe im Ahrtal erstmals öffentlich.": None,
        "Die Gruppe hat sich bei einem Treffen am Montag gegen eine militärische Intervention in Venezuela ausgesprochen.": None,
        # a relative clause's "in dem" is no preposition of place
        "Am Montag kam der Nato-Ukraine-Rat zu einer Sitzung zusammen, in dem die Ukraine künftig mitreden soll.": None,
        # the place of the subject's noun gives way to the place in the verb's clause
        "Die Synode der Landeskirche in Württemberg kommt am Donnerstag im Stuttgarter Rathaus zusammen.": "Stuttgart",
        "Die Außenminister der Länder in Europa trafen sich am Montag.": "Europa",
    }
    for body, place in texts.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
        assert events["location"].to_list() == [place], body


def test_a_towns_adjective_names_the_town():
    adjectives = ("Genfer", "Münchner", "Dresdner", "Bremer", "Berliner", "Deutscher", "Bayerischer")
    assert [town_of_adjective(a) for a in adjectives] == ["Genf", "München", "Dresden", "Bremen", "Berlin", None, None]


def test_a_towns_council_or_parliament_sits_in_that_town():
    texts = {
        "Der Delmenhorster Stadtrat soll am Dienstag in seiner Sitzung entscheiden.": "Delmenhorst",
        "Die Grazer Stadtregierung kam am Montag zu einer Sondersitzung zusammen.": "Graz",
        "Am Donnerstag befasst sich der Rat der Stadt Hameln in öffentlicher Sitzung mit dem Thema.": "Hameln",
        "Der Innenausschuss des Magdeburger Landtags kam am Mittwoch zu einer Sondersitzung zusammen.": "Magdeburg",
        # A Land's parliament sits in its capital, not in a town that shares the Land's name.
        "Der Thüringer Landtag ist am Mittwoch zu seiner ersten Sitzung zusammengekommen.": "Erfurt",
        "Der Sozialausschuss des Landtags von Sachsen-Anhalt will sich am Freitag in einer Anhörung befassen.": "Magdeburg",
        "Der Innenausschuss des Sächsischen Landtags tagt am Montag.": "Dresden",
        # A Land's other bodies need not sit in its capital.
        "Der Rat von Bayern tagt am Montag.": None,
        # Talks the council discusses are not held in its town.
        "Der Delmenhorster Stadtrat begrüßte die Gespräche vom Mittwoch.": None,
        # Other events are held there only when the text puts them in its house.
        "Die Koalitionsverhandlungen haben am Montag im Dresdner Landtag begonnen.": "Dresden",
    }
    for body, place in texts.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
        assert events["location"].to_list() == [place], body


def test_receptions_meals_rounds_convening_bodies_deliberations_calls_and_trips_are_events():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Verdi": ("ORG", "O-verdi")}
    texts = {
        "received": ("Ribeiro empfängt am Montag in Lissabon den französischen Präsidenten Macron.", "meeting"),
        "dinner": ("Ribeiro lädt Macron am Montag zu einem Abendessen in Lissabon ein.", "meeting"),
        "assembly": ("Am Montag findet in Lissabon eine Bürgerversammlung statt.", "meeting"),
        "round": ("Verdi und die Arbeitgeber treffen am Montag in Lissabon zur dritten Runde aufeinander.", "negotiations"),
        "wage round": ("Die Tarifrunde mit Verdi beginnt am Montag in Lissabon.", "negotiations"),
        "each other": ("Ribeiro und Macron sprachen am Montag per Video miteinander.", "talks"),
        "sat together": ("Die Spitzen der Parteien haben am Montag in Lissabon vier Stunden zusammengesessen.", "talks"),
        "convenes": ("Am Montag tritt in Lissabon der Vorstand des Fischereiverbands zusammen.", "session"),
        "by phone": ("Ribeiro hatte sich am Montag telefonisch mit Macron ausgetauscht.", "call"),
        "guest": ("Ribeiro war am Montag zu Gast in Lissabon.", "visit"),
        "flies": ("Ribeiro fliegt am Montag weiter nach Lissabon.", "visit"),
        "election round": ("Am Montag fiel in Lissabon die Entscheidung in der zweiten Runde der Präsidentenwahl.", None),
        "first round": ("Schon die erste Runde am Montag in Lissabon war ohne Annäherung zu Ende gegangen.", "negotiations"),
        "supper": ("Ribeiro hatte am Montag in Lissabon mit Macron zu Abend gegessen.", "meeting"),
        "works meeting": ("Die Belegschaft soll am Montag auf einer Betriebsversammlung in Lissabon informiert werden.", "meeting"),
        "far trip": ("Ribeiro reist am Montag zum Endspiel zwischen Portugal und Chile nach Lissabon.", "visit"),
        "with the adjective": ("Am Montag hatte Ribeiro mit dem französischen Präsidenten Macron über Fangquoten gesprochen.", "talks"),
        "deliberated": ("Die Minister hatten am Montag in Lissabon über die Fangquoten beraten.", "consultations"),
        "cabinet deliberated": ("Am Montag beriet in Lissabon das Kabinett von Ribeiro über die Fangquoten.", "session"),
        "ministers deliberated": ("Am Montag berieten in Lissabon Ribeiro und Sánchez über die Fangquoten.", "consultations"),
        "landed": ("Ribeiro ist am Montag in der portugiesischen Hauptstadt Lissabon gelandet.", "visit"),
        "well advised": ("Ribeiro ist gut beraten, am Montag in Lissabon zu schweigen.", None),
        "coalition committee": ("Im Koalitionsausschuss am Montag verständigten sich die Parteien auf Fangquoten.", "session"),
        "council takes place": ("Der nächste Ministerrat soll am Montag in Lissabon stattfinden.", "session"),
        "met there": ("Am 3. Januar 2022 war Ribeiro in Lissabon, wo sie mit Macron zusammentraf.", "meeting"),
        "stop": ("Ribeiro hatte am Montag in Lissabon Station gemacht.", "visit"),
        "onward": ("Am Montag reist Ribeiro in die Stadt Lissabon weiter.", "visit"),
        "arbitration": ("Die Schlichtung mit Verdi soll am Montag in Lissabon beginnen.", "negotiations"),
        "last round": ("Die letzte gemeinsame Runde mit Verdi hatte am Montag in Lissabon stattgefunden.", "negotiations"),
        "exchange": ("Für Montag ist Ribeiro zu einer Aussprache mit Verdi in Lissabon angekündigt.", "talks"),
        "retreat": ("Der Fischereiverband zieht sich am Montag zu einer Klausur in Lissabon zurück.", "session"),
        "convened": ("Ribeiro hat das Kabinett für Montag in Lissabon einberufen.", "session"),
        "on the phone": ("Ribeiro und Macron hatten sich am Montag am Telefon ausgetauscht.", "call"),
        "phone link": ("Am Montag sortierten die Minister in einer Telefonschalte die Streitpunkte.", "call"),
        "video link": ("Bereits am Montag hatten sich die Länder in einer Schalte mit dem Kommissar abgestimmt.", "call"),
        "breakfast": ("Am Montag frühstückte Ribeiro in Lissabon mit Macron.", "meeting"),
        "dined": ("Am Montag aßen die Minister in Lissabon gemeinsam mit Ribeiro zu Abend.", "meeting"),
        "reception": ("Ribeiro lädt am Montag zu einem Empfang im Außenministerium in Lissabon.", "meeting"),
        "round table": ("Am Montag saßen Ribeiro und Verdi in Lissabon an einem Runden Tisch.", "meeting"),
        "mediation round": ("Eine zweite Mediationsrunde mit Verdi ist für Montag in Lissabon vereinbart.", "meeting"),
        "ordinal in the clause": ("Der Fischereiverband kommt am 9. März in Lissabon wieder zusammen.", "meeting"),
        "came together": ("Es war eine ungewöhnliche Runde, die am Montag in Lissabon zusammenkam.", "meeting"),
        "forum": ("Am Montag eröffnet Ribeiro in Lissabon ein Wirtschaftsforum mit Chile.", "conference"),
        "travelled to the capital": ("Ribeiro war am Montag in die portugiesische Hauptstadt Lissabon gereist.", "visit"),
        "flew to two": ("Am Montag war Ribeiro nach Lissabon und Porto geflogen.", "visit"),
        "landed": ("Am Montag landete Ribeiro in der portugiesischen Hauptstadt Lissabon.", "visit"),
        "set off": ("Ribeiro bricht am Montag zu einer Reise nach Lissabon auf.", "visit"),
        "flown into areas": ("Am Montag befahl Ribeiro, in die betroffenen Gebiete zu fliegen.", None),
        "called off": ("Ribeiro sagte am Montag ihre Teilnahme an der Konferenz in Lissabon ab.", None),
        "sit together": ("Seit Montag sitzen die Minister des Fischereiverbands in Lissabon zusammen.", "talks"),
        "a meal": ("Ribeiro lud Macron am Montag zu einem Essen in Lissabon.", "meeting"),
        "trilogue": ("Der Trilog mit Chile beginnt am Montag in Lissabon.", "negotiations"),
        "back to the table": ("Verdi will am Montag in Lissabon an den Verhandlungstisch zurückkehren.", "negotiations"),
        "at the table as a role": ("Der am Verhandlungstisch sitzende Ribeiro sprach am Montag in Lissabon von Fortschritten.", None),
        "met far after the verb": ("Ribeiro traf am Montag in Lissabon am Rande einer Messe für Fischerei den französischen Präsidenten Macron.", "meeting"),
        "visited a town with a university": ("Am Montag besuchte Ribeiro Lissabon, wo sie an der Universität sprach.", "visit"),
        "briefing": ("Am Montag kam es in Lissabon zu einer Besprechung mit Chile.", "talks"),
        "trilogue round": ("Die nächste Trilogrunde mit Chile beginnt am Montag in Lissabon.", "negotiations"),
        "book review": ("Am Montag erschien in Lissabon eine Buchbesprechung über Chile.", None),
        "met an office holder": ("Am Montag traf der Fischereiverband in Lissabon Chiles Regierungschef.", "meeting"),
        "arrived": ("Am Montag traf in Lissabon ein Schiff mit Macron an Bord ein.", None),
        "plays against": ("Am Montag trifft Ribeiro in Lissabon auf den Sieger des Spiels zwischen Portugal und Macron.", None),
        "came across each other": ("Zuletzt waren sich Ribeiro und Macron am Montag in Lissabon begegnet.", "meeting"),
        "met envoys": ("Ribeiro traf am Montag Vertreter der Fischer in Lissabon.", "meeting"),
        "met at the clause end": ("Am Montag war Ribeiro in Lissabon, wo sie den Präsidenten Macron traf.", "meeting"),
        "debated": ("Der Landtag debattierte am Montag in Lissabon über die Fangquoten.", "session"),
        "at the council": ("Beim EU-Fischereirat am Montag in Lissabon einigten sich die Minister.", "session"),
        "expected": ("Ribeiro wird am Montag in Lissabon erwartet.", "visit"),
        "a decision expected": ("Die Entscheidung über die Fangquoten wird am Montag in Lissabon erwartet.", None),
        "banquet": ("Am Montag gab Ribeiro zu Ehren Macrons ein Staatsbankett in Lissabon.", "meeting"),
        "at the round table": ("Beim runden Tisch am Montag in Lissabon fanden Verdi und Chile keine Lösung.", "meeting"),
        "staff assembly": ("Verdi hatte am Montag zu einer Personalversammlung in Lissabon geladen.", "meeting"),
        "strategic dialogue": ("Beim Strategischen Dialog am Montag in Lissabon sprachen Ribeiro und Macron über Chile.", "talks"),
        "the committee began": ("Der Koalitionsausschuss hatte am Montag in Lissabon begonnen.", "session"),
        "at a council of ministers": ("Am Montag hatten beide Regierungen beim Portugiesisch-Französischen Ministerrat in Lissabon eine Erklärung verabschiedet.", "session"),
        "arrived in the city": ("Ribeiro ist am Montag in der portugiesischen Stadt Lissabon eingetroffen.", "visit"),
        "a delegation arrived": ("Am Montag traf eine Delegation des Fischereiverbands in Lissabon ein.", "visit"),
        "a person arrived": ("Ribeiro traf am Montag in Lissabon ein.", "visit"),
        "a shipment arrived": ("Am Montag traf eine Waffenlieferung in Lissabon ein.", None),
        "at an EU Council configuration": ("Am Montag will Ribeiro die Minister beim Rat für Auswärtige Angelegenheiten in Lissabon unterrichten.", "session"),
    }
    articles = [_article(key, text, datetime(2023, 1, 1, 9) + timedelta(weeks=week)) for week, (key, (text, _)) in enumerate(texts.items())]
    events, event_mentions, _ = _events_of(articles, entities)
    kinds = dict(events.join(event_mentions, on="event_id").select("article_id", "event_type").rows())
    assert kinds == {key: kind for key, (_, kind) in texts.items() if kind is not None}


def test_one_person_meeting_two_others_on_one_day_is_two_meetings():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Scholz": ("PER", "P-scholz")}
    body = (
        "In Lissabon kam Ribeiro am Montag zunächst mit Macron zusammen. "
        "Anschließend traf Ribeiro am Montag auch Scholz. Das Treffen mit Scholz dauerte eine Stunde."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 5, 10, 9))], entities)
    met = participants.group_by("event_id").agg(pl.col("entity_id").sort()).get_column("entity_id").to_list()
    assert sorted(met) == [["P-macron", "P-ribeiro"], ["P-ribeiro", "P-scholz"]]


def test_reports_naming_a_person_fully_and_by_surname_merge():
    # Entity ids are per article: a report that names only the surname gets another id.
    first = _article("a", "Ana Ribeiro besucht am Dienstag Chile.", datetime(2023, 5, 7, 9))
    second = _article("b", "Die Außenministerin Ribeiro war am Dienstag in Chile zu Besuch.", datetime(2023, 5, 10, 9))
    articles, mentions = _frames([first, second], {"Ana Ribeiro": ("PER", "P-ana-ribeiro"), "Chile": ("LOC", "L-cl")})
    extra = {"article_id": "b", "source_path": "b.txt", "entity_id": "P-ribeiro-b", "surface": "Ribeiro", "entity_type": "PER",
             "start_char": second["body"].find("Ribeiro"), "end_char": second["body"].find("Ribeiro") + len("Ribeiro")}
    mentions = pl.concat([mentions, pl.DataFrame([extra], schema=mentions.schema)])
    events, event_mentions, _ = events_from_articles(articles, mentions)
    assert events.select("start_date", "n_articles").rows() == [(date(2023, 5, 9), 2)]
    assert event_mentions.height == 2


def test_a_dateline_city_and_a_place_added_after_a_comma_place_the_event():
    opening = "Lissabon (dpa) - Die Verhandlungen von Ribeiro mit dem Fischereiverband sind am Montag unterbrochen worden."
    again = "Für Montag ist eine weitere Verhandlungsrunde mit dem Fischereiverband angesetzt, wieder in Lissabon."
    articles = [_article("opening", opening, datetime(2023, 5, 10, 9)), _article("again", again, datetime(2023, 5, 3, 9))]
    events, event_mentions, _ = _events_of(articles)
    places = dict(events.join(event_mentions, on="event_id").select("article_id", "location").rows())
    assert places == {"opening": "Lissabon", "again": "Lissabon"}
    # A known town the tagger took for a person still heads the dateline.
    mistyped = _article("mistyped", "Aalen (dpa) - Die Verhandlungen mit dem Fischereiverband sind am Montag unterbrochen worden.", datetime(2023, 5, 10, 9))
    events, _, _ = _events_of([mistyped], {**ENTITIES, "Aalen": ("PER", "P-aalen")})
    assert events.select("location", "location_entity_id").rows() == [("Aalen", None)]
    # So is one after "in" anywhere in the text; a person after "in" is not a place.
    body = "Der Vorstand des Fischereiverbands hatte am Montag in Aalen getagt."
    events, _, _ = _events_of([_article("in", body, datetime(2023, 5, 10, 9))], {**ENTITIES, "Aalen": ("PER", "P-aalen")})
    assert events.select("location").rows() == [("Aalen",)]
    body = "Der Vorstand des Fischereiverbands hatte am Montag in Ribeiro einen Fürsprecher gefunden und getagt."
    events, _, _ = _events_of([_article("in", body, datetime(2023, 5, 10, 9))])
    assert events.select("location").rows() == [(None,)]


def test_ministers_of_different_portfolios_meeting_on_one_day_in_one_city_meet_apart():
    foreign = "Die EU-Außenminister haben am Montag in Lissabon über Chile beraten."
    farming = "Die Agrarminister der EU haben am Montag in Lissabon über Fangquoten beraten."
    foreign_again = "Am Montag hatten die EU-Außenminister in Lissabon zudem mit Ribeiro gesprochen."
    texts = {"foreign": foreign, "farming": farming, "foreign again": foreign_again}
    articles = [_article(key, text, datetime(2023, 5, 10, 9) + timedelta(hours=i)) for i, (key, text) in enumerate(texts.items())]
    events, event_mentions, _ = _events_of(articles)
    event_of = dict(event_mentions.select("article_id", "event_id").rows())
    assert event_of["foreign"] != event_of["farming"] and event_of["foreign"] == event_of["foreign again"]


def test_without_a_publication_date_a_weekday_meeting_is_no_earlier_session_retold():
    body = (
        "Der Stadtrat hatte das Projekt bereits am 14. März 2023 in einer Sitzung beraten. "
        "Ribeiro hat sich am Dienstag in Lissabon mit Vertretern aus Chile getroffen."
    )
    events, _, _ = _events_of([_article("a", body, None)])
    # The weekday cannot be resolved, but it dates a meeting of its own.
    assert set(events.select("event_type", "start_date").rows()) == {("session", date(2023, 3, 14)), ("meeting", None)}


def test_a_determiner_before_a_verb_does_not_make_it_point_back():
    entities = {**ENTITIES, "Macron": ("PER", "P-macron"), "Scholz": ("PER", "P-scholz")}
    body = (
        "Kurz vor Mittag verlässt Macron am Montag die Verhandlungen mit dem Fischereiverband. "
        "Scholz wird noch am Montag mit Ribeiro im Schloss zusammentreffen."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))], entities)
    # "im Schloss zusammentreffen" is a new meeting, not "die Verhandlungen" again.
    assert events.height == 2


def test_a_relative_clause_on_the_event_word_dates_it_and_no_result_is_still_an_event():
    dated = "Die Gespräche, die am 28. Februar in Lissabon begonnen hatten, wurden am Samstag beendet."
    events, _, _ = _events_of([_article("a", dated, datetime(2025, 3, 9, 9))])
    assert events.select("event_type", "start_date").rows() == [("talks", date(2025, 2, 28))]
    after_attribute = "An der Konferenz zum Fischfang vor Chile, die am 28. Februar in Lissabon stattfand, nahm Ribeiro teil."
    events, _, _ = _events_of([_article("c", after_attribute, datetime(2025, 3, 9, 9))])
    assert events.select("event_type", "start_date").rows() == [("conference", date(2025, 2, 28))]
    about_something_else = "Die Gespräche mit dem Fischereiverband, der am 28. Februar gegründet wurde, sind am Samstag beendet worden."
    events, _, _ = _events_of([_article("d", about_something_else, datetime(2025, 3, 10, 9))])  # a Monday
    assert events.height == 1 and date(2025, 2, 28) not in events["start_date"].to_list()
    no_result = "Ein Treffen von Ribeiro mit dem Fischereiverband in Lissabon ist ohne Ergebnis geblieben."
    events, _, _ = _events_of([_article("b", no_result, None)])
    assert events.select("event_type", "location").rows() == [("meeting", "Lissabon")]


def test_negotiations_under_way_since_a_day_began_that_day_and_the_topic_of_a_call_is_no_event():
    since = "Seit dem 27. Oktober hatten Ribeiro und der Fischereiverband in Lissabon verhandelt."
    events, _, _ = _events_of([_article("a", since, datetime(2021, 11, 24, 9))])
    assert events.select("event_type", "start_date").rows() == [("negotiations", date(2021, 10, 27))]
    about = "Am Montag telefonierte Ribeiro mit dem Fischereiverband über den Stand der Verhandlungen mit Chile."
    events, _, _ = _events_of([_article("b", about, datetime(2023, 5, 10, 9))])
    assert events.select("event_type", "start_date").rows() == [("call", date(2023, 5, 8))]


def test_a_council_dealing_with_a_matter_holds_a_session():
    body = "Am Mittwoch befasst sich der Ministerrat in Lissabon mit den Fangquoten."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 8, 9))])
    assert events.select("event_type", "start_date", "location").rows() == [("session", date(2023, 5, 10), "Lissabon")]
    # Dealing with something, with no body convened in the clause, is no session.
    events, _, _ = _events_of([_article("b", "Ribeiro will sich am Mittwoch mit den Fangquoten befassen.", datetime(2023, 5, 8, 9))])
    assert events.is_empty()


def test_a_body_coming_together_on_its_own_holds_a_session_and_heads_of_state_a_summit():
    convenes = _article("a", "Der Umweltausschuss des Landtags kommt am Mittwoch in Kiel zusammen.", datetime(2023, 5, 8, 9))
    assert _events_of([convenes])[0].select("event_type", "start_date").rows() == [("session", date(2023, 5, 10))]
    # Coming together with someone is a meeting.
    meets = _article("b", "Der Vorstand kam am Montag in Kiel mit der Gewerkschaft zusammen.", datetime(2023, 5, 10, 9))
    assert _events_of([meets])[0].select("event_type", "start_date").rows() == [("meeting", date(2023, 5, 8))]
    # Heads of state meeting hold a summit.
    heads = _article("d", "Ab Sonntag treffen sich die Staats- und Regierungschefs der Afrikanischen Union in Kiel.", datetime(2023, 5, 10, 9))
    assert _events_of([heads])[0]["event_type"].to_list() == ["summit"]


def test_the_occasion_a_verb_of_meeting_names_says_what_kind_of_gathering_it_is():
    def kinds(sentence: str) -> list[str]:
        return _events_of([_article("a", sentence, datetime(2023, 5, 10, 9))])[0]["event_type"].to_list()

    assert kinds("Ribeiro kam am Montag in Kiel mit der Gewerkschaft zu einem bilateralen Gespräch zusammen.") == ["talks"]
    assert kinds("Die Minister der Länder kommen am Freitag in Kiel zu einer Sondersitzung zusammen.") == ["session"]
    assert kinds("Ribeiro hatte sich am Montag mit dem Fischereiverband zu Verhandlungen in Kiel getroffen.") == ["negotiations"]
    # A meal or a bare meeting stays a meeting; so does "zu" that names no occasion.
    assert kinds("Ribeiro traf sich am Montag in Kiel mit dem Fischereiverband zu einem Arbeitsessen.") == ["meeting"]
    assert kinds("Ribeiro kam am Montag mit dem Fischereiverband zu Beginn der Woche in Kiel zusammen.") == ["meeting"]


def test_a_report_of_the_day_and_one_of_its_week_merge_and_the_day_dates_the_event():
    week = _article("week", "Ribeiro hatte in der vergangenen Woche mit dem Fischereiverband verhandelt.", datetime(2023, 5, 17, 9))
    day = _article("day", "Am Dienstag verhandelte Ribeiro in Lissabon mit dem Fischereiverband.", datetime(2023, 5, 10, 9))
    events, event_mentions, _ = _events_of([week, day])
    assert events.select("start_date", "date_precision", "n_articles").rows() == [(date(2023, 5, 9), "day", 2)]
    # Within one article a week and a day of it stay two events.
    both = _article("both", "Ribeiro hatte in der vergangenen Woche verhandelt. Am Dienstag vergangener Woche verhandelte Ribeiro in Lissabon.", datetime(2023, 5, 17, 9))
    assert _events_of([both])[0].height == 2


def test_a_report_of_the_day_and_one_of_its_part_of_the_month_merge_and_the_day_dates_the_event():
    month = _article("month", "Ribeiro hatte Mitte Mai mit dem Fischereiverband in Lissabon verhandelt.", datetime(2023, 5, 30, 9))
    day = _article("day", "Am Dienstag verhandelte Ribeiro in Lissabon mit dem Fischereiverband.", datetime(2023, 5, 17, 9))
    events, _, _ = _events_of([month, day])
    assert events.select("start_date", "end_date", "date_precision", "n_articles").rows() == [
        (date(2023, 5, 16), date(2023, 5, 16), "day", 2)
    ]
    # A day after the middle of the month is another occasion.
    later = _article("later", "Am Dienstag verhandelte Ribeiro in Lissabon mit dem Fischereiverband.", datetime(2023, 5, 24, 9))
    assert _events_of([month, later])[0].height == 2


def test_a_weekday_on_a_page_dated_only_to_its_month_is_no_part_of_the_month_another_day_lies_in():
    month_page = {**_article("m", "Am Sonntag verhandelte Ribeiro mit dem Fischereiverband.", datetime(2023, 5, 1)), "published_precision": "month"}
    day = _article("d", "Am Mittwoch verhandelte Ribeiro mit dem Fischereiverband in Lissabon.", datetime(2023, 5, 18, 9))
    assert _events_of([month_page, day])[0].height == 2


def test_a_page_without_a_date_joins_the_event_its_weekday_fits_though_another_page_named_only_its_month():
    # (the page naming the month comes first, so its report founds the event)
    month = _article("a", "Im Mai will Ribeiro mit dem Fischereiverband in Lissabon verhandeln.", datetime(2023, 5, 2, 9))
    day = _article("b", "Am Dienstag verhandelte Ribeiro in Lissabon mit dem Fischereiverband.", datetime(2023, 5, 17, 9))
    undated = _article("c", "Am Dienstag hatte Ribeiro in Lissabon mit dem Fischereiverband verhandelt.", None, story_id="b")
    events, _, _ = _events_of([month, day, undated])
    assert events.select("start_date", "date_precision", "n_articles").rows() == [(date(2023, 5, 16), "day", 3)]


def test_an_article_that_dates_two_occasions_apart_keeps_them_apart_in_a_month_another_names():
    whole_month = _article("x", "Im Mai verhandelte Ribeiro mit dem Fischereiverband in Lissabon.", datetime(2023, 5, 31, 9))
    both = _article(
        "y",
        "Am Dienstag verhandelte Ribeiro mit dem Fischereiverband in Lissabon. "
        "Anfang Mai hatte Ribeiro mit dem Fischereiverband in Lissabon verhandelt.",
        datetime(2023, 5, 31, 10),
    )
    _, event_mentions, _ = _events_of([whole_month, both])
    assert event_mentions.filter(pl.col("article_id") == "y").height == 2


def test_an_event_of_several_days_dated_by_its_last_day_starts_that_many_days_before():
    ended = _article("a", "Das zweitägige informelle Treffen mit Ribeiro in Lissabon endete am Samstagmittag.", datetime(2023, 5, 15, 9))
    events, _, _ = _events_of([ended])
    assert events.select("start_date", "end_date", "date_precision").rows() == [(date(2023, 5, 12), date(2023, 5, 13), "day")]
    # A day the text says it begins on is its first day.
    begins = _article("b", "Das zweitägige Treffen mit Ribeiro in Lissabon beginnt am Freitag.", datetime(2023, 5, 8, 9))
    assert _events_of([begins])[0]["start_date"].to_list() == [date(2023, 5, 12)]


def test_the_dateline_city_places_the_first_sentence_of_the_report_after_a_teaser_and_a_byline():
    body = (
        "Die Fischer hoffen auf höhere Quoten. Doch die Verhandlungen sind zäh.\n\nVon Marta Costa\n\n"
        "Lissabon (dpa) – Ribeiro hat am Dienstag mit dem Fischereiverband verhandelt. Am Mittwoch verhandelte Ribeiro erneut."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
    assert events.sort("start_date").select("start_date", "location").rows() == [(date(2023, 5, 9), "Lissabon"), (date(2023, 5, 10), None)]


def test_a_dateline_town_the_tagger_missed_or_wrote_in_capitals_places_the_report():
    # "Aalen" is a town the gazetteer knows; ENTITIES does not tag it.
    untagged = _article("untagged", "Aalen (AFP) – Ribeiro hat am Dienstag mit dem Fischereiverband verhandelt.", datetime(2023, 5, 12, 9))
    capitals = _article("capitals", "AALEN. Ribeiro hat am Dienstag mit dem Fischereiverband verhandelt.", datetime(2023, 5, 12, 9))
    for article in (untagged, capitals):
        events, _, _ = _events_of([article])
        assert events.select("start_date", "location").rows() == [(date(2023, 5, 9), "Aalen")]
    # A line opening with a word that is no town is no dateline.
    events, _, _ = _events_of([_article("a", "Fischer. Ribeiro hat am Dienstag mit dem Fischereiverband verhandelt.", datetime(2023, 5, 12, 9))])
    assert events.select("location").rows() == [(None,)]


def test_an_insertion_between_dashes_or_an_abbreviation_does_not_cut_the_place_off():
    dashes = "Am Dienstag hatten sich Vertreter Chiles – der sogenannten Südgruppe – in Lissabon zu Beratungen getroffen."
    abbreviation = "Am Dienstag haben Ribeiro und der Fischereiverband Nord (FVN) in Lissabon verhandelt."
    apposition = "Am Dienstag hatten sich die Minister zu einem Vorbereitungstreffen, der sogenannten Pre-Konferenz, in Lissabon getroffen."
    for body in (dashes, abbreviation, apposition):
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
        assert events.select("start_date", "location").rows() == [(date(2023, 5, 9), "Lissabon")], body
    # A relative clause does end the event's clause.
    body = "Am Dienstag trafen sich die Minister, die der Fischereiverband in Lissabon ernannt hatte."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
    assert events["location"].to_list() == [None]


def test_a_venue_known_only_by_its_towns_adjective_places_the_event_in_that_town():
    body = "Ribeiro hat am Dienstag mit dem Fischereiverband in einem Aalener Tagungshotel verhandelt."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
    assert events.select("location").rows() == [("Aalen",)]
    # A venue with a name of its own stays that venue.
    body = "Ribeiro hat am Dienstag mit dem Fischereiverband im Hotel Atlântico verhandelt."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
    assert events.select("location").rows() == [("Hotel Atlântico",)]


def test_a_journeys_stop_a_dort_after_a_colon_and_a_place_added_with_two_adverbs_place_the_event():
    texts = {
        "Erste Station war am Montag Lissabon, wo Ribeiro mit dem Fischereiverband verhandelte.": "Lissabon",
        "Auch in Lissabon geht es um Fangquoten: Dort verhandelte Ribeiro am Montag mit dem Fischereiverband.": "Lissabon",
        "Am Montag wollen Ribeiro und Costa erneut verhandeln, diesmal voraussichtlich in Lissabon.": "Lissabon",
    }
    for body, place in texts.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))], {**ENTITIES, "Costa": ("PER", "P-costa")})
        assert events["location"].to_list() == [place], body


def test_a_place_in_an_organisations_name_does_not_place_its_session():
    body = "Lissabon (dpa) – Am Dienstag hat der Ministerrat der Organisation für Sicherheit und Zusammenarbeit in Chile begonnen."
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
    assert events.select("start_date", "location").rows() == [(date(2023, 5, 9), "Lissabon")]


def test_a_lead_without_names_does_not_join_two_meetings_of_other_people_on_its_day():
    entities = {**ENTITIES, "Marta Costa": ("PER", "P-costa"), "Rui Lopes": ("PER", "P-lopes"), "Pedro Alves": ("PER", "P-alves")}
    body = (
        "Der Ministerrat hat heute in Lissabon getagt. Am Vorabend hatten die Regierungschefs bei einem Arbeitsessen den Streit beigelegt. "
        "Bei einem Arbeitsessen am Vorabend hatten sich Ana Ribeiro und Marta Costa über den Fischfang ausgetauscht. "
        "Bereits am Vortag hatten sich Rui Lopes und Pedro Alves in Lissabon zu Beratungen über den Haushalt getroffen."
    )
    events, _, participants = _events_of([_article("a", body, datetime(2023, 5, 17, 9))], entities)
    eve = events.filter(pl.col("start_date") == date(2023, 5, 16))
    assert eve.height == 2
    people = participants.join(eve.select("event_id"), on="event_id").group_by("event_id").agg(pl.col("entity_id").sort())
    assert sorted(people["entity_id"].to_list()) == [["P-alves", "P-lopes"], ["P-costa", "P-ribeiro"]]


def test_dort_and_a_bare_im_anschluss_go_on_from_the_day_the_sentence_before_told():
    body = (
        "Am Samstag reist Ribeiro weiter nach Lissabon. Dort sind Gespräche mit dem Fischereiverband geplant. "
        "Anfang Mai war Ribeiro in Chile; anschließend reiste sie nach Portugal weiter."
    )
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 17, 9))])
    dated = {(row["event_type"], row["location"]): (row["start_date"], row["date_precision"]) for row in events.iter_rows(named=True)}
    assert dated[("talks", "Lissabon")] == (date(2023, 5, 20), "day")
    assert dated[("visit", "Portugal")] == (date(2023, 5, 1), "month")
    # "Im Anschluss an …" names what it follows; that is no day the text told.
    after = _article("b", "Am Montag tagte der Rat. Im Anschluss an die Beratungen reist Ribeiro nach Lissabon.", datetime(2023, 5, 17, 9))
    visit = _events_of([after])[0].filter(pl.col("event_type") == "visit")
    assert visit["start_date"].to_list() == [None]


def test_a_week_and_a_day_in_it_at_one_place_merge_only_for_the_same_kind_of_gathering():
    council = _article("council", "Die Europaminister tagten am Mittwoch in Lissabon.", datetime(2023, 5, 11, 9))
    summit = _article("summit", "Vor einer Woche ging es beim Gipfel in Lissabon vor allem um die Fischerei.", datetime(2023, 5, 17, 9))
    events, _, _ = _events_of([council, summit])
    assert sorted(events.select("event_type", "start_date", "date_precision").rows()) == [
        ("session", date(2023, 5, 10), "day"), ("summit", date(2023, 5, 8), "week"),
    ]
    later_session = _article("later", "Vor einer Woche tagten die Europaminister in Lissabon.", datetime(2023, 5, 17, 9))
    assert _events_of([council, later_session])[0].select("start_date", "n_articles").rows() == [(date(2023, 5, 10), 2)]


# The names of one wage dispute, for reports of it by outlets that word it differently.
RAIL_DISPUTE_ENTITIES = {
    **ENTITIES, "Leipzig": ("LOC", "L-lei"), "GDL": ("ORG", "O-gdl"), "Deutsche Bahn": ("ORG", "O-db"),
    "Claus Weselsky": ("PER", "P-weselsky"), "Martin Seiler": ("PER", "P-seiler"),
}


def test_outlets_covering_one_development_merge_a_days_event_one_names_by_place_the_other_by_parties():
    entities = RAIL_DISPUTE_ENTITIES
    # Different wording (no shared word sequences, so no common story), the same names around the event.
    by_place = _article(
        "a",
        "Die dritte Verhandlungsrunde war am Mittwoch in Leipzig angesetzt. GDL-Chef Claus Weselsky "
        "und Bahn-Personalvorstand Martin Seiler gelten als unversöhnlich. Die Deutsche Bahn bot mehr Geld.",
        datetime(2026, 3, 5, 9),
    )
    by_parties = _article(
        "b",
        "Nach der Verhandlungsrunde am Mittwoch zwischen der GDL und der Deutschen Bahn äußerte sich Martin Seiler "
        "enttäuscht, Claus Weselsky kündigte neue Streiks an.",
        datetime(2026, 3, 5, 18),
    )
    events, event_mentions, _ = _events_of([by_place, by_parties], entities)
    assert events.height == 1 and events["n_articles"].to_list() == [2]
    assert events["location"].to_list() == ["Leipzig"] and events["start_date"].to_list() == [date(2026, 3, 4)]

    # An article on another matter that names none of those people has its own event that day.
    unrelated = _article("c", "Am Mittwoch gab es in Lissabon eine Verhandlungsrunde zu Fangquoten.", datetime(2026, 3, 5, 9))
    events, _, _ = _events_of([by_place, by_parties, unrelated], entities)
    assert sorted(events["n_articles"].to_list()) == [1, 2]


def test_related_reports_join_an_event_only_while_one_side_names_no_party_and_never_a_day_to_a_week():
    entities = {
        **ENTITIES, "Merz": ("PER", "P-merz"), "Trump": ("PER", "P-trump"), "Erdoğan": ("PER", "P-erdogan"),
        "Rutte": ("PER", "P-rutte"), "Tusk": ("PER", "P-tusk"), "Ankara": ("LOC", "L-ank"),
    }
    cast = " Rutte, Merz, Trump, Tusk und Erdoğan sprachen über Geld."
    tuesday = datetime(2026, 7, 8, 9)  # a Wednesday
    partyless = _article("a", "Am Dienstag kamen die Delegationen in Ankara zu einem Treffen zusammen." + cast, tuesday)
    merz_trump = _article("b", "Am Dienstag traf Merz den Gast Trump." + cast, tuesday + timedelta(hours=1))
    erdogan_rutte = _article("c", "Am Dienstag traf Erdoğan den Gast Rutte." + cast, tuesday + timedelta(hours=2))
    events, _, _ = _events_of([partyless, merz_trump, erdogan_rutte], entities)
    # The first report joins the second; the event then has parties, which the third does not share.
    assert sorted(events["n_articles"].to_list()) == [1, 2]
    # A party-less report of the week joins no day's event for the relation alone.
    week = _article("d", "Diese Woche kommen die Delegationen in Ankara zu einem Treffen zusammen." + cast, datetime(2026, 7, 6, 9))
    events, _, _ = _events_of([week, merz_trump], entities)
    assert events["date_precision"].sort().to_list() == ["day", "week"]


def test_a_strong_past_verb_of_deliberating_dates_the_event_before_publication():
    # Published on a Saturday: "Am Dienstag berieten" is the Tuesday before, not the one after.
    events, _, _ = _events_of([_article("a", "Am Dienstag berieten Ribeiro und Chile in Lissabon über Fangquoten.", datetime(2023, 5, 13, 9))])
    assert events.select("start_date", "status").rows() == [(date(2023, 5, 9), "past")]


def test_an_undated_page_takes_the_date_of_the_event_its_story_dates_on_the_weekday_it_names():
    wednesday = "Ana Ribeiro traf am Mittwoch in Lissabon Vertreter aus Chile."
    monday = "Am Montag hatte Ribeiro in Lissabon den Fischereiverband getroffen."
    dated = [_article(name, f"{wednesday} {monday}", datetime(2023, 5, 12, 9), story_id="s") for name in ("d1", "d2")]
    on_monday = _article("u1", "Am Montag hatte Ribeiro in Lissabon den Fischereiverband getroffen.", None, story_id="s")
    on_tuesday = _article("u2", "Am Dienstag hatte Ribeiro in Lissabon den Fischereiverband getroffen.", None, story_id="s")
    events, event_mentions, _ = _events_of([*dated, on_monday, on_tuesday])
    day_of = dict(event_mentions.join(events, on="event_id").select("article_id", "start_date").unique().rows())
    # The Wednesday meeting is reported more often, but the page says Monday; no Tuesday event is dated anywhere.
    assert day_of["u1"] == date(2023, 5, 8)
    assert day_of["u2"] is None


def test_an_undated_report_does_not_take_the_date_of_a_call_between_other_people_or_of_another_kind_of_event():
    entities = {**ENTITIES, "Carlos Pinto": ("PER", "P-pinto")}
    dated = _article("d", "Ana Ribeiro telefonierte am Donnerstag mit Chile. Am Freitag beginnt in Lissabon die Konferenz mit Chile.",
                     datetime(2023, 5, 12, 9), story_id="s")
    other_caller = _article("u1", "Carlos Pinto hatte am Donnerstag mit Chile telefoniert.", None, story_id="s")
    same_caller = _article("u2", "Ana Ribeiro hatte am Donnerstag mit Chile telefoniert.", None, story_id="s")
    talks = _article("u3", "In Lissabon verhandelten die Minister aus Chile.", None, story_id="s")
    events, event_mentions, _ = _events_of([dated, other_caller, same_caller, talks], entities)
    day_of = dict(event_mentions.join(events, on="event_id").select("article_id", "start_date").rows())
    assert day_of["u2"] == date(2023, 5, 11)
    assert day_of["u1"] is None and day_of["u3"] is None


def test_a_gathering_of_another_kind_brought_in_with_ein_is_another_event_of_that_day():
    body = ("Die Konferenz in Lissabon endete am Mittwoch ohne Einigung. "
            "Am Mittwochabend hatte Ribeiro die Delegierten zu einem Arbeitsessen im Hotel Tivoli getroffen.")
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 18, 9))])
    assert sorted(events["event_type"].to_list()) == ["conference", "meeting"]


def test_the_evidence_is_a_full_sentence_rather_than_a_crosshead_announcing_the_event():
    body = "Sondersitzung am Donnerstag\n\nDer Fischereiverband kommt am Donnerstag in Lissabon zu einer Sondersitzung zusammen."
    events, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 16, 9))])
    assert events.height == 1
    assert event_mentions["evidence"].to_list() == ["Der Fischereiverband kommt am Donnerstag in Lissabon zu einer Sondersitzung zusammen."]


def test_a_crosshead_dates_the_report_below_it_and_is_no_event_of_its_own():
    lead = "Der Fischereiverband kritisiert die neuen Fangquoten scharf."
    # The paragraph tells of the meeting without a day; the crosshead above it gives the day.
    body = f"{lead}\n\nKrisentreffen am Donnerstag\n\nRibeiro will die Spitzen des Fischereiverbands in Lissabon zu einem Krisentreffen empfangen."
    events, event_mentions, _ = _events_of([_article("a", body, datetime(2023, 5, 16, 9))])  # a Tuesday
    assert events.select("event_type", "start_date").rows() == [("meeting", date(2023, 5, 18))]
    assert event_mentions["evidence"].to_list()[0].startswith("Ribeiro will")


def test_a_crosshead_day_read_without_context_gives_way_to_the_report_below():
    # "am Vorabend" in the crosshead is the eve of the council the paragraph names, not of the page's day.
    body = ("Am kommenden Mittwoch kommt der Ministerrat in Lissabon zusammen.\n\n"
            "Gestern telefonierte Ribeiro mit dem Fischereiverband.\n\nArbeitsessen am Vorabend\n\n"
            "Bereits am Vorabend des Ministerrats will Ribeiro die Delegierten in Lissabon zu einem Arbeitsessen empfangen.")
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 16, 9))])  # a Tuesday
    assert sorted(events.select("event_type", "start_date").rows()) == [
        ("call", date(2023, 5, 15)), ("meeting", date(2023, 5, 16)), ("session", date(2023, 5, 17)),
    ]


def test_a_crosshead_whose_section_tells_no_such_event_stays_an_event_of_its_own():
    body = ("Der Fischereiverband kritisiert die neuen Fangquoten scharf.\n\nTreffen mit Ribeiro am Donnerstag\n\n"
            "Die Fangquoten für Sardinen sollen im kommenden Jahr um ein Drittel sinken.")
    events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 16, 9))])
    assert events.select("event_type", "start_date").rows() == [("meeting", date(2023, 5, 18))]


def test_on_a_page_without_a_date_two_weekdays_are_two_events():
    body = "Der Fischereiverband tagte am Mittwoch in Lissabon. Eine Woche zuvor am Dienstag hatte der Fischereiverband in Lissabon getagt."
    events, _, _ = _events_of([_article("a", body, None)])
    assert events.height == 2


def test_on_a_page_without_a_date_a_day_told_makes_an_event_of_no_named_party_but_how_long_one_lasts_does_not():
    body = (
        "Nach einer Sitzung des Koalitionsausschusses am Sonntagabend in Lissabon gab es eine Einigung. "
        "Der Haushaltsausschuss des Parlaments tagt am Donnerstag. Die Tagung dauert bis Samstag."
    )
    events, event_mentions, _ = _events_of([_article("a", body, None)])
    assert events.height == 2
    assert any(evidence.startswith("Der Haushaltsausschuss") for evidence in event_mentions["evidence"])


def test_on_a_page_without_a_date_a_weekday_and_a_part_of_a_month_are_two_events():
    body = ("Der Fischereiverband hatte sich bereits Mitte Januar in Lissabon getroffen. "
            "Am Mittwochnachmittag trafen sich die Vertreter des Fischereiverbands dann erneut in Lissabon.")
    events, _, _ = _events_of([_article("a", body, None)])
    assert events.height == 2


def test_on_a_page_without_a_date_the_eve_of_a_conference_is_an_event_of_its_own():
    body = ("Die Konferenz des Fischereiverbands in Lissabon ging am Freitag zu Ende. "
            "Bereits am Vorabend waren die Vertreter des Fischereiverbands zu einem Arbeitsessen in Lissabon zusammengekommen.")
    events, _, _ = _events_of([_article("a", body, None)])
    assert sorted(events["event_type"].to_list()) == ["conference", "meeting"]


def test_an_undated_page_takes_the_date_from_an_outlet_covering_the_same_development():
    reports = {
        "a": ("Die dritte Verhandlungsrunde zwischen der GDL und der Deutsche Bahn war am Mittwoch in Leipzig. "
              "Claus Weselsky und Martin Seiler gelten als unversöhnlich.", datetime(2026, 3, 5, 9)),
        # No story in common (other words), but the same names: the page's "am Mittwoch" is that day.
        "b": ("Nach der Verhandlungsrunde am Mittwoch in Leipzig nannte Martin Seiler die GDL stur, "
              "Claus Weselsky drohte der Deutsche Bahn.", None),
        # A page naming none of them keeps its own undated event, though it names the place.
        "c": ("Am Mittwoch gab es in Leipzig eine Verhandlungsrunde über Fangquoten mit Chile.", None),
    }
    articles = [_article(key, body, published_at) for key, (body, published_at) in reports.items()]
    events, event_mentions, _ = _events_of(articles, RAIL_DISPUTE_ENTITIES)
    day_of = dict(event_mentions.join(events, on="event_id").select("article_id", "start_date").rows())
    assert day_of == {"a": date(2026, 3, 4), "b": date(2026, 3, 4), "c": None}


def test_an_undated_report_on_a_dated_page_joins_the_event_a_related_article_dates_that_week():
    entities = {**ENTITIES, "Kasachstan": ("LOC", "L-kz"), "Astana": ("LOC", "L-ast"),
                "Frank-Walter Steinmeier": ("PER", "P-steinmeier"), "Steinmeier": ("PER", "P-steinmeier"),
                "Kassym-Schomart Tokajew": ("PER", "P-tokajew")}
    trip = ("Frank-Walter Steinmeier bricht am Dienstag zu einem Besuch in Kasachstan auf. "
            "In Astana trifft er Kassym-Schomart Tokajew.")
    # No date of its own, but its names are the trip's: two days later it is that visit.
    looking_back = ("Steinmeier hat bei seinem Besuch in Kasachstan die Reformen gelobt. "
                    "Kassym-Schomart Tokajew dankte in Astana.")
    reports = {"a": (trip, datetime(2023, 6, 19, 9)), "b": (looking_back, datetime(2023, 6, 21, 9)),
               # A month on, the visit told without a date is no longer that week's.
               "c": (looking_back, datetime(2023, 7, 24, 9))}
    articles = [_article(key, body, published_at) for key, (body, published_at) in reports.items()]
    events, event_mentions, _ = _events_of(articles, entities)
    visits = event_mentions.join(events.filter(pl.col("event_type") == "visit"), on="event_id")
    day_of = dict(visits.select("article_id", "start_date").rows())
    assert day_of == {"a": date(2023, 6, 20), "b": date(2023, 6, 20), "c": None}


def test_a_place_named_with_its_towns_adjective_is_that_town_when_reports_are_merged():
    from transforms.ner.canonical import entity_id, fold_spelling

    entities = {"Brüsseler Ratsgebäude": ("LOC", "L-ratsgebaeude"), "Brüssel": ("LOC", entity_id(fold_spelling("Brüssel"))),
                "Luxemburger Kirchberg": ("LOC", "L-kirchberg")}
    reports = {
        "a": "Der Sondergipfel der Staats- und Regierungschefs beginnt am Mittwoch im Brüsseler Ratsgebäude.",
        "b": "Beim Sondergipfel am Mittwoch in Brüssel ging es um die Verteilung der Flüchtlinge.",
        # Another town's adjective sets the report apart.
        "c": "Der Sondergipfel der Staats- und Regierungschefs beginnt am Mittwoch auf dem Luxemburger Kirchberg.",
    }
    published = {"a": datetime(2015, 9, 21, 9), "b": datetime(2015, 9, 24, 9), "c": datetime(2015, 9, 21, 9)}
    articles = [_article(key, body, published[key]) for key, body in reports.items()]
    events, event_mentions, _ = _events_of(articles, entities)
    event_of = dict(event_mentions.select("article_id", "event_id").rows())
    assert event_of["a"] == event_of["b"] != event_of["c"]
    assert events.filter(pl.col("event_id") == event_of["a"])["location"].item() in ("Brüsseler Ratsgebäude", "Brüssel")


def test_a_report_opened_by_a_capitals_dateline_places_an_event_in_that_country_in_the_capital(monkeypatch):
    monkeypatch.setattr(events_module, "capital_country_ids", lambda model_dir=None: {"L-lis": "L-pt"})
    opened = "Lissabon (dpa) – In Portugal hat am Dienstag die Tagung des Fischereiverbands begonnen."
    events, _, _ = _events_of([_article("a", opened, datetime(2023, 5, 12, 9))])
    assert events.select("location").rows() == [("Lissabon",)]
    # A dateline from another country's capital places nothing in Chile.
    elsewhere = "Lissabon (dpa) – In Chile hat am Dienstag die Tagung des Fischereiverbands begonnen."
    events, _, _ = _events_of([_article("b", elsewhere, datetime(2023, 5, 12, 9))])
    assert events.select("location").rows() == [("Chile",)]


def test_a_plan_told_with_ist_or_sind_and_a_participle_lies_ahead():
    texts = {
        "Anschließend ist ein Besuch Ribeiros in Lissabon geplant.": "planned",
        "Für Montag sind Gespräche mit Chile in Lissabon angesetzt.": "planned",
        "Ribeiro ist zu Gesprächen mit Chile in Lissabon gewesen.": "past",
    }
    for body, status in texts.items():
        events, _, _ = _events_of([_article("a", body, datetime(2023, 5, 12, 9))])
        assert events["status"].to_list() == [status], body


def test_a_meeting_on_a_visit_is_part_of_the_visit_unless_told_apart():
    entities = {**ENTITIES, "Caputo": ("PER", "P-caputo"), "Madrid": ("LOC", "L-mad")}
    body = "Am Freitag reist Ribeiro weiter nach Lissabon, wo sie Caputo treffen will."
    events, _, participants = _events_of([_article("a", body, datetime(2026, 3, 11, 9))], entities)  # a Wednesday
    assert events.select("event_type", "start_date", "location").rows() == [("visit", date(2026, 3, 13), "Lissabon")]
    assert set(participants["entity_id"]) == {"P-ribeiro", "P-caputo"}
    # A meeting in another place than the trip's goal, or one the article tells again, stays an occasion of its own.
    body = "Ribeiro hatte am Montag in Madrid Caputo getroffen und war am Abend nach Lissabon weitergereist."
    events, _, _ = _events_of([_article("b", body, datetime(2026, 3, 11, 9))], entities)
    assert sorted(events.select("event_type", "location").rows()) == [("meeting", "Madrid"), ("visit", "Lissabon")]
    body = "Am Freitag reist Ribeiro weiter nach Lissabon, wo sie Caputo treffen will. Das Treffen am Freitag soll zwei Stunden dauern."
    events, _, _ = _events_of([_article("c", body, datetime(2026, 3, 11, 9))], entities)
    assert sorted(events["event_type"]) == ["meeting", "visit"]
