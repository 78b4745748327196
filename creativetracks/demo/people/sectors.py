"""Sectors of the creative industries: roles, skills, works, projects and phrases."""

from __future__ import annotations

from dataclasses import dataclass

from creativetracks.core import taxonomy

from .names import _names

# ---------------------------------------------------------------------------
# Sectors: roles, skills, typical works and projects
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sector:
    weight: float
    noun: str  # "{noun} projects"
    discipline: str  # "a degree in {discipline}"
    roles: tuple[str, ...]
    skills: tuple[str, ...]
    works: tuple[tuple[str, str], ...]  # (kind, description)
    projects: tuple[str, ...]  # what someone needs partners for
    studios: tuple[str, ...]  # "I co-founded {studio}"


def _sector(weight, noun, discipline, roles, skills, works, projects, studios):
    return _Sector(
        weight,
        noun,
        discipline,
        _names(roles),
        _names(skills),
        tuple(works),
        _names(projects),
        _names(studios),
    )


_SECTORS: dict[str, _Sector] = {
    "architecture": _sector(
        4,
        "architecture",
        "architecture",
        "architect, urban designer, landscape architect, spatial designer, "
        "architectural researcher",
        "adaptive reuse, participatory design, timber construction, earth building, "
        "urban research, model making, bioclimatic design, public space design, "
        "3d visualisation, social housing",
        [
            (
                "Pavilion",
                "A temporary pavilion for a summer festival in {city}, "
                "built from reclaimed timber.",
            ),
            (
                "Market renovation",
                "Participatory redesign of a neighbourhood market with traders "
                "and residents of {city}.",
            ),
            (
                "Housing study",
                "Research on self-built housing and incremental design around {city}.",
            ),
            (
                "Library conversion",
                "Conversion of an old warehouse into a small community library, with {partner}.",
            ),
            (
                "Public space",
                "A shaded public square designed with {partner} and built in six weeks.",
            ),
        ],
        "a community building, a temporary pavilion, a housing research project, "
        "an earth-building prototype",
        "a small architecture studio, a design-build collective, an urban research lab",
    ),
    "audiovisual-film": _sector(
        9,
        "film",
        "film",
        "filmmaker, documentary director, film producer, cinematographer, film editor, animator",
        "documentary, cinematography, film editing, colour grading, sound recording, "
        "screenwriting, stop-motion animation, production management, subtitling",
        [
            ("Short documentary", "A short documentary about {topic}, shot in {city}."),
            ("Short film", "Fiction short about {topic}, made with a crew of five and {partner}."),
            ("Music video", "Music video for an independent artist, shot in one night in {city}."),
            ("Animated short", "Hand-drawn animated short about {topic}."),
            ("Web series", "Six-episode web series about {topic}, produced with {partner}."),
        ],
        "a feature documentary, my first short film, a web series, an animated short",
        "a small production company, a film collective, an animation studio",
    ),
    "crafts": _sector(
        6,
        "craft",
        "applied arts",
        "ceramicist, textile artist, jeweller, woodworker, weaver, basket maker, glass artist, "
        "leatherworker",
        "ceramics, natural dyeing, weaving, jewellery making, woodturning, basketry, embroidery, "
        "glassblowing, leatherwork, upcycling",
        [
            ("Tableware collection", "Hand-thrown stoneware made for a restaurant in {city}."),
            (
                "Woven wall hanging",
                "Large woven piece dyed with local plants, shown with {partner}.",
            ),
            ("Jewellery line", "A small jewellery line made from recycled silver and brass."),
            ("Basket series", "Contemporary baskets made with weavers from around {city}."),
            ("Craft residency", "Work made during a residency with {partner}, exploring {topic}."),
        ],
        "a new collection, a craft fair stand, a shared workshop, "
        "a book about traditional techniques",
        "a ceramics studio, a craft cooperative, a small workshop",
    ),
    "design": _sector(
        12,
        "design",
        "graphic design",
        "graphic designer, illustrator, product designer, type designer, UX designer, "
        "furniture designer, brand designer",
        "graphic design, illustration, typography, branding, screen printing, risograph printing, "
        "product design, ux design, user research, furniture design, editorial design, "
        "packaging design",
        [
            ("Poster series", "Screen-printed posters for a season of concerts in {city}."),
            ("Visual identity", "Identity and signage for {partner}."),
            ("Picture book", "Illustrations for a children's picture book about {topic}."),
            ("Typeface", "A display typeface inspired by hand-painted shop signs in {city}."),
            ("Furniture", "A stackable chair made with local carpenters from reclaimed wood."),
        ],
        "a picture book, a typeface, a furniture collection, a design exhibition",
        "a small design studio, a risograph print shop, an illustration collective",
    ),
    "fashion": _sector(
        6,
        "fashion",
        "fashion design",
        "fashion designer, costume designer, pattern cutter, textile designer, stylist",
        "pattern cutting, sustainable fashion, textile design, tailoring, knitwear, upcycling, "
        "fashion illustration, costume design, natural dyeing, styling",
        [
            ("Capsule collection", "A twelve-piece capsule collection made from deadstock fabric."),
            ("Upcycled denim", "Upcycled denim line made with tailors in {city}."),
            ("Costumes", "Costumes for a dance piece produced with {partner}."),
            ("Textile prints", "Printed textiles inspired by {topic}."),
        ],
        "my next collection, a sustainable fashion label, a runway show, a costume project",
        "an independent fashion label, a tailoring workshop, a textile studio",
    ),
    "games": _sector(
        4,
        "game",
        "game design",
        "game designer, game developer, level designer, narrative designer, 3D artist, "
        "pixel artist",
        "game design, unity, godot, pixel art, 3d modelling, level design, "
        "interactive storytelling, playtesting, game audio",
        [
            ("Narrative game", "A short narrative game about {topic}."),
            ("Mobile game", "Casual puzzle game for phones, published with {partner}."),
            ("Board game", "A cooperative board game about {topic}."),
            ("Game jam prototype", "Prototype made in 48 hours at a game jam in {city}."),
        ],
        "an indie game, a board game, a serious game for schools, a game jam",
        "a small indie game studio, a game developers' collective",
    ),
    "heritage": _sector(
        3,
        "heritage",
        "heritage studies",
        "heritage consultant, conservator, oral historian, museum educator, archivist",
        "oral history, conservation, archiving, digitisation, heritage interpretation, "
        "community museums, intangible heritage, exhibition research",
        [
            ("Oral history archive", "Recorded stories of {topic}, archived with {partner}."),
            ("Digital archive", "Digitisation of a family photo collection from {city}."),
            ("Walking tour", "A self-guided audio walk through the old centre of {city}."),
            ("Exhibition", "A small exhibition about {topic}, researched with local residents."),
        ],
        "an oral history project, a community museum, a digitisation project, a heritage trail",
        "a heritage consultancy, a community archive",
    ),
    "literature-publishing": _sector(
        6,
        "publishing",
        "literature",
        "writer, poet, editor, translator, independent publisher, comics artist",
        "creative writing, editing, translation, self-publishing, zine making, book design, "
        "poetry, comics, storytelling",
        [
            ("Poetry collection", "A first collection of poems about {topic}."),
            ("Zine", "Quarterly zine of new writing from {city}, printed in 300 copies."),
            ("Anthology", "An anthology of young writers, edited with {partner}."),
            ("Graphic novel", "A graphic novel about {topic}."),
            (
                "Translation",
                "Translation of a contemporary novel, published by a small press in {city}.",
            ),
        ],
        "a first novel, a poetry collection, a translation, a small press",
        "a small independent press, a literary magazine",
    ),
    "music": _sector(
        11,
        "music",
        "music",
        "musician, composer, music producer, singer-songwriter, sound engineer, DJ",
        "music production, composition, sound engineering, live sound, songwriting, "
        "field recording, audio mastering, percussion, djing",
        [
            ("EP", "Five-track EP recorded in {city} and released with {partner}."),
            ("Album", "Debut album mixing traditional rhythms and electronic production."),
            ("Film score", "Original score for a short documentary about {topic}."),
            ("Sound installation", "Sound installation built from field recordings of {topic}."),
            ("Live session", "Live session recorded with {partner}."),
        ],
        "my debut album, a regional tour, a music video, a live recording",
        "an independent record label, a recording studio, a music collective",
    ),
    "performing-arts": _sector(
        7,
        "performance",
        "theatre and dance",
        "choreographer, dancer, theatre director, actor, circus artist, performer, "
        "lighting designer, stage manager",
        "contemporary dance, choreography, physical theatre, devising, stage management, "
        "lighting design, puppetry, circus arts, voice work",
        [
            ("Dance piece", "A duet about {topic}, premiered in {city}."),
            ("Theatre production", "Devised theatre piece made with young people and {partner}."),
            ("Street performance", "Outdoor performance touring markets and squares of {city}."),
            ("Puppet show", "A puppet show for families about {topic}."),
        ],
        "a new dance piece, a touring production, a street performance, a theatre festival",
        "an independent theatre company, a dance collective, a circus company",
    ),
    "visual-arts": _sector(
        11,
        "visual arts",
        "fine arts",
        "visual artist, painter, photographer, sculptor, printmaker, muralist, curator",
        "painting, photography, sculpture, printmaking, murals, installation, curating, "
        "drawing, video art",
        [
            ("Exhibition", "Solo exhibition of new paintings about {topic}, with {partner}."),
            ("Mural", "A large mural painted with residents in {city}."),
            ("Photo series", "A photo series about {topic}."),
            ("Installation", "Site-specific installation made for a festival in {city}."),
            ("Print edition", "An edition of linocut prints about {topic}."),
        ],
        "a solo exhibition, a photo book, a public art project, a print edition",
        "an artist-run space, a print studio, a photography collective",
    ),
    "advertising": _sector(
        3,
        "advertising",
        "communication",
        "copywriter, art director, creative strategist, brand strategist, social media creative",
        "copywriting, art direction, brand strategy, campaign planning, social media, "
        "content strategy, motion graphics",
        [
            ("Campaign", "Awareness campaign for {partner}."),
            ("Rebrand", "Rebrand and launch campaign for a family business in {city}."),
            ("Social campaign", "Social media campaign about {topic}."),
        ],
        "a campaign for a social cause, a rebrand, a small agency",
        "a small creative agency, a content studio",
    ),
    "digital-media": _sector(
        6,
        "digital media",
        "digital media",
        "creative technologist, web developer, motion designer, digital artist, podcast producer, "
        "VR artist, video mapping artist",
        "motion graphics, creative coding, web development, virtual reality, projection mapping, "
        "podcasting, generative art, physical computing, 3d animation",
        [
            ("Interactive installation", "Interactive light installation shown in {city}."),
            ("Web documentary", "An interactive web documentary about {topic}."),
            ("Podcast series", "Eight-episode podcast about {topic}, produced with {partner}."),
            ("Projection mapping", "Projection mapping on a historic facade in {city}."),
        ],
        "an interactive installation, a podcast series, a VR experience, a web documentary",
        "a digital studio, a media lab, a podcast network",
    ),
    "festivals-events": _sector(
        5,
        "festival",
        "event management",
        "festival producer, event producer, festival programmer, production manager, "
        "festival director, volunteer coordinator",
        "festival production, event management, programming, volunteer coordination, "
        "audience development, stage management, logistics, sponsorship",
        [
            ("Festival edition", "Third edition of a small music and arts festival in {city}."),
            ("Concert series", "A series of free outdoor concerts produced with {partner}."),
            ("Night market", "A monthly night market of makers and musicians in {city}."),
            ("Film festival", "A weekend film festival about {topic}."),
        ],
        "a new festival, an international edition of my festival, a touring programme",
        "a festival, an events company, a music venue",
    ),
    "cultural-management": _sector(
        5,
        "cultural",
        "cultural management",
        "cultural manager, producer, arts administrator, cultural policy researcher, "
        "project manager, fundraiser",
        "project management, fundraising, grant writing, cultural policy, audience development, "
        "international touring, budgeting, partnership building, evaluation",
        [
            (
                "Exchange programme",
                "An exchange between young artists from {city} and abroad, with {partner}.",
            ),
            ("Residency programme", "A residency programme for emerging artists in {city}."),
            ("Mapping study", "A mapping of the creative sector in {city}."),
            ("Report", "A report on {topic}, written with {partner}."),
        ],
        "an exchange programme, a cultural mapping, a residency programme, a sector report",
        "a cultural agency, a production office, a cultural association",
    ),
    "education": _sector(
        4,
        "arts education",
        "arts education",
        "arts educator, workshop facilitator, creative learning specialist, teacher, youth worker, "
        "media literacy trainer",
        "workshop facilitation, arts education, youth work, curriculum design, "
        "community engagement, mentoring, media literacy, creative learning",
        [
            ("Workshop series", "Creative workshops for teenagers in {city}, with {partner}."),
            ("Toolkit", "An open toolkit for teachers about {topic}."),
            ("Summer school", "A two-week summer school for young creatives in {city}."),
            ("Online course", "A free online course on starting a creative business."),
        ],
        "a workshop programme, a creative learning toolkit, a summer school",
        "a creative learning organisation, a youth arts programme",
    ),
}

assert set(_SECTORS) == {slug for slug, _ in taxonomy.SECTORS}

# The skills each role is known for (a subset of its sector's skills); a member's
# first skills come from their role, so that "Illustrator · risograph printing"
# and the bio agree.
_ROLE_SKILLS: dict[str, dict[str, tuple[str, ...]]] = {
    sector: {role: _names(skills) for role, skills in roles.items()}
    for sector, roles in {
        "architecture": {
            "architect": "adaptive reuse, timber construction, earth building, "
            "bioclimatic design, social housing, 3d visualisation",
            "urban designer": "public space design, participatory design, urban research",
            "landscape architect": "public space design, bioclimatic design, participatory design",
            "spatial designer": "model making, 3d visualisation, adaptive reuse",
            "architectural researcher": "urban research, social housing, participatory design",
        },
        "audiovisual-film": {
            "filmmaker": "documentary, cinematography, screenwriting, film editing",
            "documentary director": "documentary, screenwriting, sound recording",
            "film producer": "production management, subtitling, screenwriting",
            "cinematographer": "cinematography, colour grading",
            "film editor": "film editing, colour grading, subtitling",
            "animator": "stop-motion animation, screenwriting",
        },
        "crafts": {
            "ceramicist": "ceramics",
            "textile artist": "weaving, natural dyeing, embroidery",
            "jeweller": "jewellery making, upcycling",
            "woodworker": "woodturning, upcycling",
            "weaver": "weaving, natural dyeing, basketry",
            "basket maker": "basketry, weaving",
            "glass artist": "glassblowing",
            "leatherworker": "leatherwork, upcycling",
        },
        "design": {
            "graphic designer": "graphic design, typography, editorial design, branding",
            "illustrator": "illustration, risograph printing, screen printing",
            "product designer": "product design, packaging design",
            "type designer": "typography, graphic design",
            "UX designer": "ux design, user research",
            "furniture designer": "furniture design, product design",
            "brand designer": "branding, packaging design, graphic design",
        },
        "fashion": {
            "fashion designer": "sustainable fashion, pattern cutting, fashion illustration, "
            "upcycling",
            "costume designer": "costume design, tailoring",
            "pattern cutter": "pattern cutting, tailoring",
            "textile designer": "textile design, natural dyeing, knitwear",
            "stylist": "styling, sustainable fashion",
        },
        "games": {
            "game designer": "game design, playtesting, level design",
            "game developer": "unity, godot, game audio",
            "level designer": "level design, game design",
            "narrative designer": "interactive storytelling",
            "3D artist": "3d modelling",
            "pixel artist": "pixel art",
        },
        "heritage": {
            "heritage consultant": "heritage interpretation, intangible heritage",
            "conservator": "conservation",
            "oral historian": "oral history, archiving",
            "museum educator": "community museums, heritage interpretation, exhibition research",
            "archivist": "archiving, digitisation",
        },
        "literature-publishing": {
            "writer": "creative writing, storytelling",
            "poet": "poetry, zine making",
            "editor": "editing",
            "translator": "translation",
            "independent publisher": "self-publishing, book design, editing",
            "comics artist": "comics, zine making",
        },
        "music": {
            "musician": "percussion, songwriting",
            "composer": "composition, field recording",
            "music producer": "music production, audio mastering",
            "singer-songwriter": "songwriting",
            "sound engineer": "sound engineering, live sound, audio mastering",
            "DJ": "djing, music production",
        },
        "performing-arts": {
            "choreographer": "choreography, contemporary dance",
            "dancer": "contemporary dance",
            "theatre director": "devising, physical theatre",
            "actor": "voice work, physical theatre",
            "circus artist": "circus arts",
            "performer": "physical theatre, puppetry, voice work",
            "lighting designer": "lighting design",
            "stage manager": "stage management",
        },
        "visual-arts": {
            "visual artist": "installation, drawing, video art",
            "painter": "painting, drawing",
            "photographer": "photography",
            "sculptor": "sculpture",
            "printmaker": "printmaking",
            "muralist": "murals, painting",
            "curator": "curating",
        },
        "advertising": {
            "copywriter": "copywriting",
            "art director": "art direction",
            "creative strategist": "campaign planning, content strategy",
            "brand strategist": "brand strategy",
            "social media creative": "social media, content strategy, motion graphics",
        },
        "digital-media": {
            "creative technologist": "creative coding, physical computing",
            "web developer": "web development",
            "motion designer": "motion graphics, 3d animation",
            "digital artist": "generative art, creative coding",
            "podcast producer": "podcasting",
            "VR artist": "virtual reality, 3d animation",
            "video mapping artist": "projection mapping",
        },
        "festivals-events": {
            "festival producer": "festival production, sponsorship",
            "event producer": "event management, logistics",
            "festival programmer": "programming, audience development",
            "production manager": "logistics, stage management",
            "festival director": "festival production, programming, sponsorship",
            "volunteer coordinator": "volunteer coordination",
        },
        "cultural-management": {
            "cultural manager": "project management, partnership building, audience development",
            "producer": "international touring, budgeting",
            "arts administrator": "budgeting, grant writing",
            "cultural policy researcher": "cultural policy, evaluation",
            "project manager": "project management, evaluation",
            "fundraiser": "fundraising, grant writing",
        },
        "education": {
            "arts educator": "arts education, curriculum design",
            "workshop facilitator": "workshop facilitation, mentoring",
            "creative learning specialist": "creative learning, community engagement",
            "teacher": "arts education, curriculum design",
            "youth worker": "youth work, community engagement",
            "media literacy trainer": "media literacy",
        },
    }.items()
}
for _slug, _roles in _ROLE_SKILLS.items():
    assert set(_roles) == set(_SECTORS[_slug].roles), _slug
    _known = {skill for skills in _roles.values() for skill in skills}
    assert _known == set(_SECTORS[_slug].skills), (_slug, _known ^ set(_SECTORS[_slug].skills))
