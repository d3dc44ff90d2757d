from transforms.venues import venues_in


def _texts(sentence: str) -> list[str]:
    return [venue.text for venue in venues_in(sentence)]


def test_buildings_and_sites_after_a_preposition_of_place():
    assert _texts("Die Gespräche finden im Hotel Beau-Rivage Palace statt.") == ["Hotel Beau-Rivage Palace"]
    assert _texts("Am Freitag führten sie im Kreml mehrstündige Gespräche.") == ["Kreml"]
    assert _texts("Merkel hat zu einer Konferenz ins Kanzleramt eingeladen.") == ["Kanzleramt"]
    assert _texts("Sie trafen sich in der Essener Konzernzentrale mit dem Vorstand.") == ["Essener Konzernzentrale"]
    assert _texts("An der Friedrich-Schiller-Universität Jena begann die Tagung.") == ["Friedrich-Schiller-Universität Jena"]
    assert _texts("Die Konferenz ist am Dienstag im Stift Melk zusammengetreten.") == ["Stift Melk"]
    # "Kloster" ends like a town's adjective ("Grazer") but is the kind of place.
    assert _texts("Die Fraktion kommt am Montag zu ihrer Klausur im Kloster Banz zusammen.") == ["Kloster Banz"]
    assert _texts("Der Aufsichtsrat tagte im Weserstadion.") == ["Weserstadion"]
    assert _texts("Die Eurogruppe traf sich im Brüsseler Ratsgebäude.") == ["Brüsseler Ratsgebäude"]
    assert _texts("Scholz lud Modi zum Gipfel auf Schloss Elmau ein.") == ["Schloss Elmau"]
    assert _texts("Scholz kam in der Präsidentenresidenz Aso Rock mit Tinubu zusammen.") == ["Präsidentenresidenz Aso Rock"]
    # Offices of a district, a region, a party and a Land.
    assert _texts("Der Kreistag tagte im großen Saal im Landratsamt.") == ["Landratsamt"]
    assert _texts("Das Mediationsgespräch fand im Regierungspräsidium Tübingen statt.") == ["Regierungspräsidium Tübingen"]
    assert _texts("Sie saßen in der Mainzer CDU-Landesgeschäftsstelle zusammen.") == ["Mainzer CDU-Landesgeschäftsstelle"]
    assert _texts("Man trifft sich in der Landesvertretung Niedersachsens.") == ["Landesvertretung"]
    # English names end in their kind, after a word that looks like a town's adjective too.
    assert _texts("Ruto empfing den Kanzler im State House mit militärischen Ehren.") == ["State House"]
    assert _texts("Starmer empfing die Gäste im Lancaster House.") == ["Lancaster House"]
    assert _texts("Er sprach in der Stadt Hall mit Bürgern.") == []


def test_the_town_a_venue_stands_in_belongs_to_it():
    assert _texts("Die Sitzung findet ab 10 Uhr im Landhaus in Graz statt.") == ["Landhaus in Graz"]
    assert _texts("Er will im Rathaus von Kotka mit der Stadtspitze reden.") == ["Rathaus von Kotka"]


def test_a_room_is_named_with_the_building_it_belongs_to():
    assert _texts("Der Stadtrat kommt im großen Sitzungssaal des Rathauses zusammen.") == ["Sitzungssaal des Rathauses"]
    assert _texts("Die Sitzung findet in der Aula des Schulhauses Zelgli statt.") == ["Aula des Schulhauses"]
    assert _texts("Er sprach im Saal des Rathauses Bürgermeister Meier an.") == ["Saal des Rathauses"]
    assert _texts("Der Kreistag tagte im großen Saal des Landratsamts.") == ["Saal des Landratsamts"]
    # A room of no building that is a venue is no venue.
    assert _texts("Sie trafen sich im Saal 3.") == []


def test_a_sentences_full_stop_is_not_part_of_the_venue():
    assert _texts("Der Ausschuss tagt im Plenarsaal in Mainz.") == ["Plenarsaal in Mainz"]
    assert _texts("Er wurde im Rathaus in St. Pölten empfangen.") == ["Rathaus in St. Pölten"]


def test_time_phrases_people_and_lower_case_adjectives_are_not_part_of_the_venue():
    assert _texts("Der Rat tagt im Rathaus am Montag.") == ["Rathaus"]
    assert _texts("Sie trifft im Rathaus Bürgermeister Meier.") == ["Rathaus"]
    assert _texts("Das Kabinett tagte im barocken Gästehaus der Regierung.") == ["Gästehaus"]


def test_words_that_only_end_like_a_venue_are_not_venues():
    assert _texts("Der Protest fand in der Hamburger Innenstadt statt.") == []
    assert _texts("Der Vorschlag steht im Zentrum der Kritik.") == []
    assert _texts("Am Rande des Gipfels trafen sie sich im Haus.") == []
    assert _texts("Die Kanzlerin wurde im Weißen Haus empfangen.") == ["Weißen Haus"]
    assert _texts("Er sprach von einem Kampf in der politischen Arena.") == []


def test_an_indefinite_venue_counts_only_with_its_town_or_name():
    assert _texts("Die Tarifparteien verhandelten in einem Berliner Hotel.") == ["Berliner Hotel"]
    assert _texts("Die Delegationen kamen in einem Hotel in Caracas zusammen.") == ["Hotel in Caracas"]
    assert _texts("Die Kommission tagt in einem Hotel in der Innenstadt.") == []


def test_a_bare_ministry_or_residence_is_a_kind_of_building_not_a_venue():
    assert _texts("Sie kamen zu einem Gespräch im Ministerium zusammen.") == []
    assert _texts("Bei Gesprächen in der Residenz des Premierministers ging es um Zölle.") == ["Residenz"]
    assert _texts("Die Minister tagten im Brüsseler Konferenzzentrum.") == ["Brüsseler Konferenzzentrum"]
    assert _texts("Sie trafen sich im Wirtschaftsministerium.") == ["Wirtschaftsministerium"]
