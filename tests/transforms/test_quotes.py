"""Tests for the quote extractor (transforms/quotes.py) on invented German snippets and the dev set."""

from __future__ import annotations

import polars as pl

from transforms.quotes import extract_quotes, marked_spans, quotes_from_articles
from transforms.schemas import QUOTES


def _frame(*bodies: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(bodies))],
            "source_path": [f"x/{i}.txt" for i in range(len(bodies))],
            "body": list(bodies),
        }
    )


def _by_text(body: str) -> dict[str, dict]:
    return {q["text"]: q for q in extract_quotes(body)}


def test_every_quotation_mark_convention() -> None:
    body = (
        "„Die Brücke wird im Mai fertig“, sagte die Bauleiterin Petra Sommer. "
        "Der Bürgermeister meinte: »Wir liegen gut im Zeitplan.« "
        "«Das freut uns sehr», erklärte ein Anwohner. "
        'Ein Sprecher sagte: "Die Kosten steigen nicht." '
        "„Wir sind zufrieden\", so der Ortsvorsteher."
    )
    texts = [q["text"] for q in extract_quotes(body)]
    assert "Die Brücke wird im Mai fertig" in texts
    assert "Wir liegen gut im Zeitplan." in texts
    assert "Das freut uns sehr" in texts
    assert "Die Kosten steigen nicht." in texts
    assert "Wir sind zufrieden" in texts


def test_direct_quote_speaker_after_and_before() -> None:
    body = (
        "Die Stadtwerke erhöhen die Preise. „Das ist leider unvermeidlich“, sagte Geschäftsführer "
        "Jonas Brandt am Dienstag. Die Verbraucherzentrale widersprach: „Die Erhöhung ist zu hoch.“"
    )
    quotes = _by_text(body)
    first = quotes["Das ist leider unvermeidlich"]
    assert first["quote_type"] == "direct"
    assert first["cue"] == "sagte"
    assert "Brandt" in first["speaker_mention"]
    second = quotes["Die Erhöhung ist zu hoch."]
    assert second["speaker_mention"] == "Die Verbraucherzentrale"


def test_offsets_point_at_the_text() -> None:
    body = (
        "Im Rathaus gab es Streit.\n\n„Wir werden das prüfen“, sagte die Kämmerin. Sie betonte, "
        "der Haushalt sei solide. Es gebe keinen Grund zur Sorge.\n\nLaut Polizei blieb es ruhig."
    )
    rows = extract_quotes(body)
    assert rows
    for row in rows:
        assert body[row["start_char"] : row["end_char"]] == row["text"]


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    body = (
        "Der Trainer sprach von einem „schweren Spiel. Danach ging es weiter.\n\n"
        "Im zweiten Absatz sagte der Kapitän: „Wir haben gekämpft.“ Dann war Schluss.\n\n"
        "Ein letzter Absatz mit einem schließenden“ Zeichen und einem »offenen ohne Ende."
    )
    rows = extract_quotes(body)
    direct = [q["text"] for q in rows if q["quote_type"] == "direct"]
    assert direct == ["Wir haben gekämpft."]
    assert all(len(q["text"]) < 120 for q in rows)


def test_nested_and_mixed_marks() -> None:
    spans = marked_spans("Sie sagte: „Das Lied ‚Alte Zeiten‘ mag ich.“ Und: „Gut\" war es.")
    texts = ["Sie sagte: „Das Lied ‚Alte Zeiten‘ mag ich.“ Und: „Gut\" war es."[a:b] for a, b in spans]
    assert texts == ["Das Lied ‚Alte Zeiten‘ mag ich.", "Gut"]


def test_titles_and_names_in_quotes_are_not_quotes() -> None:
    body = (
        "Das berichtete die „Frankfurter Rundschau“ am Montag. Das Schiff „Nordstern“ lief aus. "
        "Der Film „Der lange Weg“ startet im Herbst."
    )
    assert [q for q in extract_quotes(body) if q["quote_type"] == "direct"] == []


def test_interrupted_quote_gives_two_parts_with_one_speaker() -> None:
    body = "„Wir bleiben“, sagte die Vorsitzende Anna Kühn, „und wir kämpfen weiter.“"
    direct = [q for q in extract_quotes(body) if q["quote_type"] == "direct"]
    assert [q["text"] for q in direct] == ["Wir bleiben", "und wir kämpfen weiter."]
    assert all("Kühn" in (q["speaker"] or "") for q in direct)


def test_indirect_speech_with_continuation() -> None:
    body = (
        "Die Ministerin erklärte, die Reform sei überfällig. Sie werde noch im Sommer vorgelegt. "
        "Der Bundestag tagt am Freitag."
    )
    indirect = [q for q in extract_quotes(body) if q["quote_type"] == "indirect"]
    assert [q["text"] for q in indirect] == [
        "die Reform sei überfällig",
        "Sie werde noch im Sommer vorgelegt",
    ]
    assert indirect[0]["cue"] == "erklärte"
    assert indirect[0]["speaker_mention"] == "Die Ministerin"
    assert indirect[1]["speaker_mention"] == "Die Ministerin"


def test_prepositional_attribution() -> None:
    body = (
        "Nach Angaben der Feuerwehr brannte die Scheune vollständig ab. "
        "Laut Polizei wurde niemand verletzt. "
        "Der Schaden liege bei mehreren Hunderttausend Euro, so ein Sprecher der Versicherung."
    )
    quotes = extract_quotes(body)
    cues = [q["cue"] for q in quotes]
    assert cues == ["nach", "laut", "so"]
    assert quotes[0]["speaker_mention"] == "der Feuerwehr"
    assert quotes[1]["speaker_mention"] == "Polizei"
    assert quotes[2]["text"] == "Der Schaden liege bei mehreren Hunderttausend Euro"


def test_inverted_indirect_speech() -> None:
    body = "Man habe alle Auflagen erfüllt und werde nun bauen, sagte der Investor Karl Oberhuber."
    (quote,) = extract_quotes(body)
    assert quote["text"] == "Man habe alle Auflagen erfüllt und werde nun bauen"
    assert "Oberhuber" in quote["speaker_mention"]


def test_speaker_resolution_role_pronoun_and_surname() -> None:
    body = (
        "Bahnsprecherin Carola Weinberg kündigte neue Fahrpläne an. Die Sprecherin sagte, die Züge "
        "würden pünktlicher. Später fügte sie hinzu: „Wir investieren kräftig.“ "
        "„Das reicht nicht“, sagte Weinberg am Abend selbstkritisch."
    )
    rows = extract_quotes(body)
    speakers = {q["speaker_mention"]: q["speaker"] for q in rows}
    assert speakers["Die Sprecherin"] == "Carola Weinberg"
    assert speakers["sie"] == "Carola Weinberg"
    assert speakers["Weinberg"] == "Carola Weinberg"


def test_frame_conforms_and_ids_are_deterministic() -> None:
    frame = _frame("„Alles wird gut“, sagte die Bürgermeisterin.", "", "Kein Zitat hier.")
    out = quotes_from_articles(frame)
    assert out.schema == pl.Schema(QUOTES)
    assert out.height == 1
    assert out["speaker_entity_id"].null_count() == 1
    assert out["quote_id"].to_list() == quotes_from_articles(frame)["quote_id"].to_list()
    assert quotes_from_articles(frame.head(0)).schema == pl.Schema(QUOTES)


def test_never_crashes_on_odd_input() -> None:
    bodies = ["„", "“„»«‚‘›‹\"", "„„„ “““", "»" * 50 + "Text", "Er sagte:", "Laut", ", so"]
    out = quotes_from_articles(_frame(*bodies))
    assert out.schema == pl.Schema(QUOTES)


def _one(body: str, qtype: str = "indirect") -> dict:
    (quote,) = [q for q in extract_quotes(body) if q["quote_type"] == qtype]
    return quote


def test_prepositional_attribution_variants() -> None:
    assert _one("Nach Polizeiangaben wurden drei Menschen leicht verletzt.")["text"] == (
        "wurden drei Menschen leicht verletzt"
    )
    zufolge = _one("Den ersten Berichten zufolge brannte das Lager vollständig aus.")
    assert (zufolge["cue"], zufolge["text"]) == ("zufolge", "brannte das Lager vollständig aus")
    assert _one("Seiner Ansicht nach ist der Plan zu teuer.")["speaker_mention"] == "Seiner Ansicht"
    # Inside a relative clause only that clause is reported.
    relative = _one("Die Scheune, die nach Angaben der Feuerwehr seit Jahren leer stand, brannte ab.")
    assert relative["text"] == "die nach Angaben der Feuerwehr seit Jahren leer stand"
    assert relative["speaker_mention"] == "der Feuerwehr"


def test_cue_nouns_stance_phrases_and_trailing_wie() -> None:
    noun = _one("Der Verband vertritt die Ansicht, die neue Regel sei unfair.")
    assert (noun["text"], noun["speaker_mention"]) == ("die neue Regel sei unfair", "Der Verband")
    stance = _one("Die Ärztin Mara Voss zeigte sich besorgt, dass die Lage sich weiter verschlechtere.")
    assert stance["text"].startswith("dass die Lage")
    assert stance["speaker"] == "Mara Voss"
    wie = _one("Die Brücke bleibt bis Mai gesperrt, wie die Stadt mitteilte.")
    assert (wie["text"], wie["speaker_mention"]) == ("Die Brücke bleibt bis Mai gesperrt", "die Stadt")


def test_passive_and_impersonal_cues_name_no_one_or_the_document() -> None:
    body = "„Wir prüfen das“, sagte die Ministerin. Dem Amt wird vorgeworfen, es habe die Kosten verschwiegen."
    passive = _one(body)
    assert passive["speaker_mention"] is None  # not inherited from the quote before
    heisst = _one("„Wir halten an dem Ziel fest“, heißt es in einer Erklärung der Partei.", "direct")
    assert heisst["speaker_mention"] == "einer Erklärung der Partei"


def test_demnach_and_back_reference() -> None:
    demnach = _one("Der Stadtrat veröffentlichte am Abend seinen Bericht. Demnach fehlen der Stadt zwei Millionen Euro.")
    assert (demnach["speaker_mention"], demnach["speaker"]) == ("Demnach", "Der Stadtrat")
    back = _one("Der Hafen bleibt bis Freitag gesperrt. Dies bestätigte die Hafenbehörde am Morgen.")
    assert back["text"].startswith("Der Hafen bleibt bis Freitag gesperrt")
    assert back["speaker_mention"] == "die Hafenbehörde"


def test_continuation_run_is_one_quote_and_not_first_person() -> None:
    body = (
        "Die Sprecherin Jana Roth sagte, die Zahlen seien gut. Das Unternehmen plane neue Stellen. "
        "Der Umsatz wachse weiter. Ich habe davon gehört. Das Wetter war schön."
    )
    indirect = [q for q in extract_quotes(body) if q["quote_type"] == "indirect"]
    assert [q["text"] for q in indirect] == [
        "die Zahlen seien gut",
        "Das Unternehmen plane neue Stellen. Der Umsatz wachse weiter",
    ]
    assert {q["speaker"] for q in indirect} == {"Jana Roth"}


def test_short_quotes_gold_counts_and_names_it_does_not() -> None:
    body = (
        "Der Minister nannte den Plan einen „Irrweg“. Die Raumfähre „Nordstern“ startet im Mai. "
        "Die Gewerkschaft bezeichnete das Angebot als „völlig überzogen“. "
        "Der Verband fordert ein „Gesetz zur Stärkung der Pflege in Kliniken“."
    )
    direct = {q["text"]: q for q in extract_quotes(body) if q["quote_type"] == "direct"}
    assert set(direct) == {"Irrweg", "völlig überzogen"}
    assert direct["völlig überzogen"]["speaker_mention"] == "Die Gewerkschaft"


def test_subject_is_found_past_objects_appositions_and_time_phrases() -> None:
    assert _one("Die Idee bezeichnete er als „Unsinn“.", "direct")["speaker_mention"] == "er"
    berger = _one("Der Vorsitzende im Landtag, Hans Berger, hatte gefordert, dass die Schulen länger öffnen.")
    assert berger["speaker"] == "Hans Berger"
    lind = _one("Wie die Sprecherin der Stadt, Eva Lind, mitteilte, bleibt das Bad geschlossen.")
    assert (lind["text"], lind["speaker"]) == ("bleibt das Bad geschlossen", "Eva Lind")
    assert _one("Ende Dezember sagte der Bürgermeister, die Kasse sei leer.")["speaker_mention"] == "der Bürgermeister"
    assert _one("Am Montag erklärte die Polizei, der Täter sei gefasst.")["speaker_mention"] == "die Polizei"


def test_unnamed_sources_keep_their_description() -> None:
    named_first = "Ministerin Lea Hart besuchte das Werk. Ein Regierungsvertreter sagte, man prüfe die Pläne."
    assert _one(named_first)["speaker"] == "Ein Regierungsvertreter"
    no_such_role = "Die Ministerin Lea Hart besuchte das Werk. Der Regierungsvertreter sagte, man prüfe die Pläne."
    assert _one(no_such_role)["speaker"] == "Der Regierungsvertreter"
    pronoun = "Bürgermeister Tim Ranke besuchte die Baustelle. Er sagte, der Bau sei im Plan."
    assert _one(pronoun)["speaker"] == "Tim Ranke"


def test_embedded_quote_takes_the_sentence_subject() -> None:
    quote = _one("Die Gewerkschaft nannte das Angebot „eine Provokation“.", "direct")
    assert quote["speaker_mention"] == "Die Gewerkschaft"


def _mentions(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {q["text"]: (q["speaker_mention"], q["speaker"]) for q in extract_quotes(body)}


def test_mention_stops_at_quotation_marks_and_prepositional_objects() -> None:
    body = (
        "Die Stadt plant eine neue Brücke. Dagegen sprach ein hoher Beamter der Landesregierung von "
        "einigen Mängeln, die „behoben werden müssen“. Der Brücke steht die Opposition laut der "
        "Fraktionssprecherin „äußerst skeptisch“ gegenüber. Darüber hat die Zeitung „Der Bote“ berichtet."
    )
    quotes = _mentions(body)
    assert quotes["behoben werden müssen"][0] == "ein hoher Beamter der Landesregierung"
    assert quotes["äußerst skeptisch"][0] == "der Fraktionssprecherin"
    assert quotes["Darüber hat die Zeitung „Der Bote“ berichtet"][0] == "die Zeitung „Der Bote“"
    # Prepositional phrases before the attributive adjective belong to the phrase.
    quote = _one("„Das kommt nicht in Frage“, sagte der für den Verkehr im Stadtrat zuständige "
                 "Dezernent Paul Winter am Montag.", "direct")
    assert quote["speaker_mention"] == "der für den Verkehr im Stadtrat zuständige Dezernent Paul Winter"
    assert quote["speaker"] == "Paul Winter"
    # A bare name takes no "der" phrase after the verb: that is a dative object.
    assert _one("Die Lage sei ernst, wie Roth der Agentur Nordpress erklärte.")["speaker_mention"] == "Roth"


def test_things_events_and_adverbials_are_no_speakers() -> None:
    body = (
        "Laut Verbandschef Tim Brandt sind neue Regeln nötig. Die vergangenen Gespräche hätten viele "
        "Differenzen offenbart, was „schlecht“ sei. Um Fortschritte zu erzielen, brauche es Zeit, sagte er."
    )
    for mention, speaker in _mentions(body).values():
        assert "Gespräche" not in (mention or "") and "Fortschritte" not in (speaker or "")
        assert speaker == "Tim Brandt"
    # A pronoun points to the subject before it that can stand for it, not to a fronted phrase.
    org = _mentions(
        "Die Gewerkschaft wirft dem Konzern Lohndumping vor. Dies weist der Vorstand entschieden zurück. "
        "Zugleich fordert er von der Gewerkschaft neue Vorschläge."
    )
    assert org["Zugleich fordert er von der Gewerkschaft neue Vorschläge"] == ("er", "der Vorstand")


def test_pronouns_agree_in_gender_with_their_antecedent() -> None:
    body = (
        "Minister Karl Weber traf am Morgen Ministerin Anna Roth. Er sagte, man sei sich einig. "
        "Sie erklärte, die Details würden bald folgen."
    )
    quotes = _mentions(body)
    assert quotes["man sei sich einig"] == ("Er", "Karl Weber")
    assert quotes["die Details würden bald folgen"] == ("Sie", "Anna Roth")


def test_role_nouns_resolve_to_the_named_holder() -> None:
    body = (
        "Nach dem Treffen zog die Stadt eine gemischte Bilanz. Laut dem Sprecher des Bürgermeisters, "
        "Jonas Keller, gab es gute Ansätze. Der Rathaus-Sprecher erklärte, man werde weiter verhandeln."
    )
    quotes = _mentions(body)
    assert quotes["gab es gute Ansätze"] == ("dem Sprecher des Bürgermeisters, Jonas Keller", "Jonas Keller")
    assert quotes["man werde weiter verhandeln"] == ("Der Rathaus-Sprecher", "Jonas Keller")
    # A role with a prefix stands for the one person recently introduced with a role of that prefix.
    prefixed = _one("EU-Kommissar Max Bauer besuchte Kiew. Die Lage sei ernst, warnte der EU-Chefdiplomat.")
    assert prefixed["speaker"] == "Max Bauer"
    two = _one("EU-Kommissar Max Bauer und EU-Kommissar Olaf Kern besuchten Kiew. "
               "Die Lage sei ernst, warnte der EU-Chefdiplomat.")
    assert two["speaker"] == "der EU-Chefdiplomat"  # two candidates: no guess
    # An unnamed source stays unnamed, also when a named person with the same prefix came before.
    unnamed = _mentions(
        "EU-Kommissar Max Bauer hatte gewarnt. Ein hochrangiger EU-Beamter sprach von Fortschritten. "
        "Der EU-Beamte sagte, man sei noch weit entfernt."
    )
    assert unnamed["man sei noch weit entfernt"] == ("Der EU-Beamte", "Der EU-Beamte")
    # Another definite role right after a named person's quote is that person, unless it replies.
    same = _mentions("„Wir spielen auf Sieg“, sagte Kapitän Karl Weber. „Wir sind bereit“, fügte der Spieler hinzu.")
    assert same["Wir sind bereit"] == ("der Spieler", "Karl Weber")
    reply = _mentions("„Wir spielen auf Sieg“, sagte Kapitän Karl Weber. „Das sehe ich anders“, widersprach der Trainer.")
    assert reply["Das sehe ich anders"] == ("der Trainer", "der Trainer")


def test_multi_sentence_and_split_direct_quotes_take_the_attribution_after_them() -> None:
    body = (
        "Die Stadt plant eine neue Brücke. „Wir werden das Projekt nicht stoppen. Das ist völlig "
        "ausgeschlossen“, sagte die Bürgermeisterin Eva Lind. „Die Lage ist ernst.“ „Wir handeln "
        "sofort“, sagte der Kämmerer Max Roth."
    )
    quotes = _mentions(body)
    assert quotes["Wir werden das Projekt nicht stoppen. Das ist völlig ausgeschlossen"][1] == "Eva Lind"
    assert quotes["Die Lage ist ernst."][1] == "Max Roth"
    assert quotes["Wir handeln sofort"][1] == "Max Roth"


def test_quoted_name_after_the_quote_is_its_speaker() -> None:
    body = "„Er war der kreative Kopf der Band. Er ging zu früh“,   schrieb „Die Tagespost“ in einem Nachruf."
    q = _by_text(body)["Er war der kreative Kopf der Band. Er ging zu früh"]
    assert q["cue"] == "schrieb"
    assert "Tagespost" in q["speaker_mention"]


def test_heisst_es_with_an_adverb_names_the_document() -> None:
    body = "„Die Lage bleibt ernst und wir rufen zur Ruhe auf“, heißt es dazu in einer Mitteilung des Vereins."
    q = _by_text(body)["Die Lage bleibt ernst und wir rufen zur Ruhe auf"]
    assert "Mitteilung des Vereins" in q["speaker_mention"]


def test_a_regnal_number_does_not_end_the_sentence_of_a_partial_quote() -> None:
    body = (
        "„Er hat viel bewegt“, sagte Regierungssprecher Paul Weber. "
        "Später sagte die Kanzlerin Anna Roth vor der Presse, Benedikt XVI. „bleibt einer der großen Denker“."
    )
    q = _by_text(body)["bleibt einer der großen Denker"]
    assert q["speaker"] == "Anna Roth"


def test_back_reference_with_a_modal_verb_names_the_speaker_of_the_quote_before() -> None:
    body = "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Peter Lang am Dienstag einräumen."
    q = _by_text(body)["Ja, es gibt Zumutungen."]
    assert q["speaker"].startswith("Peter Lang")
    assert q["cue"] == "einräumen"


def test_a_name_closing_a_list_before_a_colon_introduces_its_words() -> None:
    body = (
        "Viele gratulierten dem Preisträger, etwa die Kanzlerin, und der norwegische Ministerpräsident "
        "Lars Berg: „Der Preis kommt nicht zu früh. Es ist richtig so.“"
    )
    q = _by_text(body)["Der Preis kommt nicht zu früh. Es ist richtig so."]
    assert q["speaker"] == "Lars Berg"


def test_own_statements_resolve_to_the_subject_and_carry_to_following_quotes() -> None:
    body = (
        "Der Bruder des Bischofs, Georg Hansen, war nach eigenem Bekunden seit langem eingeweiht. "
        "„Mein Bruder wünscht sich im Alter mehr Ruhe.“"
    )
    quotes = extract_quotes(body)
    indirect = next(q for q in quotes if q["quote_type"] == "indirect")
    assert indirect["speaker_mention"] == "eigenem Bekunden"  # what the text says
    assert indirect["speaker"] == "Georg Hansen"  # who that is
    direct = next(q for q in quotes if q["quote_type"] == "direct")
    assert direct["speaker"] == "Georg Hansen"


def test_a_single_marked_word_inside_reported_speech_is_a_partial_quote() -> None:
    body = "Bis vor zwei Jahren sei das der „Normalfall“ gewesen, sagte der Schiedsrichter Max Roth der Zeitung."
    q = _by_text(body)["Normalfall"]
    assert q["quote_type"] == "direct"
    assert q["speaker"] == "Max Roth"
    # The same word in a sentence nobody says is a scare quote, and a medium in marks stays a name.
    assert "Normalfall" not in _by_text("Für viele Pendler ist der Stau der „Normalfall“ geworden.")
    assert "Tagesspiegel" not in _by_text("Der Minister sei laut „Tagesspiegel“ verärgert, sagte ein Sprecher.")


def test_a_capitalised_judgement_after_als_is_a_quote() -> None:
    body = "Seine Werke werden von Kritikern als „Meilensteine in der Geschichte der Musik“ bezeichnet."
    assert "Meilensteine in der Geschichte der Musik" in _by_text(body)


def test_modal_in_relative_clause_does_not_continue() -> None:
    body = (
        "Der Sprecher Paul Weber sagte, die Brücke sei sicher. "
        "Die Stadt legte einen Plan vor, der die Sanierung regeln soll."
    )
    indirect = [q for q in extract_quotes(body) if q["quote_type"] == "indirect"]
    assert [q["text"] for q in indirect] == ["die Brücke sei sicher"]


def test_orphan_konjunktiv_takes_the_nearest_cue_source() -> None:
    body = (
        "Der Hafen blieb am Montag geschlossen. Die Lotsen hatten ihre Arbeit niedergelegt. "
        "Als Grund gab die Hafenbehörde einen Sturm an. Das Wetter war schlecht. Es folgten Gespräche. "
        "Der Sturm habe mehrere Kräne beschädigt."
    )
    orphan = [q for q in extract_quotes(body) if q["text"].startswith("Der Sturm habe")]
    assert len(orphan) == 1 and orphan[0]["speaker_mention"] == "die Hafenbehörde"
    # Without a source in sight, a lone Konjunktiv is left alone.
    assert extract_quotes("Der Hafen blieb geschlossen. Der Sturm habe mehrere Kräne beschädigt.") == []


def test_reported_speech_with_closing_particle_and_plural_verbs() -> None:
    gab = _one("Am Abend gab die Reederei die Einstellung der Fährlinie bekannt.")
    assert gab["speaker_mention"] == "die Reederei"
    sprechen = _one("Die Veranstalter sprechen von mehr als tausend Teilnehmern.")
    assert sprechen["speaker_mention"] == "Die Veranstalter"


def test_source_heads_in_singular_after_nach() -> None:
    got = _one("Nach einer Schätzung des Verbands fehlen im Land zehntausend Pflegekräfte.")
    assert got["cue"] == "nach" and "Verbands" in got["speaker_mention"]
