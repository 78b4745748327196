"""The generators: people and network organisations, deterministic for a seed."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator

from creativetracks.core import taxonomy

from .countries import _HUB_CITIES, COUNTRIES
from .helpers import (
    _GOLDEN,
    _article,
    _capitalise,
    _in_text,
    _join,
    _pick_k,
    _plural,
    _Random,
    _serial,
    _Weighted,
    slugify_ascii,
)
from .names import NAME_POOLS
from .phrases import (
    _BUSINESS_TOPICS,
    _COLLABORATORS,
    _NEED_PHRASES,
    _OFFER_PHRASES,
    _PARTNERS,
    _SECTOR_FIELDS,
    _TARGET_AREAS,
    _TITLE_ADJECTIVES,
    _TITLE_NOUNS,
    _TITLE_OF_NOUNS,
    _TOPICS,
)
from .records import (
    EMAIL_DOMAIN,
    FIRST_PORTFOLIO_YEAR,
    REFERENCE_YEAR,
    WEBSITE_DOMAIN,
    Country,
    PersonSeed,
    PortfolioSeed,
)
from .regions import _DEFAULT_LINGUA_FRANCA, REGION_LANGUAGES
from .sectors import _ROLE_SKILLS, _SECTORS

_STAGE_WEIGHTS = {"student": 15, "emerging": 38, "developing": 30, "established": 17}
assert set(_STAGE_WEIGHTS) == {slug for slug, _ in taxonomy.CAREER_STAGES}
_LONGEST_MEMBERSHIP_DAYS = {
    "student": 1100,
    "emerging": 2200,
    "developing": 3650,
    "established": 3650,
}
_STAGE_START_YEARS = {
    "student": (2023, 2025),
    "emerging": (2021, 2024),
    "developing": (2015, 2021),
    "established": (2004, 2016),
}
_OFFER_WEIGHTS = {
    "collaboration": 6,
    "funding": 0.3,
    "mentoring": 1.5,
    "co-production": 2,
    "distribution": 1,
    "residency": 0.6,
    "jobs": 0.6,
    "training": 2,
    "space": 1,
    "advice": 3,
}
_NEED_WEIGHTS = {
    "collaboration": 4,
    "funding": 4,
    "mentoring": 3,
    "co-production": 2,
    "distribution": 2,
    "residency": 2,
    "jobs": 2,
    "training": 2,
    "space": 1.5,
    "advice": 2,
}
_STAGE_OFFER_FACTORS = {
    "student": {"mentoring": 0, "jobs": 0, "funding": 0, "space": 0.2, "residency": 0},
    "emerging": {"mentoring": 0.3, "jobs": 0.3, "funding": 0.3},
    "developing": {},
    "established": {"mentoring": 3, "jobs": 3, "space": 2, "residency": 3, "funding": 3},
}
_STAGE_NEED_FACTORS = {
    "student": {"mentoring": 2, "jobs": 2, "training": 2, "co-production": 0.3},
    "emerging": {"mentoring": 1.5, "funding": 1.3},
    "developing": {},
    "established": {"mentoring": 0.2, "training": 0.4, "jobs": 0.3, "distribution": 1.5},
}


class _CountryPicker:
    """Maps the i-th person to a country with a golden-ratio sequence.

    The points frac(offset + i * 0.618...) are spread so evenly that every
    country whose share is above about 1.5 / n appears among the first n people.
    The order of the countries on the unit interval is shuffled by the seed.
    """

    def __init__(self, seed: int):
        rng = random.Random(f"countries:{seed}")
        codes = list(COUNTRIES)
        rng.shuffle(codes)
        total = sum(COUNTRIES[code].weight for code in codes)
        self.codes = codes
        self.bounds = list(itertools.accumulate(COUNTRIES[code].weight / total for code in codes))
        self.offset = rng.random()

    def __call__(self, index: int) -> Country:
        point = (self.offset + index * _GOLDEN) % 1.0
        position = min(bisect.bisect_right(self.bounds, point), len(self.codes) - 1)
        return COUNTRIES[self.codes[position]]


_REGION_PICKERS = {code: _Weighted(dict(country.regions)) for code, country in COUNTRIES.items()}


def _pick_region(rng: random.Random, country: Country) -> str:
    if len(country.regions) == 1:
        return country.regions[0][0]
    return _REGION_PICKERS[country.code].pick(rng)


def _languages(rng: random.Random, country: Country, region: str) -> list[str]:
    region_langs = REGION_LANGUAGES[region]
    matching = [code for code in region_langs if code in country.languages]
    if matching:
        primary = matching[0] if rng.random() < 0.7 else rng.choice(matching)
    elif country.languages:
        primary = country.languages[0]
    else:
        primary = country.lingua_franca[0]
    languages = [primary]
    # Heritage language of a diaspora name (Turkish in Germany, Urdu in the UK).
    if not matching and region_langs[0] not in country.languages and rng.random() < 0.55:
        languages.append(region_langs[0])
    others = [code for code in country.languages if code not in languages]
    if others and len(languages) < 3 and rng.random() < 0.45:
        languages.append(rng.choice(others))
    # A lingua franca: usually English, French, Portuguese or Spanish.
    chance = 0.55 if primary == "en" else 0.88
    if len(languages) < 3 and rng.random() < chance:
        candidates = [
            code for code in country.lingua_franca + _DEFAULT_LINGUA_FRANCA if code not in languages
        ]
        if candidates:
            languages.append(candidates[0] if rng.random() < 0.75 else rng.choice(candidates))
    if len(languages) < 3 and rng.random() < 0.12:
        extra = [code for code in ("en", "fr", "es", "pt", "de", "it") if code not in languages]
        languages.append(rng.choice(extra))
    return languages[:3]


def _category_pickers(base: dict[str, float], factors_by_stage) -> dict[str, _Weighted]:
    return {
        stage: _Weighted({key: weight * factors.get(key, 1.0) for key, weight in base.items()})
        for stage, factors in factors_by_stage.items()
    }


_OFFER_PICKERS = _category_pickers(_OFFER_WEIGHTS, _STAGE_OFFER_FACTORS)
_NEED_PICKERS = _category_pickers(_NEED_WEIGHTS, _STAGE_NEED_FACTORS)


def _exchange_sentence(rng, openers, phrases, categories, context) -> str:
    parts = [rng.choice(phrases[categories[0]]).format(**context)]
    if len(categories) > 1:  # a second project, not the same one twice
        second = {**context, "project": context["other_project"]}
        parts.append(rng.choice(phrases[categories[1]]).format(**second))
    return f"{rng.choice(openers)} {_join(parts)}."


_OFFER_OPENERS = ("I can offer", "I offer", "Happy to offer", "I can share")
_NEED_OPENERS = ("I'm looking for", "Looking for", "I'd like to find", "Currently looking for")


_PORTFOLIO_SIZES = {
    stage: _Weighted(dict(enumerate(weights)))
    for stage, weights in {
        "student": (4, 4, 2, 0.5, 0),
        "emerging": (2, 3, 3, 1.5, 0.5),
        "developing": (1, 2, 3, 3, 2),
        "established": (1, 1, 2, 3, 4),
    }.items()
}


def _portfolio(rng, sectors, stage, start_year, city) -> list[PortfolioSeed]:
    count = _PORTFOLIO_SIZES[stage].pick(rng)
    first_year = max(FIRST_PORTFOLIO_YEAR, start_year)
    items = []
    used_titles = set()
    for _ in range(count):
        sector = rng.choice(sectors)
        kind, template = rng.choice(_SECTORS[sector].works)
        for _attempt in range(5):
            noun = rng.choice(_TITLE_NOUNS)
            if rng.random() < 0.6:
                title = f"{rng.choice(_TITLE_ADJECTIVES)} {noun}"
            else:
                title = f"{noun} of {rng.choice(_TITLE_OF_NOUNS)}"
            if title not in used_titles:
                break
        used_titles.add(title)
        description = template.format(
            city=city, topic=rng.choice(_TOPICS), partner=rng.choice(_PARTNERS)
        )
        items.append(
            PortfolioSeed(
                title=title,
                description=f"{kind}. {description}",
                year=rng.randint(first_year, REFERENCE_YEAR),
                sector=sector,
            )
        )
    items.sort(key=lambda item: item.year, reverse=True)
    return items


def _other_hub(rng, city: str) -> str:
    hub = rng.choice(_HUB_CITIES)
    return hub if hub != city else _HUB_CITIES[(_HUB_CITIES.index(hub) + 1) % len(_HUB_CITIES)]


def _headline(rng, stage, roles, skills, sector, city, last_name) -> str:
    role = roles[0]
    if stage == "student":
        return f"{_capitalise(_SECTORS[sector].discipline)} student in {city}"
    options = [
        f"{_capitalise(role)} based in {city}",
        f"{_capitalise(role)} · {skills[0]}",
        f"{_capitalise(role)} working between {city} and {_other_hub(rng, city)}",
    ]
    if len(roles) > 1:
        options.append(f"{_capitalise(role)} and {roles[1]}")
    if stage == "established":
        options.append(f"{_capitalise(role)}, founder of Studio {last_name}")
    return rng.choice(options)


def _bio(rng, *, stage, roles, skills, sector, city, country, start_year, need_categories, context):
    role = roles[0]
    data = _SECTORS[sector]
    intro = rng.choice(
        [
            f"I'm {_article(role)} {role} based in {city}, {country.name}.",
            f"I'm {_article(role)} {role} from {city}.",
            f"I'm {_article(role)} {role} living and working in {city}.",
        ]
    )
    if len(roles) > 1 and rng.random() < 0.5:
        intro = intro[:-1] + f", and I also work as {_article(roles[1])} {roles[1]}."
    if len(skills) >= 2:
        practice = rng.choice(
            [
                f"My work moves between {skills[0]} and {skills[1]}.",
                f"I work mostly with {_join(skills[:3])}.",
                f"Most of my projects combine {skills[0]} and {skills[1]}, "
                f"often with {rng.choice(_COLLABORATORS)}.",
            ]
        )
    else:
        practice = f"I work mostly with {skills[0]}, often with {rng.choice(_COLLABORATORS)}."
    if stage == "student":
        history = (
            f"I'm in the last year of a degree in {data.discipline} "
            "and building my first portfolio."
        )
    elif stage == "emerging":
        history = rng.choice(
            [
                f"I set up my own practice in {start_year} after a few years of freelancing.",
                f"I started working professionally in {start_year}.",
            ]
        )
    elif stage == "developing":
        history = (
            f"Since {start_year} I have worked with {rng.choice(_COLLABORATORS)} "
            f"across {_in_text(country)} and abroad."
        )
    else:
        founded = rng.randint(start_year + 2, max(start_year + 3, 2020))
        history = (
            f"I have been working professionally since {start_year}, and in {founded} "
            f"I co-founded {rng.choice(data.studios)} in {city}."
        )
    need = rng.choice(_NEED_PHRASES[need_categories[0]]).format(**context)
    goal = rng.choice(
        [
            f"I joined Creative Tracks to find {need}.",
            f"On Creative Tracks I'm hoping to find {need}.",
            f"I'm especially keen to connect with people working in {context['area']}.",
        ]
    )
    first = f"{intro} {practice}"
    second = f"{history} {goal}"
    return f"{first}\n\n{second}" if rng.random() < 0.6 else f"{first} {second}"


def _website(rng, handle: str, first: str, last: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return ""
    if roll < 0.7:
        return f"https://{handle}.{WEBSITE_DOMAIN}"
    if roll < 0.85:
        return f"https://{WEBSITE_DOMAIN}/{handle}"
    return f"https://{(first + last).replace('-', '')[:40]}.{WEBSITE_DOMAIN}"


# Share of a country's members in its first, second... city.
_CITY_PICKERS = {
    size: _Weighted(dict(enumerate((0.5, 0.24, 0.16, 0.1)[:size]))) for size in range(1, 5)
}
_SECTOR_PICKER = _Weighted({slug: sector.weight for slug, sector in _SECTORS.items()})
_STAGE_PICKER = _Weighted(_STAGE_WEIGHTS)


def _person(rng: random.Random, index: int, seed: int, country: Country) -> PersonSeed:
    region = _pick_region(rng, country)
    pool = NAME_POOLS[region]
    female = rng.random() < 0.52
    first_name = rng.choice(pool.female if female else pool.male)
    family = rng.randrange(len(pool.last))
    last_name = pool.last_female[family] if female and pool.last_female else pool.last[family]
    display_name = f"{last_name} {first_name}" if pool.family_first else f"{first_name} {last_name}"
    first_slug, last_slug = slugify_ascii(first_name), slugify_ascii(last_name)
    serial = _serial(index, seed)
    handle = f"{first_slug}-{last_slug}-{serial}"
    email = f"{first_slug}.{last_slug}.{serial}@{EMAIL_DOMAIN}"
    city = country.cities[_CITY_PICKERS[len(country.cities)].pick(rng)]

    sectors = _SECTOR_PICKER.sample(rng, _pick_k(rng, (0.5, 0.38, 0.12)))
    stage = _STAGE_PICKER.pick(rng)
    low, high = _STAGE_START_YEARS[stage]
    start_year = rng.randint(low, high)

    # A role in the main sector (and maybe a second one), then skills: first
    # those the role is known for, then others from the member's sectors.
    roles = [rng.choice(_SECTORS[sectors[0]].roles)]
    if len(sectors) > 1:
        roles.append(rng.choice(_SECTORS[sectors[1]].roles))
    elif rng.random() < 0.3:
        second = [role for role in _SECTORS[sectors[0]].roles if role != roles[0]]
        roles.append(rng.choice(second))
    skill_count = rng.randint(2, 6)
    core = list(_ROLE_SKILLS[sectors[0]][roles[0]])
    rng.shuffle(core)
    skills: list[str] = core[: rng.randint(1, 2)]
    if len(roles) > 1:
        role_sector = sectors[1] if len(sectors) > 1 else sectors[0]
        for skill in _ROLE_SKILLS[role_sector][roles[1]]:
            if skill not in skills:
                skills.append(skill)
                break
    for position in range(skill_count * 3):  # a few retries for duplicates
        if len(skills) >= skill_count:
            break
        sector = sectors[0] if position < 2 or rng.random() < 0.5 else rng.choice(sectors)
        skill = rng.choice(_SECTORS[sector].skills)
        if skill not in skills:
            skills.append(skill)
    for skill in _SECTORS[sectors[0]].skills:  # never fewer than two
        if len(skills) >= 2:
            break
        if skill not in skills:
            skills.append(skill)
    skills = skills[:skill_count]

    offer_categories = _OFFER_PICKERS[stage].sample(rng, _pick_k(rng, (0.45, 0.4, 0.15)))
    need_categories = _NEED_PICKERS[stage].sample(rng, _pick_k(rng, (0.45, 0.4, 0.15)))
    if set(offer_categories) == set(need_categories):
        spare = [key for key in _NEED_WEIGHTS if key not in need_categories]
        if len(need_categories) < 3:
            need_categories.append(rng.choice(spare))
        else:
            need_categories[-1] = rng.choice(spare)

    main = _SECTORS[sectors[0]]
    new_skill = rng.choice(main.skills)
    if new_skill in skills:
        new_skill = rng.choice(_BUSINESS_TOPICS)
    project = rng.choice(main.projects)
    context = {
        "role_pl": _plural(roles[0]),
        "noun": main.noun,
        "field": _SECTOR_FIELDS[sectors[0]],
        "skill": skills[0],
        "new_skill": new_skill,
        "city": city,
        "country": _in_text(country),
        "project": project,
        "other_project": main.projects[(main.projects.index(project) + 1) % len(main.projects)],
        "business": rng.choice(_BUSINESS_TOPICS),
        "area": rng.choice(_TARGET_AREAS),
    }
    offers_text = _exchange_sentence(rng, _OFFER_OPENERS, _OFFER_PHRASES, offer_categories, context)
    needs_text = _exchange_sentence(rng, _NEED_OPENERS, _NEED_PHRASES, need_categories, context)

    headline = _headline(rng, stage, roles, skills, sectors[0], city, last_name)
    bio = _bio(
        rng,
        stage=stage,
        roles=roles,
        skills=skills,
        sector=sectors[0],
        city=city,
        country=country,
        start_year=start_year,
        need_categories=need_categories,
        context=context,
    )
    languages = _languages(rng, country, region)
    website = _website(rng, handle, first_slug, last_slug)
    portfolio = _portfolio(rng, sectors, stage, start_year, city)
    # Students and newcomers joined more recently than established members.
    longest = _LONGEST_MEMBERSHIP_DAYS[stage]
    joined_days_ago = min(longest, int(rng.triangular(0, longest, longest * 0.2)))

    return PersonSeed(
        first_name=first_name,
        last_name=last_name,
        display_name=display_name,
        handle=handle,
        email=email,
        country=country.code,
        city=city,
        headline=headline,
        bio=bio,
        languages=languages,
        sectors=sectors,
        skills=skills,
        career_stage=stage,
        offers_text=offers_text,
        needs_text=needs_text,
        offer_categories=offer_categories,
        need_categories=need_categories,
        website=website,
        portfolio=portfolio,
        joined_days_ago=joined_days_ago,
    )


# ---------------------------------------------------------------------------
# Public generators
# ---------------------------------------------------------------------------


def generate_people(count: int, *, seed: int = 2016) -> Iterator[PersonSeed]:
    """Yield ``count`` synthetic members, lazily and deterministically.

    Memory use does not depend on ``count``; handles and emails are unique for
    any number of people, and the first n people of a longer run are the same
    as those of a run of n.
    """
    if count < 0:
        raise ValueError("count must be zero or positive")
    return _people(count, seed)


def _people(count: int, seed: int) -> Iterator[PersonSeed]:
    rng = _Random(seed)
    pick_country = _CountryPicker(seed)
    for index in range(count):
        yield _person(rng, index, seed, pick_country(index))


# -- organisations ------------------------------------------------------------

_ORG_KIND_WEIGHTS = {
    "network": 55,
    "collective": 15,
    "incubator": 12,
    "ngo": 10,
    "cultural-institution": 8,
}
assert set(_ORG_KIND_WEIGHTS) <= {slug for slug, _ in taxonomy.ORGANISATION_KINDS}
