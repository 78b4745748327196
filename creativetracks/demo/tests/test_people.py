import collections
import itertools
import re
import tracemalloc
from collections.abc import Iterator

import pytest
from django_countries.data import COUNTRIES as ISO_COUNTRIES

from creativetracks.core import taxonomy
from creativetracks.demo import data
from creativetracks.demo.people import (
    COUNTRIES,
    EMAIL_DOMAIN,
    NAME_POOLS,
    REGION_GROUPS,
    OrganisationSeed,
    PersonSeed,
    PortfolioSeed,
    _serial,
    generate_network_organisations,
    generate_people,
    slugify_ascii,
)

SECTORS = {slug for slug, _ in taxonomy.SECTORS}
STAGES = {slug for slug, _ in taxonomy.CAREER_STAGES}
EXCHANGES = {slug for slug, _ in taxonomy.EXCHANGE_CATEGORIES}
LANGUAGES = {slug for slug, _ in taxonomy.LANGUAGES}
KINDS = {slug for slug, _ in taxonomy.ORGANISATION_KINDS}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def people() -> list[PersonSeed]:
    return list(generate_people(1800))


def test_the_same_seed_gives_the_same_people():
    assert list(generate_people(300, seed=7)) == list(generate_people(300, seed=7))
    assert list(generate_people(300, seed=7)) != list(generate_people(300, seed=8))
    assert list(generate_people(50)) == list(generate_people(50, seed=2016))


def test_a_shorter_run_is_the_start_of_a_longer_one():
    assert list(generate_people(40)) == list(itertools.islice(generate_people(1000), 40))


def test_handles_and_emails_are_unique_over_20000_people():
    handles, emails = set(), set()
    for person in generate_people(20_000, seed=3):
        assert SLUG.match(person.handle) and len(person.handle) <= 50, person.handle
        assert person.email.endswith(f"@{EMAIL_DOMAIN}")
        assert person.email.isascii() and person.email == person.email.lower()
        handles.add(person.handle)
        emails.add(person.email)
    assert len(handles) == len(emails) == 20_000


def test_serial_numbers_never_repeat_even_across_digit_boundaries():
    indices = itertools.chain(range(120_000), range(990_000, 1_010_000))
    serials = [_serial(index, 2016) for index in indices]
    assert len(set(serials)) == len(serials)
    assert all(serial >= 1000 for serial in serials)
    assert len(str(_serial(0, 2016))) == 4 and len(str(_serial(9000, 2016))) == 5


@pytest.mark.parametrize("seed", [2016, 1, 42])
def test_1800_people_come_from_at_least_150_countries(seed):
    countries = {person.country for person in generate_people(1800, seed=seed)}
    assert len(countries) >= 150


def test_countries_are_weighted_towards_the_projects_partners(people):
    counts = collections.Counter(person.country for person in people)
    top = {code for code, _ in counts.most_common(10)}
    assert {"PT", "GB", "BR", "FR", "BE", "NL", "MZ", "CN"} <= top
    assert counts["PT"] > 5 * counts["US"] / 2
    # ... and a long tail on every continent.
    for code in (
        "MZ",
        "CV",
        "SN",
        "KE",
        "ZA",
        "EG",
        "JP",
        "IN",
        "VN",
        "MX",
        "BO",
        "JM",
        "FJ",
        "TO",
    ):
        assert counts[code] >= 1, code


def test_every_value_is_valid_against_the_taxonomy(people):
    for person in people:
        assert person.country in COUNTRIES and person.country in ISO_COUNTRIES
        assert person.city in COUNTRIES[person.country].cities
        assert 1 <= len(person.sectors) <= 3 and set(person.sectors) <= SECTORS
        assert len(set(person.sectors)) == len(person.sectors)
        assert person.career_stage in STAGES
        assert 1 <= len(person.languages) <= 3 and set(person.languages) <= LANGUAGES
        assert len(set(person.languages)) == len(person.languages)
        for categories in (person.offer_categories, person.need_categories):
            assert 1 <= len(categories) <= 3 and set(categories) <= EXCHANGES
            assert len(set(categories)) == len(categories)
        assert set(person.offer_categories) != set(person.need_categories)
        assert 2 <= len(person.skills) <= 6 and len(set(person.skills)) == len(person.skills)
        assert all(skill == skill.lower() and skill.strip() for skill in person.skills)
        assert 0 <= person.joined_days_ago <= 3650


def test_texts_and_links_look_right(people):
    for person in people:
        assert person.display_name in (
            f"{person.first_name} {person.last_name}",
            f"{person.last_name} {person.first_name}",
        )
        assert person.headline and len(person.headline) <= 120
        assert person.bio.count(".") >= 3 and "{" not in person.bio
        for sentence in (person.offers_text, person.needs_text):
            one_sentence = sentence.replace("St. ", "St ")  # St. John's, St. George's
            assert one_sentence.endswith(".") and ". " not in one_sentence and "{" not in sentence
        assert person.website == "" or re.match(
            r"^https://([a-z0-9-]+\.)?example\.org(/[a-z0-9-]+)?$", person.website
        ), person.website
        assert 0 <= len(person.portfolio) <= 4
        for item in person.portfolio:
            assert isinstance(item, PortfolioSeed)
            assert item.title and item.description
            assert 2012 <= item.year <= 2026
            assert item.sector in person.sectors
    assert any(person.website for person in people)
    assert any(not person.website for person in people)


def test_skills_fit_the_sectors(people):
    from creativetracks.demo.people import _SECTORS

    for person in people:
        allowed = {skill for slug in person.sectors for skill in _SECTORS[slug].skills}
        assert set(person.skills) <= allowed


def test_names_come_from_the_pools_of_the_countrys_regions(people):
    for person in people:
        regions = [region for region, _ in COUNTRIES[person.country].regions]
        assert any(
            person.first_name in NAME_POOLS[region].first_names
            and person.last_name in NAME_POOLS[region].last_names
            for region in regions
        ), (person.country, person.display_name)


def test_portuguese_and_mozambican_members_have_lusophone_names(people):
    lusophone = NAME_POOLS["lusophone"]
    members = [person for person in people if person.country in ("PT", "MZ", "BR")]
    assert len(members) > 100
    for person in members:
        assert person.first_name in lusophone.first_names
        assert person.last_name in lusophone.last_names
        assert person.languages[0] == "pt"


def test_languages_fit_the_country(people):
    for person in people:
        country = COUNTRIES[person.country]
        assert person.languages[0] in country.languages + country.lingua_franca
    with_lingua_franca = [
        person for person in people if {"en", "fr", "pt", "es"} & set(person.languages)
    ]
    assert len(with_lingua_franca) > 0.85 * len(people)
    japanese = [person for person in people if person.country == "JP"]
    assert japanese and all(person.languages[0] == "ja" for person in japanese)


def test_gendered_family_names_agree_with_the_given_name(people):
    for region in ("polish", "czech_slovak", "greek", "slavic_east", "icelandic", "lithuanian"):
        pool = NAME_POOLS[region]
        for person in people:
            if person.first_name in pool.female and person.last_name in pool.last_names:
                if person.first_name not in pool.male and pool.last_female:
                    assert person.last_name in pool.last_female, person.display_name


def test_name_pools_and_countries_are_complete():
    for name, pool in NAME_POOLS.items():
        assert len(pool.first_names) >= 20 and len(pool.last_names) >= 20, name
    for group in (
        "Lusophone", "Hispanic", "Francophone Europe", "Francophone and West Africa",
        "Anglophone", "Anglophone Africa", "East Africa", "Arabic", "Turkish", "Persian",
        "Germanic", "Nordic", "Italian", "Greek", "Slavic East", "Slavic West and Central Europe",
        "Baltic", "Balkan", "Chinese", "Japanese", "Korean", "South Asian", "Southeast Asian",
        "Central Asian", "Caucasus", "Pacific", "Caribbean",
    ):  # fmt: skip
        assert all(pool in NAME_POOLS for pool in REGION_GROUPS[group]), group
    assert {pool for pools in REGION_GROUPS.values() for pool in pools} == set(NAME_POOLS)
    assert len(COUNTRIES) >= 150
    for code, country in COUNTRIES.items():
        assert code in ISO_COUNTRIES
        assert all(region in NAME_POOLS for region, _ in country.regions)
        assert set(country.languages) <= LANGUAGES and set(country.lingua_franca) <= LANGUAGES
        assert 1 <= len(country.cities) <= 4 and country.capital in country.cities
    assert "São Paulo" in COUNTRIES["BR"].cities and "Brasília" == COUNTRIES["BR"].capital
    assert "Kraków" in COUNTRIES["PL"].cities and "Maputo" == COUNTRIES["MZ"].capital
    assert "João" in NAME_POOLS["lusophone"].first_names
    assert "Müller" in NAME_POOLS["german"].last_names


def test_slugify_ascii():
    assert slugify_ascii("João Ferreira") == "joao-ferreira"
    assert slugify_ascii("Þórsdóttir") == "thorsdottir"
    assert slugify_ascii("Wiśniewska-Łukasz") == "wisniewska-lukasz"
    assert slugify_ascii("O'Brien") == "obrien"
    assert slugify_ascii("Əliyeva  Müller") == "eliyeva-muller"


def test_generating_a_million_people_is_lazy_and_constant_in_memory():
    people = generate_people(1_000_000)
    assert isinstance(people, Iterator)
    first = list(itertools.islice(people, 5))
    assert first == list(generate_people(5))

    tracemalloc.start()
    try:
        for _person in itertools.islice(people, 2000):
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_negative_counts_are_refused_at_once():
    with pytest.raises(ValueError):
        generate_people(-1)
    with pytest.raises(ValueError):
        generate_network_organisations(-1)
    assert list(generate_people(0)) == []


def test_network_organisations():
    organisations = generate_network_organisations()
    assert organisations == generate_network_organisations(seed=2016)
    assert organisations != generate_network_organisations(seed=1)
    assert len(organisations) == 70
    assert all(isinstance(organisation, OrganisationSeed) for organisation in organisations)
    assert len({organisation.name for organisation in organisations}) == 70
    assert len({organisation.slug for organisation in organisations}) == 70
    assert len({organisation.country for organisation in organisations}) >= 40
    kinds = collections.Counter(organisation.kind for organisation in organisations)
    assert set(kinds) <= KINDS and kinds.most_common(1)[0][0] == "network"
    assert kinds["network"] >= 25 and len(kinds) >= 4
    for organisation in organisations:
        assert SLUG.match(organisation.slug) and len(organisation.slug) <= 50
        assert organisation.city in COUNTRIES[organisation.country].cities
        assert 1 <= len(organisation.sectors) <= 3 and set(organisation.sectors) <= SECTORS
        assert organisation.website == f"https://{organisation.slug}.example.org"
        assert organisation.description.endswith(".") and "{" not in organisation.description


def test_network_organisations_have_no_real_names():
    real = {partner["name"].lower() for partner in data.PARTNERS} | {
        "creative tracks", "arterial network", "trans europe halles", "culture action europe",
        "res artis", "ietm", "british council", "africalia", "european creative hubs network",
    }  # fmt: skip
    for organisation in generate_network_organisations(300):
        name = organisation.name.lower()
        assert not any(real_name in name for real_name in real), organisation.name
    many = generate_network_organisations(300)
    assert len({organisation.name for organisation in many}) == 300
    assert len({organisation.slug for organisation in many}) == 300
    assert all(len(organisation.slug) <= 50 for organisation in many)
    assert len({organisation.country for organisation in many}) == len(COUNTRIES)
