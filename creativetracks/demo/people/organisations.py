"""Fictional organisations that run networks of creative entrepreneurs, with names in
the language of their city."""

from __future__ import annotations

from .countries import COUNTRIES
from .generator import _ORG_KIND_WEIGHTS, _SECTOR_PICKER
from .helpers import _join, _pick_k, _Random, _Weighted, slugify_ascii
from .names import _names
from .records import WEBSITE_DOMAIN, Country, OrganisationSeed

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
