"""Deterministic synthetic members and network organisations for the demo.

Everything here is plain Python: the generators return frozen dataclasses that
``seed_demo`` turns into model instances. Nothing touches the database.

* :func:`generate_people` streams :class:`PersonSeed` objects lazily (constant
  memory, so a million people are fine); the same ``seed`` always gives the same
  people, and a shorter run is a prefix of a longer one.
* :func:`generate_network_organisations` returns fictional organisations that run
  networks of creative entrepreneurs.

Countries are weighted towards those the real Creative Tracks project (2015–2017)
worked with (Portugal, the UK, Belgium, France, the Netherlands, Brazil,
Mozambique, China and the rest of Europe), with a long tail on every continent.
Countries are drawn with a low-discrepancy (golden ratio) sequence rather than
independent draws, so every country in :data:`COUNTRIES` appears within the first
1,800 people whatever the seed. Names come from the name pools of the country's
cultural and linguistic regions (:data:`NAME_POOLS`).
"""

from .countries import COUNTRIES
from .generator import generate_people
from .helpers import _serial, slugify_ascii
from .names import NAME_POOLS
from .organisations import generate_network_organisations
from .records import (
    EMAIL_DOMAIN,
    Country,
    NamePool,
    OrganisationSeed,
    PersonSeed,
    PortfolioSeed,
)
from .regions import REGION_GROUPS
from .sectors import _SECTORS

__all__ = [
    "COUNTRIES",
    "EMAIL_DOMAIN",
    "NAME_POOLS",
    "REGION_GROUPS",
    "Country",
    "NamePool",
    "OrganisationSeed",
    "PersonSeed",
    "PortfolioSeed",
    "_SECTORS",
    "_serial",
    "generate_network_organisations",
    "generate_people",
    "slugify_ascii",
]
