"""Continents and centres for every country django-countries knows."""

import pytest
from django_countries import countries

from creativetracks.core.geography import (
    CONTINENTS,
    COUNTRY_CENTROID,
    COUNTRY_CONTINENT,
    continent_of,
)

ALL_CODES = sorted(country.code for country in countries)
CONTINENT_CODES = {code for code, _label in CONTINENTS}


def test_continents_are_the_seven_with_english_labels():
    assert [code for code, _label in CONTINENTS] == ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]
    assert [str(label) for _code, label in CONTINENTS] == [
        "Africa",
        "Antarctica",
        "Asia",
        "Europe",
        "North America",
        "Oceania",
        "South America",
    ]


def test_django_countries_knows_the_whole_iso_list():
    assert len(ALL_CODES) >= 249


def test_every_country_has_a_continent():
    missing = [code for code in ALL_CODES if code not in COUNTRY_CONTINENT]
    assert missing == []
    assert set(COUNTRY_CONTINENT.values()) <= CONTINENT_CODES
    # Every continent holds at least one country.
    assert set(COUNTRY_CONTINENT.values()) == CONTINENT_CODES


def test_every_country_has_a_centre_in_range():
    missing = [code for code in ALL_CODES if code not in COUNTRY_CENTROID]
    assert missing == []
    for code, (latitude, longitude) in COUNTRY_CENTROID.items():
        assert -90 <= latitude <= 90, code
        assert -180 <= longitude <= 180, code


def test_no_codes_beyond_iso():
    # Keys are upper-case two-letter codes, the same in both tables.
    assert set(COUNTRY_CONTINENT) == set(COUNTRY_CENTROID)
    assert all(len(code) == 2 and code.isupper() for code in COUNTRY_CONTINENT)


@pytest.mark.parametrize(
    ("code", "continent"),
    [
        ("PT", "EU"),
        ("MZ", "AF"),
        ("BR", "SA"),
        ("CN", "AS"),
        ("AU", "OC"),
        ("US", "NA"),
        ("RU", "EU"),
        ("TR", "AS"),
        ("CY", "EU"),
        ("EG", "AF"),
        ("MX", "NA"),
        ("PA", "NA"),
        ("JM", "NA"),
        ("GL", "NA"),
        ("NZ", "OC"),
        ("AQ", "AN"),
        ("CV", "AF"),
        ("TL", "AS"),
    ],
)
def test_continent_spot_checks(code, continent):
    assert continent_of(code) == continent


@pytest.mark.parametrize(
    ("code", "latitude", "longitude"),
    [
        ("PT", 39.5, -8.0),
        ("MZ", -18.0, 35.0),
        ("BR", -10.0, -52.0),
        ("CN", 35.0, 103.0),
        ("AU", -25.0, 134.0),
        ("US", 39.0, -98.0),
        ("GB", 54.0, -2.0),
        ("NZ", -41.0, 174.0),
        ("JP", 36.0, 138.0),
    ],
)
def test_centre_spot_checks(code, latitude, longitude):
    # Within a few degrees of where the country is.
    got_latitude, got_longitude = COUNTRY_CENTROID[code]
    assert abs(got_latitude - latitude) <= 5
    assert abs(got_longitude - longitude) <= 5


def test_continent_of_is_forgiving():
    assert continent_of("pt") == "EU"
    assert continent_of(" mz ") == "AF"
    assert continent_of("") is None
    assert continent_of(None) is None
    assert continent_of("XX") is None


def test_continent_of_accepts_a_country_object():
    from django_countries.fields import Country

    assert continent_of(Country("CN")) == "AS"
