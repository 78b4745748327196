"""Words and phrases for headlines, bios, offers and needs."""

from __future__ import annotations

from creativetracks.core import taxonomy

from .names import _names

# How a sector is named after "in": "freelance commissions in {field}".
_SECTOR_FIELDS = {
    "architecture": "architecture",
    "audiovisual-film": "film",
    "crafts": "crafts",
    "design": "design",
    "fashion": "fashion",
    "games": "games",
    "heritage": "heritage",
    "literature-publishing": "publishing",
    "music": "music",
    "performing-arts": "the performing arts",
    "visual-arts": "the visual arts",
    "advertising": "advertising",
    "digital-media": "digital media",
    "festivals-events": "festivals and events",
    "cultural-management": "cultural management",
    "education": "arts education",
}

_TOPICS = _names(
    "the last tile makers of the old town, young women running street food stalls, "
    "a neighbourhood radio station, the river and the people who live by it, "
    "second-hand clothing markets, a family of boat builders, migrant musicians, "
    "the city at night, an abandoned cinema, grandmothers' recipes, football on dusty pitches, "
    "the language of market traders, the first generation of the family to go to university, "
    "fishing communities and rising seas, a bus route across the city, rooftop gardens, "
    "forgotten songs, the sound of rain on tin roofs, salt workers, a fading coastal town"
)
_PARTNERS = _names(
    "a local cooperative, a youth centre, an independent bookshop, a community radio, "
    "a small museum, a neighbourhood association, a women's collective, a public library, "
    "an independent gallery, a music venue, a local NGO, a secondary school, "
    "a film club, a cultural centre, a local festival"
)
_BUSINESS_TOPICS = _names(
    "pricing and contracts, applying for grants, intellectual property, touring and export, "
    "running a small studio, digital marketing, international co-production, "
    "crowdfunding, financial planning, copyright and licensing"
)
_COLLABORATORS = _names(
    "local communities, other young artists, small cultural organisations, "
    "schools and youth groups, independent brands, festivals and venues, "
    "artisans and small producers"
)
_TITLE_ADJECTIVES = _names(
    "Salt, Quiet, Borrowed, Northern, Paper, Tidal, Second, Open, Red, Distant, Small, "
    "Golden, Hidden, Slow, Night, Wild, Common, Electric, Indigo, Woven, Southern, Bright, "
    "Soft, Long, Sunday"
)
_TITLE_NOUNS = _names(
    "Harbour, Archive, Rituals, Maps, Voices, Gardens, Weather, Rooms, Threads, Signals, "
    "Bridges, Tides, Songs, Markets, Islands, Horizons, Lines, Echoes, Patterns, Streets, "
    "Roots, Mirrors, Lanterns, Kitchens, Rivers"
)
_TITLE_OF_NOUNS = _names(
    "Salt, Rain, the River, the Harbour, Home, Smoke, Paper, Clay, Sand, Light, the Tide, "
    "Memory, the Market, Stone, Indigo, the Night Bus, Small Things, the Coast"
)
_TARGET_AREAS = _names(
    "Lusophone countries, West Africa, southern Africa, Latin America, Europe, "
    "East Asia, the Mediterranean, the Caribbean, South Asia, the Middle East"
)

# Category phrases. Placeholders: {role_pl} {noun} {skill} {city} {country}
# {project} {business} {new_skill} {area}.
_OFFER_PHRASES: dict[str, tuple[str, ...]] = {
    "collaboration": (
        "collaboration on {noun} projects",
        "collaboration on projects that need {skill}",
    ),
    "funding": (
        "small co-funding for pilot projects",
        "fee-paid commissions for emerging {role_pl}",
    ),
    "mentoring": (
        "mentoring for early-career {role_pl}",
        "portfolio reviews and mentoring in {skill}",
    ),
    "co-production": (
        "co-production support for {noun} projects",
        "co-production partnerships from {city}",
    ),
    "distribution": (
        "distribution contacts in {country}",
        "help reaching audiences in {country}",
    ),
    "residency": (
        "a short residency in my studio in {city}",
        "hosting for visiting artists in {city}",
    ),
    "jobs": (
        "paid freelance work for {role_pl}",
        "paid internships in my studio",
    ),
    "training": (
        "workshops in {skill}",
        "introductory training in {skill}",
    ),
    "space": (
        "shared studio space and equipment in {city}",
        "a desk in our shared studio in {city}",
    ),
    "advice": (
        "advice on {skill}",
        "practical advice on {business}",
    ),
}
_NEED_PHRASES: dict[str, tuple[str, ...]] = {
    "collaboration": ("collaborators for {project}", "artists to collaborate with on {project}"),
    "funding": ("funding for {project}", "a grant or a sponsor for {project}"),
    "mentoring": ("a mentor experienced in {business}", "mentoring on {business}"),
    "co-production": ("co-producers for {project}", "international co-production partners"),
    "distribution": (
        "distribution partners outside {country}",
        "buyers and venues for my work outside {country}",
    ),
    "residency": ("a residency abroad to develop {project}", "a residency in {area}"),
    "jobs": ("freelance commissions in {field}", "a part-time job in {field}"),
    "training": ("training in {business}", "a course in {new_skill}"),
    "space": ("affordable studio space in {city}", "a shared workspace in {city}"),
    "advice": ("advice on {business}", "legal advice on contracts and rights"),
}
assert (
    set(_OFFER_PHRASES) == set(_NEED_PHRASES) == {slug for slug, _ in taxonomy.EXCHANGE_CATEGORIES}
)
