"""People you should meet: reciprocal fit between two marketplace entries.

A pair scores for what one seeks and the other offers (both ways: a meeting both
sides want is worth more), shared sectors and sectors that work together, a
language in common and meeting across a border. Each suggestion carries the
strongest reason in one line."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from creativetracks.core import taxonomy

# Sectors whose people often make things together (both directions).
COMPLEMENTARY_SECTORS = {
    frozenset(pair)
    for pair in [
        ("music", "audiovisual-film"),
        ("music", "festivals-events"),
        ("music", "games"),
        ("design", "crafts"),
        ("design", "fashion"),
        ("design", "advertising"),
        ("design", "architecture"),
        ("games", "digital-media"),
        ("audiovisual-film", "digital-media"),
        ("audiovisual-film", "advertising"),
        ("literature-publishing", "audiovisual-film"),
        ("literature-publishing", "education"),
        ("performing-arts", "festivals-events"),
        ("visual-arts", "heritage"),
        ("heritage", "cultural-management"),
        ("festivals-events", "cultural-management"),
        ("crafts", "fashion"),
        ("digital-media", "advertising"),
    ]
}

SEEK_OFFER = 5
SHARED_SECTOR = 2
COMPLEMENTARY = 1
CROSS_BORDER = 1
NO_COMMON_LANGUAGE = 0.25  # a pair who can't talk rarely meets well


@dataclass
class Candidate:
    """What the recommender needs of an entry, as plain values."""

    entry_id: int
    user_id: int
    offers: set[str]
    seeks: set[str]
    sectors: set[str]
    languages: set[str]
    country: str


@dataclass
class Suggestion:
    entry_id: int
    score: float
    reason: str


def _label(slug: str) -> str:
    return str(taxonomy.EXCHANGE_LABELS.get(slug, slug)).lower()


def fit(me: Candidate, them: Candidate) -> Suggestion:
    theirs_for_me = sorted(me.seeks & them.offers)
    mine_for_them = sorted(them.seeks & me.offers)
    shared = sorted(me.sectors & them.sectors)
    complementary = [
        (a, b)
        for a in sorted(me.sectors)
        for b in sorted(them.sectors)
        if a != b and frozenset((a, b)) in COMPLEMENTARY_SECTORS
    ]
    common_language = bool(me.languages & them.languages) or not (me.languages and them.languages)
    cross_border = bool(me.country and them.country and me.country != them.country)
    score = (
        SEEK_OFFER * len(theirs_for_me)
        + SEEK_OFFER * len(mine_for_them)
        + (SEEK_OFFER if theirs_for_me and mine_for_them else 0)  # both sides gain
        + SHARED_SECTOR * len(shared)
        + COMPLEMENTARY * len(complementary)
    )
    # Crossing a border is a plus for a pair that already has something in common.
    if score and cross_border:
        score += CROSS_BORDER
    if not common_language:
        score *= NO_COMMON_LANGUAGE
    if theirs_for_me:
        what = _label(theirs_for_me[0])
        reason = _("offers %(what)s; you're looking for %(what)s") % {"what": what}
        if mine_for_them:
            reason += "; " + _("looks for %(what)s, which you offer") % {
                "what": _label(mine_for_them[0])
            }
    elif mine_for_them:
        reason = _("looks for %(what)s, which you offer") % {"what": _label(mine_for_them[0])}
    elif shared:
        reason = _("also works in %(sector)s") % {
            "sector": str(taxonomy.SECTOR_LABELS.get(shared[0], shared[0])).lower()
        }
    elif complementary:
        a, b = complementary[0]
        reason = _("works in %(theirs)s, which goes well with %(yours)s") % {
            "theirs": str(taxonomy.SECTOR_LABELS.get(b, b)).lower(),
            "yours": str(taxonomy.SECTOR_LABELS.get(a, a)).lower(),
        }
    else:
        reason = ""
    return Suggestion(them.entry_id, score, reason)


def rank(me: Candidate, others: list[Candidate], limit: int = 12) -> list[Suggestion]:
    """The best fits first (ties: newest entries last, for a stable order)."""
    suggestions = [fit(me, other) for other in others if other.user_id != me.user_id]
    suggestions = [s for s in suggestions if s.score > 0]
    suggestions.sort(key=lambda s: (-s.score, s.entry_id))
    return suggestions[:limit]
