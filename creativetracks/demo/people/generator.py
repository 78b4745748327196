"""The generators: people and network organisations, deterministic for a seed."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import random
import unicodedata
from collections.abc import Iterator

from creativetracks.core import taxonomy

from .countries import _HUB_CITIES, COUNTRIES
from .names import _DEFAULT_LINGUA_FRANCA, NAME_POOLS, REGION_LANGUAGES, _names
from .records import (
    EMAIL_DOMAIN,
    FIRST_PORTFOLIO_YEAR,
    REFERENCE_YEAR,
    WEBSITE_DOMAIN,
    Country,
    OrganisationSeed,
    PersonSeed,
    PortfolioSeed,
)
from .sectors import (
    _BUSINESS_TOPICS,
    _COLLABORATORS,
    _NEED_PHRASES,
    _OFFER_PHRASES,
    _PARTNERS,
    _ROLE_SKILLS,
    _SECTOR_FIELDS,
    _SECTORS,
    _TARGET_AREAS,
    _TITLE_ADJECTIVES,
    _TITLE_NOUNS,
    _TITLE_OF_NOUNS,
    _TOPICS,
)

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

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ə": "e",
        "Ə": "e",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "ng",
        "'": "",
        "’": "",
        "ʻ": "",
        "`": "",
    }
)


@functools.lru_cache(maxsize=4096)
def slugify_ascii(value: str) -> str:
    """Lowercase ASCII slug: "Jean-Baptiste Ólafsdóttir" -> "jean-baptiste-olafsdottir"."""
    text = unicodedata.normalize("NFKD", value.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = "".join(char if char.isalnum() else "-" for char in text)
    return "-".join(part for part in slug.split("-") if part)


class _Random(random.Random):
    """random.Random with cheaper choice() and randint() (same output for a seed, always)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class _Weighted:
    """Weighted choice over fixed keys, with precomputed cumulative weights."""

    def __init__(self, weights):
        items = [(key, weight) for key, weight in dict(weights).items() if weight > 0]
        self.keys = [key for key, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random):
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.keys[min(index, len(self.keys) - 1)]

    def sample(self, rng: random.Random, k: int) -> list:
        """k distinct keys, drawn one after the other in proportion to their weight."""
        k = min(k, len(self.keys))
        chosen: list = []
        while len(chosen) < k:
            key = self.pick(rng)
            if key not in chosen:
                chosen.append(key)
        return chosen


def _pick_k(rng: random.Random, probabilities: tuple[float, ...]) -> int:
    """1 with probabilities[0], 2 with probabilities[1]..."""
    return _counts(probabilities).pick(rng)


_COUNT_PICKERS: dict[tuple[float, ...], _Weighted] = {}


def _counts(probabilities: tuple[float, ...]) -> _Weighted:
    picker = _COUNT_PICKERS.get(probabilities)
    if picker is None:
        picker = _COUNT_PICKERS[probabilities] = _Weighted(
            {count: weight for count, weight in enumerate(probabilities, start=1)}
        )
    return picker


# Country names that take "the" in a sentence ("outside the Netherlands").
_NAMES_WITH_THE = frozenset("GB US NL PH BS GM MV MH SB AE DO CF CD KM".split())


def _in_text(country: Country) -> str:
    return f"the {country.name}" if country.code in _NAMES_WITH_THE else country.name


def _plural(role: str) -> str:
    if role.endswith(("s", "sh", "ch")):
        return role + "es"
    return role + "s"


def _article(word: str) -> str:
    if word.startswith(("UX", "uni", "eu")):
        return "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# Unique serial numbers: index 0..8,999 -> 4 digits, the next 90,000 -> 5 digits,
# and so on. Within a block an affine map with a multiplier prime to the block
# size is a bijection, so two indices never share a number.
_SERIAL_MULTIPLIERS = (6007, 7001, 7919, 4001, 5003, 8009, 9001, 3001)


def _serial(index: int, seed: int) -> int:
    low, size, block = 1000, 9000, 0
    while index >= size:
        index -= size
        low, size, block = low * 10, size * 10, block + 1
    multiplier = _SERIAL_MULTIPLIERS[(seed + block) % len(_SERIAL_MULTIPLIERS)]
    offset = (seed * 104_729 + block * 7_907) % size
    return low + (multiplier * index + offset) % size


_GOLDEN = (math.sqrt(5) - 1) / 2


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

# Name templates by language and kind. {city} and {word}.
_ORG_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "network": (
            "{city} Creative Network",
            "{word} Network for Young Creatives",
            "{city} Young Makers Network",
            "{word} Creative Exchange",
            "{city} Independent Culture Network",
        ),
        "collective": (
            "{word} Creative Collective",
            "{city} Makers Collective",
            "The {word} Collective",
        ),
        "incubator": ("{word} Creative Hub", "{city} Creative Incubator", "{word} Studio Lab"),
        "ngo": ("{word} Arts Foundation", "Young Creatives {city}", "{word} Culture Trust"),
        "cultural-institution": ("{word} House of Culture", "{city} Centre for New Arts"),
    },
    "pt": {
        "network": ("Rede Criativa {word}", "Rede de Jovens Criadores de {city}", "Rede {word}"),
        "collective": ("Coletivo {word}", "Coletivo Criativo de {city}"),
        "incubator": ("Incubadora Criativa de {city}", "Casa {word}"),
        "ngo": ("Associação Cultural {word}", "Associação Jovens Criadores de {city}"),
        "cultural-institution": ("Centro Cultural {word}", "Casa da Criação de {city}"),
    },
    "es": {
        "network": (
            "Red de Creadores de {city}",
            "Red Cultural {word}",
            "Red {word} de Jóvenes Creativos",
        ),
        "collective": ("Colectivo {word}", "Colectivo Creativo de {city}"),
        "incubator": ("Incubadora Creativa de {city}", "Laboratorio {word}"),
        "ngo": ("Asociación Cultural {word}", "Fundación {word}"),
        "cultural-institution": ("Centro Cultural {word}", "Casa de las Artes de {city}"),
    },
    "fr": {
        "network": (
            "Réseau des Jeunes Créateurs de {city}",
            "Réseau {word}",
            "Réseau Créatif {word}",
        ),
        "collective": ("Collectif {word}", "Collectif Créatif de {city}"),
        "incubator": ("Fabrique Créative de {city}", "Atelier {word}"),
        "ngo": ("Association {word}", "Association des Créateurs de {city}"),
        "cultural-institution": ("Maison {word}", "Espace Culturel {word}"),
    },
    "de": {
        "network": ("Kreativnetzwerk {city}", "Netzwerk Junge Kreative {city}", "Netzwerk {word}"),
        "collective": ("Kollektiv {word}",),
        "incubator": ("Kreativlabor {word}", "Gründerhaus {city}"),
        "ngo": ("Kulturverein {word}",),
        "cultural-institution": ("Kulturhaus {word}",),
    },
    "nl": {
        "network": ("Creatief Netwerk {city}", "Netwerk {word}"),
        "collective": ("Collectief {word}",),
        "incubator": ("Broedplaats {word}", "Creatieve Werkplaats {city}"),
        "ngo": ("Stichting {word}",),
        "cultural-institution": ("Cultuurhuis {word}",),
    },
    "it": {
        "network": ("Rete Creativa {word}", "Rete dei Giovani Creativi di {city}"),
        "collective": ("Collettivo {word}",),
        "incubator": ("Officina Creativa di {city}", "Laboratorio {word}"),
        "ngo": ("Associazione Culturale {word}",),
        "cultural-institution": ("Casa delle Arti {word}",),
    },
}
_ORG_WORDS: dict[str, tuple[str, ...]] = {
    "en": _names(
        "Loom, Lantern, Compass, Tidewater, Kiln, Hive, Threadline, Bridgework, Seedbed, Beacon, "
        "Wayfinder, Northlight, Riverbend, Palmleaf, Sunward, Kingfisher, Saltmarsh, Ironwood"
    ),
    "pt": _names(
        "Maré, Ponte, Semente, Fio, Raiz, Ondas, Farol, Colmeia, Mosaico, Varanda, Quintal, "
        "Bússola, Tear, Cais, Caju, Marulho"
    ),
    "es": _names(
        "Semilla, Puente, Telar, Raíz, Colmena, Faro, Marea, Hilo, Trama, Brújula, Ceiba, "
        "Alero, Cántaro, Zaguán"
    ),
    "fr": _names(
        "Passerelle, Ruche, Boussole, Racine, Phare, Marée, Trame, Fil d'Or, Baobab Bleu, "
        "Calebasse, Pirogue, Tisserand"
    ),
    "de": _names("Brückenschlag, Webstuhl, Leuchtfeuer, Werkbank, Kompass, Bienenstock"),
    "nl": _names("Weefgetouw, Vuurtoren, Draaischijf, Kompas, Bijenkorf, Zeepaard"),
    "it": _names("Telaio, Faro, Bussola, Alveare, Radice, Approdo"),
}
_ORG_LANGUAGE_BY_REGION = {
    "lusophone": "pt",
    "hispanic": "es",
    "francophone_europe": "fr",
    "francophone_africa": "fr",
    "haitian": "fr",
    "malagasy": "fr",
    "italian": "it",
    "german": "de",
    "dutch_flemish": "nl",
}
_ORG_AREA_BY_COUNTRY = {
    "GB": "the UK",
    "IE": "Ireland",
    "US": "North America",
    "CA": "North America",
    "AU": "Australia and the Pacific",
    "NZ": "Aotearoa and the Pacific",
    "BR": "Latin America",
    "MZ": "southern Africa",
    "AO": "southern Africa",
    "CV": "West Africa",
    "GW": "West Africa",
    "ST": "Central Africa",
    "TL": "Southeast Asia",
    "PT": "Portugal and the Lusophone world",
    "MO": "the Pearl River Delta",
    "ZA": "southern Africa",
    "ZW": "southern Africa",
    "ZM": "southern Africa",
    "MW": "southern Africa",
    "BW": "southern Africa",
    "NA": "southern Africa",
    "LS": "southern Africa",
    "SZ": "southern Africa",
    "NG": "West Africa",
    "GH": "West Africa",
    "SL": "West Africa",
    "LR": "West Africa",
    "KE": "East Africa",
    "UG": "East Africa",
    "CM": "Central Africa",
    "GA": "Central Africa",
    "CG": "Central Africa",
    "CD": "Central Africa",
    "CF": "Central Africa",
    "TD": "Central Africa",
    "MA": "the Maghreb",
    "DZ": "the Maghreb",
    "TN": "the Maghreb",
    "LY": "North Africa",
    "EG": "North Africa",
    "SD": "North Africa",
    "MR": "the Maghreb",
    "KM": "the Indian Ocean",
    "MU": "the Indian Ocean",
    "MG": "the Indian Ocean",
}
_ORG_AREA_BY_REGION = {
    "hispanic": "Latin America",
    "francophone_europe": "Europe",
    "francophone_africa": "West Africa",
    "east_africa": "East Africa",
    "horn_africa": "the Horn of Africa",
    "arabic": "the Middle East",
    "hebrew": "the Eastern Mediterranean",
    "turkish": "the Eastern Mediterranean",
    "persian": "West Asia",
    "german": "Europe",
    "dutch_flemish": "Europe",
    "nordic": "the Nordic countries",
    "finnish": "the Nordic countries",
    "icelandic": "the Nordic countries",
    "italian": "the Mediterranean",
    "greek": "the Mediterranean",
    "slavic_east": "Eastern Europe",
    "polish": "Central Europe",
    "czech_slovak": "Central Europe",
    "hungarian": "Central Europe",
    "romanian": "South-East Europe",
    "lithuanian": "the Baltic states",
    "latvian": "the Baltic states",
    "estonian": "the Baltic states",
    "balkan_west": "the Balkans",
    "balkan_east": "the Balkans",
    "albanian": "the Balkans",
    "chinese": "East Asia",
    "japanese": "East Asia",
    "korean": "East Asia",
    "mongolian": "East Asia",
    "south_asian": "South Asia",
    "south_asian_muslim": "South Asia",
    "southeast_asian": "Southeast Asia",
    "filipino": "Southeast Asia",
    "thai_lao": "Southeast Asia",
    "vietnamese": "Southeast Asia",
    "burmese": "Southeast Asia",
    "khmer": "Southeast Asia",
    "central_asian": "Central Asia",
    "georgian": "the Caucasus",
    "armenian": "the Caucasus",
    "azerbaijani": "the Caucasus",
    "pacific": "the Pacific",
    "caribbean": "the Caribbean",
    "haitian": "the Caribbean",
    "anglophone": "the English-speaking world",
    "anglophone_west_africa": "West Africa",
    "southern_africa": "southern Africa",
}
_ORG_OPENINGS = {
    "network": "A network of {members} young creative entrepreneurs in {city} and across {area}",
    "collective": "An artist-run collective of {members} designers, musicians and makers "
    "from {city}",
    "incubator": "A creative hub in {city} hosting {studios} early-stage studios and start-ups",
    "ngo": "A non-profit helping young creatives in {city} and across {area} turn ideas into work",
    "cultural-institution": "An independent cultural centre in {city} with a programme for young "
    "creatives from across {area}",
}
_ORG_ACTIVITIES = tuple(
    item.strip()
    for item in (
        "monthly portfolio nights; a peer mentoring scheme; an annual showcase; "
        "shared studios and equipment; training in business skills; small production grants; "
        "international exchanges; a jobs and commissions board; open calls for residencies; "
        "pop-up markets for makers; a podcast about working in culture"
    ).split(";")
)


# City names as written in the language of an organisation's name.
_LOCAL_CITY_NAMES = {
    "pt": {"Lisbon": "Lisboa", "Macao": "Macau"},
    "es": {
        "Seville": "Sevilla",
        "Havana": "La Habana",
        "Mexico City": "Ciudad de México",
        "Panama City": "Ciudad de Panamá",
        "Guatemala City": "Ciudad de Guatemala",
    },
    "fr": {"Brussels": "Bruxelles", "Geneva": "Genève", "Bern": "Berne"},
    "nl": {"Brussels": "Brussel", "Antwerp": "Antwerpen", "Ghent": "Gent"},
    "de": {"Munich": "München", "Cologne": "Köln", "Vienna": "Wien"},
    "it": {"Rome": "Roma", "Milan": "Milano", "Naples": "Napoli"},
}
# Language of an organisation's name in cities of multilingual countries.
_ORG_LANGUAGE_BY_CITY = {
    "Antwerp": "nl",
    "Ghent": "nl",
    "Liège": "fr",
    "Zürich": "de",
    "Bern": "de",
    "Geneva": "fr",
    "Lausanne": "fr",
    "Montréal": "fr",
}


def _org_language(rng, country: Country, city: str) -> str:
    if rng.random() < 0.25:
        return "en"  # many networks use an English name
    if city in _ORG_LANGUAGE_BY_CITY:
        return _ORG_LANGUAGE_BY_CITY[city]
    if country.code == "BE":
        return rng.choice(("nl", "fr"))
    region = country.regions[0][0]
    return _ORG_LANGUAGE_BY_REGION.get(region, "en")


MAX_SLUG_LENGTH = 50  # Django's SlugField default


def _truncate_slug(slug: str, limit: int) -> str:
    """Cut a slug to at most ``limit`` characters, at a hyphen when possible."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit]
    return cut.rsplit("-", 1)[0] if "-" in cut else cut


def generate_network_organisations(count: int = 70, *, seed: int = 2016) -> list[OrganisationSeed]:
    """Fictional organisations that run networks of creative entrepreneurs.

    About three quarters of them are in distinct countries (drawn with the same
    country weights as members), so 70 organisations cover 50+ countries. Names
    and slugs are unique.
    """
    if count < 0:
        raise ValueError("count must be zero or positive")
    rng = _Random(f"organisations:{seed}")
    distinct = _Weighted({code: country.weight for code, country in COUNTRIES.items()}).sample(
        rng, min(len(COUNTRIES), round(count * 0.75))
    )
    core = ("PT", "GB", "BR", "FR", "BE", "NL", "MZ", "CN", "ES", "DE", "IT")
    chosen = list(distinct)
    while len(chosen) < count:
        chosen.append(rng.choice(core))
    rng.shuffle(chosen)

    kinds = _Weighted(_ORG_KIND_WEIGHTS)
    unused_words = {language: list(words) for language, words in _ORG_WORDS.items()}
    names: set[str] = set()
    slugs: set[str] = set()
    organisations = []
    for code in chosen:
        country = COUNTRIES[code]
        region = country.regions[0][0]
        kind = kinds.pick(rng)
        name = city = ""
        for _attempt in range(30):
            city = rng.choice(country.cities)
            language = _org_language(rng, country, city)
            template = rng.choice(_ORG_NAMES[language][kind])
            words = unused_words[language] or list(_ORG_WORDS[language])
            word = words[int(rng.random() * len(words))]
            local_city = _LOCAL_CITY_NAMES.get(language, {}).get(city, city)
            name = template.format(city=local_city, word=word)
            if name not in names:
                if "{word}" in template and word in unused_words[language]:
                    unused_words[language].remove(word)
                break
        base, number = name, 2
        while name in names:
            name, number = f"{base} {number}", number + 1
        names.add(name)
        slug = base = _truncate_slug(slugify_ascii(name), MAX_SLUG_LENGTH)
        number = 2
        while slug in slugs:
            slug = f"{_truncate_slug(base, MAX_SLUG_LENGTH - len(str(number)) - 1)}-{number}"
            number += 1
        slugs.add(slug)

        area = _ORG_AREA_BY_COUNTRY.get(code) or _ORG_AREA_BY_REGION.get(region, "the region")
        opening = _ORG_OPENINGS[kind].format(
            members=rng.randrange(40, 900, 10), studios=rng.randint(8, 40), city=city, area=area
        )
        activities = rng.sample(_ORG_ACTIVITIES, 3)
        founded = rng.randint(2006, 2022)
        description = (
            f"{opening}. Founded in {founded}, we run {_join(activities)}, and welcome members "
            "from every creative sector."
        )
        sectors = _SECTOR_PICKER.sample(rng, _pick_k(rng, (0.3, 0.4, 0.3)))
        organisations.append(
            OrganisationSeed(
                name=name,
                slug=slug,
                kind=kind,
                country=code,
                city=city,
                sectors=sectors,
                description=description,
                website=f"https://{slug}.{WEBSITE_DOMAIN}",
            )
        )
    return organisations
