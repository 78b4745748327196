"""The real Creative Tracks consortium (2015–2017) and the demo accounts.

Source: shared/seed/creative-tracks-2015-2017.txt. Partners' workshop roles are
as published there; nothing here is invented beyond the demo accounts.
"""

PARTNERS = [
    {
        "slug": "inova",
        "name": "INOVA+",
        "role": "leader",
        "country": "PT",
        "city": "Porto",
        "summary": "Innovation consultancy from Portugal and leader of the Creative Tracks consortium.",
        "contribution": (
            "Led the consortium from December 2015 to December 2017 and organised the "
            "international workshops in Porto (Tradição e Inovação), Rio de Janeiro and Maputo."
        ),
    },
    {
        "slug": "visiting-arts",
        "name": "Visiting Arts",
        "role": "partner",
        "country": "GB",
        "city": "London",
        "summary": "UK organisation strengthening intercultural understanding through the arts.",
        "contribution": "Organised Kick-Start Cardiff, an international workshop in October 2017.",
    },
    {
        "slug": "librios",
        "name": "Librios",
        "role": "partner",
        "country": "GB",
        "city": "",
        "summary": "Partner of the Creative Tracks consortium from the United Kingdom.",
        "contribution": "Member of the consortium that built and ran the Creative Tracks platform.",
    },
    {
        "slug": "on-the-move",
        "name": "On the Move",
        "role": "partner",
        "country": "BE",
        "city": "Brussels",
        "summary": "The cultural mobility information network for artists and cultural professionals.",
        "contribution": "Organised the Producers' Academy international workshop in Paris, May 2017.",
    },
    {
        "slug": "roberto-cimetta-fund",
        "name": "Roberto Cimetta Fund",
        "role": "partner",
        "country": "FR",
        "city": "Paris",
        "summary": "A fund supporting the mobility of artists and cultural operators.",
        "contribution": (
            "Organised 'Independent cultural entrepreneurs driving artistic creation', "
            "an international workshop in Paris, March 2017."
        ),
    },
    {
        "slug": "baltan-laboratories",
        "name": "Baltan Laboratories",
        "role": "partner",
        "country": "NL",
        "city": "Eindhoven",
        "summary": "An initiative for experimental development at the crossroads of art, design and technology.",
        "contribution": (
            "Organised '100 Days of Learning', a programme over several months including "
            "Dutch Design Week in Eindhoven, 21–29 October 2017."
        ),
    },
]

DEMO_PASSWORD = "creative-tracks-demo"
DEMO_DOMAIN = "demo.creativetracks.org"

# One account per role of DESIGN.md. Later apps attach the role's data
# (an organisation, a network, a region, a challenge) to these same accounts.
DEMO_ACCOUNTS = [
    {
        "role": "member",
        "email": f"member@{DEMO_DOMAIN}",
        "name": "Amara Okafor",
        "profile": {
            "headline": "Textile designer and founder of a weaving studio",
            "country": "NG",
            "city": "Lagos",
            "sectors": ["design", "crafts"],
            "languages": ["en", "yo"],
            "career_stage": "emerging",
            "bio": "I work with **hand-woven aso-oke** and contemporary patterns, and I am looking for partners to show the work in Europe.",
            "offers_text": "Workshops on natural dyes and hand weaving.",
            "offer_categories": ["training", "collaboration"],
            "needs_text": "A co-producer and a residency to develop a new collection.",
            "need_categories": ["co-production", "residency"],
            "visibility": "public",
            "contact_visibility": "members",
        },
        "skills": ["hand weaving", "natural dyes", "textile design"],
    },
    {
        "role": "organisation admin",
        "email": f"organisation@{DEMO_DOMAIN}",
        "name": "Joana Ferreira",
        "organisation_admin": True,
    },
    {"role": "network admin", "email": f"network@{DEMO_DOMAIN}", "name": "Lucas Martin"},
    {
        "role": "partner staff",
        "email": f"partner@{DEMO_DOMAIN}",
        "name": "Rita Sousa",
        "partner": "inova",
    },
    {"role": "ambassador", "email": f"ambassador@{DEMO_DOMAIN}", "name": "Tendai Moyo"},
    {"role": "juror", "email": f"juror@{DEMO_DOMAIN}", "name": "Li Wei"},
    {
        "role": "moderator / staff",
        "email": f"staff@{DEMO_DOMAIN}",
        "name": "Sam Taylor",
        "staff": True,
        "group": "Moderators",
    },
    {
        "role": "funder",
        "email": f"funder@{DEMO_DOMAIN}",
        "name": "Claire Dubois",
        "group": "Funders",
    },
]
