"""Matching mentees with mentors: a stable matching with capacities.

Pure Python, no database: the services turn applications into `MenteeIn` and
`MentorIn`, call `match()` and store the suggestions.

The algorithm is mentee-proposing deferred acceptance (Gale–Shapley for the
hospitals/residents problem). Only pairs that share a language are acceptable.
A mentee's preference list is the mentors she ranked (in her order), then every
other acceptable mentor by fit; a mentor's is likewise his own ranking first, then
fit. The result respects capacities, never pairs people without a shared language,
and leaves no blocking pair: no mentee and mentor who would both rather be together
than with whom they got. Locked pairs are kept as they are and use up capacity;
stability then holds among the remaining places.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from creativetracks.core.taxonomy import LANGUAGE_LABELS, SECTOR_LABELS


@dataclass(frozen=True)
class MenteeIn:
    id: int
    languages: frozenset[str]
    sectors: frozenset[str] = frozenset()
    goals: str = ""
    country: str = ""
    ranking: tuple[int, ...] = ()


@dataclass(frozen=True)
class MentorIn:
    id: int
    capacity: int
    languages: frozenset[str]
    sectors: frozenset[str] = frozenset()
    expertise: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    ranking: tuple[int, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    mentee_id: int
    mentor_id: int
    score: float
    reasons: tuple[str, ...]
    locked: bool = False


@dataclass
class Result:
    suggestions: list[Suggestion] = field(default_factory=list)
    unmatched: list[int] = field(default_factory=list)

    def mentor_of(self) -> dict[int, int]:
        return {s.mentee_id: s.mentor_id for s in self.suggestions}


def shared_languages(mentee: MenteeIn, mentor: MentorIn) -> frozenset[str]:
    return mentee.languages & mentor.languages


def acceptable(mentee: MenteeIn, mentor: MentorIn) -> bool:
    return mentor.capacity > 0 and bool(shared_languages(mentee, mentor))


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?()").lower() for w in text.split() if len(w) > 3}


def fit(mentee: MenteeIn, mentor: MentorIn) -> tuple[float, list[str]]:
    """How well a mentor suits a mentee, with the reasons in words."""
    reasons: list[str] = []
    score = 0.0
    languages = sorted(shared_languages(mentee, mentor))
    if languages:
        names = ", ".join(str(LANGUAGE_LABELS.get(code, code)) for code in languages)
        reasons.append(f"Both speak {names}")
        score += 1 + 0.5 * (len(languages) - 1)
    sectors = sorted(mentee.sectors & mentor.sectors)
    if sectors:
        names = ", ".join(str(SECTOR_LABELS.get(code, code)) for code in sectors)
        reasons.append(f"Shared sectors: {names}")
        score += 3 * min(len(sectors), 3)
    goal_words = _words(mentee.goals)
    matched = [area for area in mentor.expertise if _words(area) & goal_words]
    if matched:
        reasons.append(f"Expertise matching the goals: {', '.join(matched[:3])}")
        score += 2 * min(len(matched), 3)
    if mentee.country and mentee.country in mentor.countries:
        reasons.append(f"Knows the mentee's country ({mentee.country})")
        score += 2
    return score, reasons


def _ordered(own_ranking: Iterable[int], others: dict[int, float]) -> list[int]:
    """Ranked ids first (those acceptable, in order), then the rest by score, then id."""
    ranked = [i for i in dict.fromkeys(own_ranking) if i in others]
    rest = sorted((i for i in others if i not in set(ranked)), key=lambda i: (-others[i], i))
    return ranked + rest


def preferences(
    mentees: list[MenteeIn], mentors: list[MentorIn]
) -> tuple[dict[int, list[int]], dict[int, dict[int, int]], dict[tuple[int, int], float]]:
    """Each mentee's ordered list of acceptable mentors, each mentor's rank of every
    acceptable mentee (lower is better), and the fit of every acceptable pair."""
    scores: dict[tuple[int, int], float] = {}
    for mentee in mentees:
        for mentor in mentors:
            if acceptable(mentee, mentor):
                scores[(mentee.id, mentor.id)] = fit(mentee, mentor)[0]
    mentee_prefs = {
        mentee.id: _ordered(
            mentee.ranking,
            {r.id: scores[(mentee.id, r.id)] for r in mentors if (mentee.id, r.id) in scores},
        )
        for mentee in mentees
    }
    mentor_rank = {}
    for mentor in mentors:
        order = _ordered(
            mentor.ranking,
            {m.id: scores[(m.id, mentor.id)] for m in mentees if (m.id, mentor.id) in scores},
        )
        mentor_rank[mentor.id] = {mentee_id: n for n, mentee_id in enumerate(order)}
    return mentee_prefs, mentor_rank, scores


def _reasons(mentee: MenteeIn, mentor: MentorIn, mentor_rank: dict[int, int]) -> tuple[str, ...]:
    _, reasons = fit(mentee, mentor)
    if mentor.id in mentee.ranking:
        position = list(dict.fromkeys(mentee.ranking)).index(mentor.id) + 1
        reasons.insert(0, f"The mentee's choice no. {position}")
    if mentee.id in mentor.ranking:
        position = list(dict.fromkeys(mentor.ranking)).index(mentee.id) + 1
        reasons.insert(0, f"The mentor's choice no. {position}")
    return tuple(reasons)


def match(
    mentees: list[MenteeIn],
    mentors: list[MentorIn],
    locked: Iterable[tuple[int, int]] = (),
) -> Result:
    """The mentee-optimal stable matching with capacities, keeping `locked` pairs
    (mentee id, mentor id) as they are."""
    mentor_by_id = {r.id: r for r in mentors}
    mentee_by_id = {m.id: m for m in mentees}
    locked = [(m, r) for m, r in locked if m in mentee_by_id and r in mentor_by_id]
    taken: dict[int, int] = {}
    for _mentee_id, mentor_id in locked:
        taken[mentor_id] = taken.get(mentor_id, 0) + 1
    locked_mentees = {m for m, _ in locked}
    free_mentors = [
        MentorIn(**{**r.__dict__, "capacity": max(0, r.capacity - taken.get(r.id, 0))})
        for r in mentors
    ]
    free_by_id = {r.id: r for r in free_mentors}
    open_mentees = [m for m in mentees if m.id not in locked_mentees]
    mentee_prefs, mentor_rank, scores = preferences(open_mentees, free_mentors)

    held: dict[int, list[int]] = {r.id: [] for r in free_mentors}
    next_choice = {m.id: 0 for m in open_mentees}
    waiting = [m.id for m in sorted(open_mentees, key=lambda m: m.id)]
    while waiting:
        mentee_id = waiting.pop()
        prefs = mentee_prefs[mentee_id]
        if next_choice[mentee_id] >= len(prefs):
            continue  # no mentor left to ask: stays unmatched
        mentor_id = prefs[next_choice[mentee_id]]
        next_choice[mentee_id] += 1
        holding = held[mentor_id]
        holding.append(mentee_id)
        if len(holding) > free_by_id[mentor_id].capacity:
            ranks = mentor_rank[mentor_id]
            worst = max(holding, key=lambda i: (ranks[i], i))
            holding.remove(worst)
            waiting.append(worst)

    result = Result()
    for mentee_id, mentor_id in locked:
        mentee, mentor = mentee_by_id[mentee_id], mentor_by_id[mentor_id]
        score, reasons = fit(mentee, mentor)
        result.suggestions.append(
            Suggestion(mentee_id, mentor_id, score, ("Locked by the organisers", *reasons), True)
        )
    matched = set(locked_mentees)
    for mentor_id, holding in held.items():
        for mentee_id in holding:
            matched.add(mentee_id)
            result.suggestions.append(
                Suggestion(
                    mentee_id,
                    mentor_id,
                    scores[(mentee_id, mentor_id)],
                    _reasons(mentee_by_id[mentee_id], mentor_by_id[mentor_id], {}),
                )
            )
    result.suggestions.sort(key=lambda s: (s.mentor_id, s.mentee_id))
    result.unmatched = sorted(m.id for m in mentees if m.id not in matched)
    return result


def blocking_pairs(
    mentees: list[MenteeIn], mentors: list[MentorIn], result: Result
) -> list[tuple[int, int]]:
    """Pairs who would both rather be together than with whom they got (for tests and checks)."""
    mentee_prefs, mentor_rank, _ = preferences(mentees, mentors)
    assigned = result.mentor_of()
    by_mentor: dict[int, list[int]] = {r.id: [] for r in mentors}
    for mentee_id, mentor_id in assigned.items():
        by_mentor[mentor_id].append(mentee_id)
    capacity = {r.id: r.capacity for r in mentors}
    blocking = []
    for mentee in mentees:
        prefs = mentee_prefs[mentee.id]
        current = assigned.get(mentee.id)
        better = prefs[: prefs.index(current)] if current in prefs else prefs
        for mentor_id in better:
            ranks = mentor_rank[mentor_id]
            holding = by_mentor[mentor_id]
            if len(holding) < capacity[mentor_id] or any(
                ranks[mentee.id] < ranks[other] for other in holding
            ):
                blocking.append((mentee.id, mentor_id))
    return blocking
