"""The ranking, as pure functions over plain data (no database): easy to test and to explain.

- A review's total is the weighted mean of its criterion scores, each first brought to
  0–100 on its criterion's scale: total = Σ wᵢ · (sᵢ − minᵢ) / (maxᵢ − minᵢ) · 100 / Σ wᵢ.
  Criteria a juror left unscored don't count (the weights of those scored are used).
- An entry's raw total is the mean of its reviews' totals.
- Normalisation: each juror's review totals become z-scores, (t − mean) / standard
  deviation over that juror's reviews (0 when the juror gave everyone the same total or
  reviewed one entry); an entry's normalised score is the mean of its z-scores. A juror
  who is harsher or more lenient by a constant therefore weighs exactly the same.
- Order: by the normalised score when the challenge normalises, otherwise by the raw
  total; ties are broken by the raw total, then by more reviews, then by the earlier
  submission, then by the lower entry number. The rule is stated on the results page.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from statistics import fmean, pstdev

TIE_BREAK_RULE = (
    "Ties are broken by the raw total, then by the number of reviews, then by the earlier "
    "submission time, then by the lower entry number."
)
# Floats are rounded before comparing so equal scores computed in a different order tie.
PRECISION = 9


@dataclass(frozen=True)
class CriterionSpec:
    id: int
    weight: int
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class ScoreRow:
    juror_id: int
    submission_id: int
    criterion_id: int
    value: float


@dataclass(frozen=True)
class EntryKey:
    submission_id: int
    submitted_at: datetime | None = None


@dataclass
class RankedEntry:
    submission_id: int
    raw: float | None
    normalised: float | None
    reviews: int
    rank: int = 0
    review_totals: dict[int, float] = field(default_factory=dict)


def review_total(values: dict[int, float], criteria: dict[int, CriterionSpec]) -> float | None:
    """One review's weighted total on 0–100, exact (fractions) before the final float."""
    weighted = Fraction(0)
    weights = 0
    for criterion_id, value in values.items():
        spec = criteria.get(criterion_id)
        if spec is None:
            continue
        span = spec.scale_max - spec.scale_min
        weighted += spec.weight * (Fraction(value) - spec.scale_min) / span
        weights += spec.weight
    if not weights:
        return None
    return float(weighted * 100 / weights)


def review_totals(
    scores: list[ScoreRow], criteria: dict[int, CriterionSpec]
) -> dict[tuple[int, int], float]:
    """(juror, submission) → total."""
    grouped: dict[tuple[int, int], dict[int, float]] = defaultdict(dict)
    for row in scores:
        grouped[(row.juror_id, row.submission_id)][row.criterion_id] = row.value
    totals = {}
    for key, values in grouped.items():
        total = review_total(values, criteria)
        if total is not None:
            totals[key] = total
    return totals


def z_scores(totals: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    by_juror: dict[int, list[tuple[tuple[int, int], float]]] = defaultdict(list)
    for key, total in totals.items():
        by_juror[key[0]].append((key, total))
    result = {}
    for reviews in by_juror.values():
        values = [t for _key, t in reviews]
        mean = fmean(values)
        deviation = pstdev(values) if len(values) > 1 else 0.0
        for key, total in reviews:
            result[key] = 0.0 if deviation < 1e-12 else (total - mean) / deviation
    return result


def rank_entries(
    entries: list[EntryKey],
    scores: list[ScoreRow],
    criteria: dict[int, CriterionSpec],
    *,
    normalise: bool,
) -> list[RankedEntry]:
    """Every entry ranked (unreviewed entries last), with raw and normalised scores."""
    totals = review_totals(scores, criteria)
    zs = z_scores(totals)
    per_entry: dict[int, dict[int, float]] = defaultdict(dict)
    per_entry_z: dict[int, list[float]] = defaultdict(list)
    for (juror_id, submission_id), total in totals.items():
        per_entry[submission_id][juror_id] = total
        per_entry_z[submission_id].append(zs[(juror_id, submission_id)])
    ranked = []
    for entry in entries:
        reviews = per_entry.get(entry.submission_id, {})
        raw = round(fmean(reviews.values()), PRECISION) if reviews else None
        normalised = round(fmean(per_entry_z[entry.submission_id]), PRECISION) if reviews else None
        ranked.append(
            RankedEntry(
                submission_id=entry.submission_id,
                raw=raw,
                normalised=normalised,
                reviews=len(reviews),
                review_totals=dict(reviews),
            )
        )
    submitted = {e.submission_id: e.submitted_at for e in entries}

    def order(item: RankedEntry):
        primary = item.normalised if normalise else item.raw
        when = submitted[item.submission_id]
        return (
            primary is None,
            -(primary or 0.0),
            -(item.raw or 0.0),
            -item.reviews,
            when is None,
            when or datetime.max,
            item.submission_id,
        )

    ranked.sort(key=order)
    for position, item in enumerate(ranked, start=1):
        item.rank = position
    return ranked


def balanced_assignment(
    submission_ids: list[int],
    juror_ids: list[int],
    k: int | None,
    conflicts: set[tuple[int, int]],
    existing: set[tuple[int, int]] = frozenset(),
) -> set[tuple[int, int]]:
    """(juror, submission) pairs: every juror on every entry (k None), or k reviews per
    entry spread so jurors' loads differ by as little as possible. Conflicts are never
    assigned; existing pairs are kept and count towards k and the loads. Deterministic."""
    pairs = set(existing)
    if k is None:
        for submission_id in submission_ids:
            for juror_id in juror_ids:
                if (juror_id, submission_id) not in conflicts:
                    pairs.add((juror_id, submission_id))
        return pairs
    load = {juror_id: 0 for juror_id in juror_ids}
    for juror_id, _submission_id in pairs:
        if juror_id in load:
            load[juror_id] += 1
    for submission_id in sorted(submission_ids):
        have = {j for j, s in pairs if s == submission_id}
        candidates = sorted(
            (j for j in juror_ids if j not in have and (j, submission_id) not in conflicts),
            key=lambda j: (load[j], j),
        )
        for juror_id in candidates[: max(0, k - len(have))]:
            pairs.add((juror_id, submission_id))
            load[juror_id] += 1
    return pairs
