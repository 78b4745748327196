"""What the generators return (frozen records) and the fixed constants they use."""

from __future__ import annotations

from dataclasses import dataclass

EMAIL_DOMAIN = "members.demo.creativetracks.org"
WEBSITE_DOMAIN = "example.org"
# Portfolio years and career start years are relative to this fixed year (never
# to today's date) so that the output does not change over time.
REFERENCE_YEAR = 2026
FIRST_PORTFOLIO_YEAR = 2012


# ---------------------------------------------------------------------------
# Public records
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PortfolioSeed:
    title: str
    description: str
    year: int
    sector: str


@dataclass(frozen=True)
class PersonSeed:
    first_name: str
    last_name: str
    display_name: str
    handle: str
    email: str
    country: str
    city: str
    headline: str
    bio: str
    languages: list[str]
    sectors: list[str]
    skills: list[str]
    career_stage: str
    offers_text: str
    needs_text: str
    offer_categories: list[str]
    need_categories: list[str]
    website: str
    portfolio: list[PortfolioSeed]
    joined_days_ago: int


@dataclass(frozen=True)
class OrganisationSeed:
    name: str
    slug: str
    kind: str
    country: str
    city: str
    sectors: list[str]
    description: str
    website: str


@dataclass(frozen=True)
class NamePool:
    """Given names (female and male) and family names of one region.

    Where family names change with gender (Polish, Czech, Greek, Russian,
    Baltic, Icelandic...), ``last_female`` holds the feminine form of each name
    of ``last`` at the same position.
    """

    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    last_female: tuple[str, ...] = ()
    family_first: bool = False  # display the family name first (Chinese, Korean...)

    @property
    def first_names(self) -> frozenset[str]:
        return frozenset(self.female + self.male)

    @property
    def last_names(self) -> frozenset[str]:
        return frozenset(self.last + self.last_female)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # English short name, used in generated text
    weight: float
    regions: tuple[tuple[str, float], ...]  # (name pool, weight)
    languages: tuple[str, ...]  # ISO 639-1 codes from the taxonomy, most used first
    cities: tuple[str, ...]  # the main creative hub first
    capital: str
    lingua_franca: tuple[str, ...]  # preferred second languages
