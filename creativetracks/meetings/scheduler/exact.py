"""The exact solver (OR-Tools CP-SAT) started from the fast schedule, and `solve`,
which chooses between them and reports the bound."""

from __future__ import annotations

import time
from collections import defaultdict

from .heuristic import heuristic
from .problem import Problem, Progress, Result, State, assign_tables, open_requests, simple_bound


def solve(
    problem: Problem,
    *,
    weighted: bool = False,
    time_limit: float = 20.0,
    workers: int = 2,
    use_solver: bool = True,
    progress: Progress | None = None,
) -> Result:
    """The best schedule found within `time_limit` seconds, with its bound."""
    began = time.monotonic()
    report = progress or (lambda phase, share: None)
    weights = {r.id: (r.weight if weighted else 1) for r in problem.requests}
    report("fast schedule", 0.05)
    start = heuristic(problem, weighted, deadline=began + time_limit / 2)
    greedy_objective = sum(weights[r] for r in start)
    best, method, note = start, "heuristic", ""
    bound = simple_bound(problem, weighted)
    if use_solver and greedy_objective < bound:
        try:
            solved = _solve_exactly(problem, weights, start, time_limit, workers, report)
        except ImportError:
            note = "OR-Tools is not installed: the fast schedule is used."
        else:
            if solved is None:
                note = "The solver found no schedule in time: the fast schedule is used."
            else:
                chosen, solver_bound, optimal = solved
                bound = min(bound, solver_bound)
                if sum(weights[r] for r in chosen) >= greedy_objective:
                    best = chosen
                    method = "optimal" if optimal else "solver"
    if greedy_objective >= bound:
        method = "optimal"  # the fast schedule reaches the bound
    objective = sum(weights[r] for r in best)
    report("tables", 0.95)
    placements = assign_tables(problem, best)
    return Result(
        placements=placements,
        placed=len(best),
        objective=objective,
        bound=max(bound, objective),
        greedy_placed=len(start),
        greedy_objective=greedy_objective,
        method=method,
        seconds=time.monotonic() - began,
        note=note,
    )


def _solve_exactly(
    problem: Problem,
    weights: dict[int, int],
    hint: dict[int, int],
    time_limit: float,
    workers: int,
    report: Progress,
) -> tuple[dict[int, int], int, bool] | None:
    from ortools.sat.python import cp_model

    began = time.monotonic()
    state = State(problem)
    model = cp_model.CpModel()
    requests = open_requests(problem)
    by_person_slot: dict[tuple[int, int], list] = defaultdict(list)
    by_slot: dict[int, list] = defaultdict(list)
    by_person: dict[int, list] = defaultdict(list)
    variables: list[tuple[int, int, object]] = []
    objective = []
    report("model", 0.1)
    for request in requests:
        slots = state.free_slots(request)
        if not slots:
            continue
        row = []
        for slot in slots:
            var = model.new_bool_var("")
            variables.append((request.id, slot, var))
            row.append(var)
            by_person_slot[(request.first, slot)].append(var)
            by_person_slot[(request.second, slot)].append(var)
            by_slot[slot].append(var)
            if hint.get(request.id) == slot:
                model.add_hint(var, True)
            else:
                model.add_hint(var, False)
        if len(row) > 1:
            model.add_at_most_one(row)
        by_person[request.first].extend(row)
        by_person[request.second].extend(row)
        objective.append(weights[request.id] * sum(row))
    for group in by_person_slot.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    for slot, group in by_slot.items():
        if len(group) > state.room[slot]:
            model.add(sum(group) <= state.room[slot])
    for person, group in by_person.items():
        left = problem.max_meetings - state.count[person]
        if len(group) > left:
            model.add(sum(group) <= left)
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    remaining = max(1.0, time_limit - (time.monotonic() - began))
    solver.parameters.max_time_in_seconds = remaining
    solver.parameters.num_workers = max(1, workers)

    class Reporter(cp_model.CpSolverSolutionCallback):
        def __init__(self):
            super().__init__()
            self.last = 0.0

        def on_solution_callback(self):
            now = time.monotonic()
            if now - self.last >= 1.0:
                self.last = now
                report("solving", min(0.9, 0.15 + 0.75 * (now - began) / time_limit))

    report("solving", 0.15)
    status = solver.solve(model, Reporter())
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    chosen = {request: slot for request, slot, var in variables if solver.boolean_value(var)}
    return chosen, int(solver.best_objective_bound + 1e-6), status == cp_model.OPTIMAL
