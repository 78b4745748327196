"""Curated vocabularies shared by every app: sectors, languages, career stages,
what members offer and look for. Slugs are stable (stored in the database and URLs)."""

from django.utils.translation import gettext_lazy as _

SECTORS = [
    ("architecture", _("Architecture")),
    ("audiovisual-film", _("Audiovisual and film")),
    ("crafts", _("Crafts")),
    ("design", _("Design")),
    ("fashion", _("Fashion")),
    ("games", _("Games")),
    ("heritage", _("Heritage")),
    ("literature-publishing", _("Literature and publishing")),
    ("music", _("Music")),
    ("performing-arts", _("Performing arts")),
    ("visual-arts", _("Visual arts")),
    ("advertising", _("Advertising")),
    ("digital-media", _("Digital and new media")),
    ("festivals-events", _("Festivals and events")),
    ("cultural-management", _("Cultural management")),
    ("education", _("Education")),
]

CAREER_STAGES = [
    ("student", _("Student")),
    ("emerging", _("Emerging (up to 3 years)")),
    ("developing", _("Developing (3 to 7 years)")),
    ("established", _("Established (over 7 years)")),
]

# What a member offers and what they are looking for use the same categories.
EXCHANGE_CATEGORIES = [
    ("collaboration", _("Collaboration")),
    ("funding", _("Funding")),
    ("mentoring", _("Mentoring")),
    ("co-production", _("Co-production")),
    ("distribution", _("Distribution")),
    ("residency", _("Residency")),
    ("jobs", _("Jobs")),
    ("training", _("Training")),
    ("space", _("Space and equipment")),
    ("advice", _("Advice")),
]

# ISO 639-1 codes of the languages members most often work in.
LANGUAGES = [
    ("ar", _("Arabic")),
    ("bn", _("Bengali")),
    ("ca", _("Catalan")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fa", _("Persian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ha", _("Hausa")),
    ("he", _("Hebrew")),
    ("hi", _("Hindi")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("id", _("Indonesian")),
    ("it", _("Italian")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("ms", _("Malay")),
    ("nl", _("Dutch")),
    ("no", _("Norwegian")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("sr", _("Serbian")),
    ("sv", _("Swedish")),
    ("sw", _("Swahili")),
    ("ta", _("Tamil")),
    ("th", _("Thai")),
    ("tl", _("Tagalog")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
    ("ur", _("Urdu")),
    ("vi", _("Vietnamese")),
    ("yo", _("Yoruba")),
    ("zh", _("Chinese")),
    ("zu", _("Zulu")),
    ("am", _("Amharic")),
    ("ne", _("Nepali")),
    ("si", _("Sinhala")),
    ("my", _("Burmese")),
    ("km", _("Khmer")),
    ("ka", _("Georgian")),
    ("hy", _("Armenian")),
    ("az", _("Azerbaijani")),
    ("kk", _("Kazakh")),
    ("uz", _("Uzbek")),
    ("mn", _("Mongolian")),
    ("so", _("Somali")),
    ("rw", _("Kinyarwanda")),
    ("mg", _("Malagasy")),
    ("ig", _("Igbo")),
    ("bg", _("Bulgarian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("et", _("Estonian")),
    ("is", _("Icelandic")),
    ("ga", _("Irish")),
    ("mt", _("Maltese")),
    ("sq", _("Albanian")),
    ("mk", _("Macedonian")),
    ("bs", _("Bosnian")),
]

ORGANISATION_KINDS = [
    ("company", _("Company")),
    ("collective", _("Collective")),
    ("ngo", _("NGO")),
    ("network", _("Network")),
    ("cultural-institution", _("Cultural institution")),
    ("public-body", _("Public body")),
    ("education", _("Education")),
    ("incubator", _("Incubator or hub")),
    ("funder", _("Funder")),
]

SECTOR_LABELS = dict(SECTORS)
CAREER_STAGE_LABELS = dict(CAREER_STAGES)
EXCHANGE_LABELS = dict(EXCHANGE_CATEGORIES)
LANGUAGE_LABELS = dict(LANGUAGES)
ORGANISATION_KIND_LABELS = dict(ORGANISATION_KINDS)


def content_language_for(user) -> str:
    """The language new content starts in: its author's interface language (the ISO 639-1
    code, so "zh-hans" is "zh"), else English."""
    code = (getattr(user, "language", "") or "en").split("-")[0].lower()
    return code if code in LANGUAGE_LABELS else "en"
