"""The scheduler as an algorithm: every schedule keeps every rule (hypothesis), and on
a small event it finds the exact optimum, computed here independently with a MIP."""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from creativetracks.meetings import scheduler as s


@st.composite
def problems(draw):
    people = draw(st.integers(2, 14))
    slots = list(range(draw(st.integers(1, 6))))
    tables = [s.Table(100 + i, draw(st.integers(1, 3))) for i in range(draw(st.integers(1, 3)))]
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, people - 1), st.integers(0, people - 1)).filter(
                lambda p: p[0] != p[1]
            ),
            max_size=40,
            unique_by=lambda p: frozenset(p),
        )
    )
    requests = [s.Request(i, a, b, draw(st.integers(1, 4))) for i, (a, b) in enumerate(pairs)]
    unavailable = {
        p: set(draw(st.lists(st.sampled_from(slots), max_size=len(slots)))) for p in range(people)
    }
    booked = []
    if requests and draw(st.booleans()):
        r = requests[0]
        slot = slots[0]
        if slot not in unavailable[r.first] | unavailable[r.second]:
            booked.append(s.Booked(r.id, r.first, r.second, slot, tables[0].id))
    return s.Problem(slots, tables, requests, draw(st.integers(1, 5)), unavailable, booked)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.booleans(), st.booleans())
def test_no_schedule_breaks_a_rule(problem, weighted, use_solver):
    result = s.solve(problem, weighted=weighted, time_limit=2, workers=1, use_solver=use_solver)
    assert s.violations(problem, result.placements) == []
    assert result.placed == len(result.placements)
    assert result.objective <= result.bound
    booked = {b.request for b in problem.booked}
    assert not booked & {p.request for p in result.placements}


def test_violations_finds_broken_schedules():
    problem = s.Problem(
        [1, 2], [s.Table(9, 1)], [s.Request(1, 10, 11), s.Request(2, 10, 12)], 5, {12: {2}}
    )
    assert s.violations(problem, [s.Placement(1, 1, 9), s.Placement(2, 1, 9)])  # same slot
    assert s.violations(problem, [s.Placement(2, 2, 9)])  # 12 unavailable at 2
    assert s.violations(problem, [s.Placement(1, 1, 9), s.Placement(1, 2, 9)])  # twice
    assert s.violations(problem, [s.Placement(1, 1, 9), s.Placement(2, 2, 9)]) == [
        "person 12 is unavailable in slot 2"
    ]


def _small_event(seed: int) -> s.Problem:
    rng = random.Random(seed)
    people, slots = 30, list(range(6))
    pairs = set()
    while len(pairs) < 90:
        a, b = rng.sample(range(people), 2)
        pairs.add((min(a, b), max(a, b)))
    requests = [
        s.Request(i, a, b, rng.choice([2, 2, 3, 4])) for i, (a, b) in enumerate(sorted(pairs))
    ]
    unavailable = {p: {x for x in slots if rng.random() < 0.2} for p in range(people)}
    return s.Problem(slots, [s.Table(1, 2), s.Table(2, 1), s.Table(3, 1)], requests, 4, unavailable)


def _optimum_by_mip(problem: s.Problem, weighted: bool) -> int:
    """The same problem written again as an integer programme and solved by SCIP."""
    from ortools.linear_solver import pywraplp

    solver = pywraplp.Solver.CreateSolver("SCIP")
    room = sum(t.capacity for t in problem.tables)
    x = {}
    for r in problem.requests:
        for slot in problem.slots:
            if slot in problem.unavailable.get(r.first, ()) or slot in problem.unavailable.get(
                r.second, ()
            ):
                continue
            x[r, slot] = solver.IntVar(0, 1, f"x{r.id}_{slot}")
    for r in problem.requests:
        solver.Add(sum(v for (q, _), v in x.items() if q == r) <= 1)
    people = {p for r in problem.requests for p in (r.first, r.second)}
    for p in people:
        mine = [(q, slot) for (q, slot) in x if p in (q.first, q.second)]
        solver.Add(sum(x[k] for k in mine) <= problem.max_meetings)
        for slot in problem.slots:
            solver.Add(sum(x[k] for k in mine if k[1] == slot) <= 1)
    for slot in problem.slots:
        solver.Add(sum(v for (_, t), v in x.items() if t == slot) <= room)
    solver.Maximize(sum((q.weight if weighted else 1) * v for (q, _), v in x.items()))
    assert solver.Solve() == pywraplp.Solver.OPTIMAL
    return round(solver.Objective().Value())


def test_thirty_participants_get_the_exact_optimum():
    for seed, weighted in ((1, False), (2, True), (3, False)):
        problem = _small_event(seed)
        result = s.solve(problem, weighted=weighted, time_limit=20)
        assert s.violations(problem, result.placements) == []
        assert result.objective == _optimum_by_mip(problem, weighted), seed
        assert result.method == "optimal"
        assert result.bound == result.objective


def test_greedy_fallback_without_the_solver_is_valid_and_reports_its_bound():
    problem = _small_event(4)
    result = s.solve(problem, use_solver=False)
    assert result.method in ("heuristic", "optimal")
    assert s.violations(problem, result.placements) == []
    assert result.bound >= result.objective
    assert 0 <= result.gap < 1


def test_booked_meetings_stay_and_count():
    problem = s.Problem(
        [1, 2],
        [s.Table(9, 1)],
        [s.Request(1, 10, 11), s.Request(2, 10, 12), s.Request(3, 11, 12)],
        1,
        booked=[s.Booked(1, 10, 11, 1, 9)],
    )
    result = s.solve(problem)
    # 10 and 11 have used their one meeting; only 12 is left, with nobody free to meet.
    assert result.placements == []
    assert s.violations(problem, result.placements) == []
