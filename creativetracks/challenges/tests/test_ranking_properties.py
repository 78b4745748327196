"""The ranking's pure functions, with hypothesis: weights, normalisation, ties."""

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from creativetracks.challenges.ranking import (
    CriterionSpec,
    EntryKey,
    ScoreRow,
    balanced_assignment,
    rank_entries,
    review_total,
)

CRITERIA = {1: CriterionSpec(1, 3, 0, 10), 2: CriterionSpec(2, 1, 0, 10)}
scores_0_10 = st.integers(min_value=0, max_value=10)
weights = st.integers(min_value=1, max_value=9)


@given(a=scores_0_10, b=scores_0_10, w1=weights, w2=weights)
def test_a_review_total_is_the_weighted_mean_on_0_to_100(a, b, w1, w2):
    criteria = {1: CriterionSpec(1, w1, 0, 10), 2: CriterionSpec(2, w2, 0, 10)}
    total = review_total({1: a, 2: b}, criteria)
    assert abs(total - (w1 * a * 10 + w2 * b * 10) / (w1 + w2)) < 1e-9
    assert 0 <= total <= 100


@given(a=scores_0_10, b=scores_0_10, factor=st.integers(min_value=2, max_value=5))
def test_multiplying_every_weight_changes_nothing(a, b, factor):
    scaled = {k: CriterionSpec(k, c.weight * factor, 0, 10) for k, c in CRITERIA.items()}
    assert review_total({1: a, 2: b}, CRITERIA) == review_total({1: a, 2: b}, scaled)


@given(high=st.integers(min_value=1, max_value=10), low=st.integers(min_value=0, max_value=9))
def test_the_heavier_criterion_weighs_more(high, low):
    """Strong on the heavy criterion beats strong on the light one, by the same margin."""
    if low >= high:
        low = high - 1
    entries = [EntryKey(1), EntryKey(2)]
    rows = [
        ScoreRow(1, 1, 1, high),
        ScoreRow(1, 1, 2, low),
        ScoreRow(1, 2, 1, low),
        ScoreRow(1, 2, 2, high),
    ]
    ranked = rank_entries(entries, rows, CRITERIA, normalise=False)
    assert [r.submission_id for r in ranked] == [1, 2]
    assert ranked[0].raw > ranked[1].raw


def _panel(draw_values, jurors, entries):
    return [
        ScoreRow(j, e, c, draw_values[(j, e, c)]) for j in jurors for e in entries for c in CRITERIA
    ]


@settings(max_examples=60)
@given(
    values=st.fixed_dictionaries(
        {(j, e, c): st.integers(0, 10) for j in (1, 2, 3) for e in range(1, 6) for c in (1, 2)}
    ),
    shift=st.integers(-40, 40),
    juror=st.sampled_from([1, 2, 3]),
)
def test_normalisation_ignores_a_jurors_constant_shift(values, shift, juror):
    """A juror who is harsher or more lenient by a constant changes no normalised score."""
    entries = [EntryKey(e) for e in range(1, 6)]
    rows = _panel(values, (1, 2, 3), range(1, 6))
    shifted = [
        ScoreRow(
            r.juror_id,
            r.submission_id,
            r.criterion_id,
            r.value + (shift if r.juror_id == juror else 0),
        )
        for r in rows
    ]
    before = {
        r.submission_id: r.normalised for r in rank_entries(entries, rows, CRITERIA, normalise=True)
    }
    after = {
        r.submission_id: r.normalised
        for r in rank_entries(entries, shifted, CRITERIA, normalise=True)
    }
    for entry_id, score in before.items():
        assert abs(score - after[entry_id]) < 1e-6


@given(
    values=st.fixed_dictionaries(
        {(j, e, c): st.integers(0, 3) for j in (1, 2) for e in range(1, 7) for c in (1, 2)}
    ),
    seed=st.integers(0, 10_000),
    normalise=st.booleans(),
)
def test_ties_are_resolved_the_same_way_whatever_the_input_order(values, seed, normalise):
    base = datetime(2017, 9, 1, tzinfo=UTC)
    entries = [EntryKey(e, base + timedelta(hours=e % 3)) for e in range(1, 7)]
    rows = _panel(values, (1, 2), range(1, 7))
    expected = [r.submission_id for r in rank_entries(entries, rows, CRITERIA, normalise=normalise)]
    shuffler = random.Random(seed)
    shuffled_entries, shuffled_rows = entries[:], rows[:]
    shuffler.shuffle(shuffled_entries)
    shuffler.shuffle(shuffled_rows)
    got = [
        r.submission_id
        for r in rank_entries(shuffled_entries, shuffled_rows, CRITERIA, normalise=normalise)
    ]
    assert got == expected
    assert sorted(expected) == list(range(1, 7))


def test_the_stated_tie_break_rule():
    """Equal totals: more reviews first, then the earlier submission, then the lower number."""
    early, late = datetime(2017, 9, 1, tzinfo=UTC), datetime(2017, 9, 2, tzinfo=UTC)
    entries = [EntryKey(3, late), EntryKey(2, early), EntryKey(1, late), EntryKey(4, late)]
    same = [ScoreRow(1, e, c, 5) for e in (1, 2, 3, 4) for c in (1, 2)]
    same += [ScoreRow(2, 4, c, 5) for c in (1, 2)]  # entry 4 has two reviews
    ranked = rank_entries(entries, same, CRITERIA, normalise=False)
    assert [r.submission_id for r in ranked] == [4, 2, 1, 3]
    assert [r.rank for r in ranked] == [1, 2, 3, 4]


def test_unreviewed_entries_come_last():
    ranked = rank_entries(
        [EntryKey(1), EntryKey(2)], [ScoreRow(1, 2, 1, 0)], CRITERIA, normalise=True
    )
    assert [(r.submission_id, r.reviews) for r in ranked] == [(2, 1), (1, 0)]
    assert ranked[1].raw is None and ranked[1].normalised is None


@given(
    entries=st.integers(1, 12),
    jurors=st.integers(1, 6),
    k=st.integers(1, 4),
    conflicts=st.sets(st.tuples(st.integers(1, 6), st.integers(1, 12)), max_size=8),
)
def test_balanced_assignment_gives_k_reviews_without_conflicts(entries, jurors, k, conflicts):
    entry_ids, juror_ids = list(range(1, entries + 1)), list(range(1, jurors + 1))
    pairs = balanced_assignment(entry_ids, juror_ids, k, conflicts)
    assert not pairs & conflicts
    for entry_id in entry_ids:
        available = sum(1 for j in juror_ids if (j, entry_id) not in conflicts)
        assert sum(1 for _j, e in pairs if e == entry_id) == min(k, available)
    if not conflicts:
        loads = [sum(1 for j, _e in pairs if j == juror) for juror in juror_ids]
        assert max(loads) - min(loads) <= 1


def test_everyone_reviews_everything_without_k():
    pairs = balanced_assignment([1, 2], [7, 8], None, {(7, 2)})
    assert pairs == {(7, 1), (8, 1), (8, 2)}
