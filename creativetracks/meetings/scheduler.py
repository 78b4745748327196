"""The B2B scheduler: place accepted meeting requests in time slots and at tables.

A pure function of plain data (no ORM), so the algorithm is tested on its own and the
benchmark runs it at any size. The problem: every accepted request becomes at most one
meeting in one slot; a person meets at most one person per slot, never in a slot they
marked unavailable, and at most `max_meetings` times in all; a slot holds at most the
sum of its tables' capacities; meetings already booked stay where they are.

Tables are interchangeable within a slot (every table is there for every slot), so the
optimisation only chooses slots; tables are filled afterwards, slot by slot, which
never loses a meeting. First a fast schedule (`heuristic`: greedy in the earliest free
slot, repairs by moving one meeting, then b-matching augmentation by alternating paths
and a second placement), then the exact solver, OR-Tools CP-SAT, started from it and
stopped at a time limit; CP-SAT reports a proven upper bound, so the gap to the optimum
is known. The fast schedule is the fallback (no solver, a solver error, or a solver
that found nothing better in time).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    id: int
    capacity: int  # meetings held at the same time


@dataclass(frozen=True)
class Request:
    id: int
    first: int  # the two people (any ids)
    second: int
    weight: int = 1  # priority: with weighting on, a weight-3 meeting counts three


@dataclass(frozen=True)
class Booked:
    """A meeting already in the agenda: the scheduler keeps it as it is."""

    request: int
    first: int
    second: int
    slot: int
    table: int


@dataclass
class Problem:
    slots: list[int]  # in time order
    tables: list[Table]
    requests: list[Request]
    max_meetings: int
    unavailable: dict[int, set[int]] = field(default_factory=dict)  # person -> slots
    booked: list[Booked] = field(default_factory=list)


@dataclass
class Placement:
    request: int
    slot: int
    table: int


@dataclass
class Result:
    placements: list[Placement]
    placed: int  # new meetings placed (booked ones not counted)
    objective: int  # sum of weights placed (= placed without weighting)
    bound: int  # proven upper bound of the objective
    greedy_placed: int
    greedy_objective: int
    method: str  # "optimal" (proven), "solver" (CP-SAT's best), "heuristic" (the fast one)
    seconds: float
    note: str = ""

    @property
    def gap(self) -> float:
        """How far the result may be from the optimum, as a share of the bound."""
        if self.bound <= 0:
            return 0.0
        return max(0.0, (self.bound - self.objective) / self.bound)


Progress = Callable[[str, float], None]


class _State:
    """Who is busy when, how full each slot is, how many meetings each person has."""

    def __init__(self, problem: Problem):
        self.problem = problem
        total = sum(t.capacity for t in problem.tables)
        self.room = {slot: total for slot in problem.slots}
        self.busy: dict[int, set[int]] = defaultdict(set)
        self.count: dict[int, int] = defaultdict(int)
        for person, slots in problem.unavailable.items():
            self.busy[person] |= set(slots)
        for meeting in problem.booked:
            if meeting.slot in self.room:
                self.room[meeting.slot] -= 1
            for person in (meeting.first, meeting.second):
                self.busy[person].add(meeting.slot)
                self.count[person] += 1

    def free_slots(self, request: Request) -> list[int]:
        if (
            self.count[request.first] >= self.problem.max_meetings
            or self.count[request.second] >= self.problem.max_meetings
        ):
            return []
        busy = self.busy[request.first] | self.busy[request.second]
        return [s for s in self.problem.slots if s not in busy and self.room[s] > 0]

    def place(self, request: Request, slot: int) -> None:
        self.room[slot] -= 1
        for person in (request.first, request.second):
            self.busy[person].add(slot)
            self.count[person] += 1


def _open_requests(problem: Problem) -> list[Request]:
    booked = {b.request for b in problem.booked}
    return [r for r in problem.requests if r.id not in booked and r.first != r.second]


def greedy(
    problem: Problem,
    weighted: bool = False,
    *,
    requests: list[Request] | None = None,
    placed: dict[int, int] | None = None,
) -> dict[int, int]:
    """Request id -> slot. Heavier requests first, then those with the fewest options
    (the people with the most requests wait), each in its earliest free slot, which
    also keeps agendas compact; then repairs (see `_repair`). `placed` are placements
    to keep and build on; `requests` limits which requests are considered."""
    state = _State(problem)
    request_of = {r.id: r for r in problem.requests}
    chosen: dict[int, int] = dict(placed or {})
    for request_id, slot in chosen.items():
        state.place(request_of[request_id], slot)
    candidates = [
        r
        for r in (requests if requests is not None else _open_requests(problem))
        if r.id not in chosen
    ]
    degree: dict[int, int] = defaultdict(int)
    for r in candidates:
        degree[r.first] += 1
        degree[r.second] += 1
    order = sorted(
        candidates,
        key=lambda r: (
            -(r.weight if weighted else 1),
            max(degree[r.first], degree[r.second]),
            degree[r.first] + degree[r.second],
            r.id,
        ),
    )
    for request in order:
        slots = state.free_slots(request)
        if slots:
            chosen[request.id] = slots[0]
            state.place(request, slots[0])
    _repair(problem, state, chosen, [r for r in order if r.id not in chosen])
    return chosen


def _people_limits(problem: Problem) -> dict[int, int]:
    """How many more meetings each person can take: their maximum less what is booked,
    and never more than their free slots."""
    state = _State(problem)
    limits = {}
    for r in problem.requests:
        for person in (r.first, r.second):
            if person not in limits:
                free = sum(1 for s in problem.slots if s not in state.busy[person])
                limits[person] = max(0, min(free, problem.max_meetings - state.count[person]))
    return limits


def augment(
    problem: Problem,
    selected: set[int],
    *,
    weighted: bool = False,
    deadline: float | None = None,
) -> set[int]:
    """Grow the set of requests chosen to meet, ignoring slots, by alternating paths:
    a person with room left meets someone new, who gives up a meeting with a third
    person, who meets someone else with room left... Each path adds one meeting and
    keeps everyone within their limit (b-matching augmentation). With weighting on, a
    path is taken only when it does not lower the total weight."""
    state = _State(problem)
    limits = _people_limits(problem)
    chosen = set(selected)
    requests = [r for r in _open_requests(problem) if state.free_slots(r)]
    weight = {r.id: (r.weight if weighted else 1) for r in requests}
    ends = {r.id: (r.first, r.second) for r in requests}
    adjacency: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for r in requests:
        adjacency[r.first].append((r.id, r.second))
        adjacency[r.second].append((r.id, r.first))
    used: dict[int, int] = defaultdict(int)
    for request_id in chosen:
        a, b = ends[request_id]
        used[a] += 1
        used[b] += 1
    # Meetings beyond the slots' room can never be placed: stop there.
    room = sum(max(0, v) for v in state.room.values())
    stuck: set[int] = set()
    progress = True
    while progress and len(chosen) < room:
        progress = False
        for start in list(adjacency):
            if len(chosen) >= room:
                break
            if used[start] >= limits.get(start, 0) or start in stuck:
                continue
            if deadline is not None and time.monotonic() > deadline:
                return chosen
            path = _alternating_path(start, adjacency, chosen, used, limits, ends)
            if path is None:
                stuck.add(start)
                continue
            gained = sum(weight[e] for i, e in enumerate(path) if i % 2 == 0)
            lost = sum(weight[e] for i, e in enumerate(path) if i % 2 == 1)
            if gained < lost:
                stuck.add(start)
                continue
            for i, edge in enumerate(path):
                (chosen.add if i % 2 == 0 else chosen.discard)(edge)
            used[start] += 1
            end = _path_end(start, path, ends)
            used[end] += 1
            stuck.discard(end)
            progress = True
    return chosen


def _path_end(start: int, path: list[int], ends: dict[int, tuple[int, int]]) -> int:
    node = start
    for edge in path:
        a, b = ends[edge]
        node = b if node == a else a
    return node


def _alternating_path(start, adjacency, chosen, used, limits, ends) -> list[int] | None:
    """A breadth-first alternating path from `start`: unchosen, chosen, unchosen...
    ending at another person with room left; None when there is none."""
    parent: dict[tuple[int, int], tuple[tuple[int, int], int] | None] = {(start, 0): None}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for edge, other in adjacency[node]:
                if edge in chosen or (other, 1) in parent or other == start:
                    continue
                parent[(other, 1)] = ((node, 0), edge)
                if used[other] < limits.get(other, 0):
                    path = _walk_back(parent, (other, 1))
                    if len(set(path)) == len(path):
                        return path
                    continue
                for edge2, beyond in adjacency[other]:
                    if edge2 in chosen and (beyond, 0) not in parent:
                        parent[(beyond, 0)] = ((other, 1), edge2)
                        following.append(beyond)
        frontier = following
    return None


def _walk_back(parent, state) -> list[int]:
    path = []
    while parent[state] is not None:
        state, edge = parent[state]
        path.append(edge)
    return path[::-1]


def heuristic(
    problem: Problem, weighted: bool = False, deadline: float | None = None
) -> dict[int, int]:
    """The fast schedule: greedy, then more meetings chosen by alternating paths and
    placed in slots, then whatever else still fits; the better of the two."""
    first = greedy(problem, weighted)
    if len(first) >= simple_bound(problem):
        return first
    selected = augment(problem, set(first), weighted=weighted, deadline=deadline)
    if len(selected) <= len(first):
        return first
    request_of = {r.id: r for r in problem.requests}
    second = greedy(problem, weighted, requests=[request_of[i] for i in selected])
    second = greedy(problem, weighted, placed=second)
    weight = {r.id: (r.weight if weighted else 1) for r in problem.requests}
    if sum(weight[i] for i in second) > sum(weight[i] for i in first):
        return second
    return first


def _repair(
    problem: Problem, state: _State, chosen: dict[int, int], waiting: list[Request]
) -> None:
    """Place waiting requests by moving one meeting already placed: when the two people
    have no free slot in common, or the common slot is full, one meeting moves to
    another slot where its two people are free, which frees the slot for the waiting
    one. Repeats while that places something (each move keeps every constraint)."""
    request_of = {r.id: r for r in problem.requests}
    meeting_at: dict[tuple[int, int], int] = {}  # (person, slot) -> request id
    in_slot: dict[int, set[int]] = defaultdict(set)
    for request_id, slot in chosen.items():
        r = request_of[request_id]
        meeting_at[(r.first, slot)] = meeting_at[(r.second, slot)] = request_id
        in_slot[slot].add(request_id)
    fixed = {(b.first, b.slot) for b in problem.booked} | {
        (b.second, b.slot) for b in problem.booked
    }
    unavailable = problem.unavailable

    def free_for(person: int) -> set[int]:
        return {s for s in problem.slots if s not in state.busy[person]}

    def move(request_id: int, to: int) -> None:
        r = request_of[request_id]
        old = chosen[request_id]
        for person in (r.first, r.second):
            state.busy[person].discard(old)
            state.busy[person].add(to)
            del meeting_at[(person, old)]
            meeting_at[(person, to)] = request_id
        state.room[old] += 1
        state.room[to] -= 1
        in_slot[old].discard(request_id)
        in_slot[to].add(request_id)
        chosen[request_id] = to

    def place(r: Request, slot: int) -> None:
        state.place(r, slot)
        chosen[r.id] = slot
        meeting_at[(r.first, slot)] = meeting_at[(r.second, slot)] = r.id
        in_slot[slot].add(r.id)

    def relocate(request_id: int, avoid: int) -> int | None:
        r = request_of[request_id]
        options = free_for(r.first) & free_for(r.second)
        return next(
            (t for t in problem.slots if t in options and t != avoid and state.room[t] > 0), None
        )

    improved = True
    while improved and waiting:
        improved = False
        still: list[Request] = []
        for r in waiting:
            if not any(v > 0 for v in state.room.values()):
                return  # every slot is full: no move can make room
            if (
                state.count[r.first] >= problem.max_meetings
                or state.count[r.second] >= problem.max_meetings
            ):
                still.append(r)
                continue
            done = False
            for slot in problem.slots:
                if slot in unavailable.get(r.first, ()) or slot in unavailable.get(r.second, ()):
                    continue
                blockers = [
                    meeting_at.get((p, slot))
                    for p in (r.first, r.second)
                    if (p, slot) in meeting_at
                ]
                if any((p, slot) in fixed for p in (r.first, r.second)):
                    continue
                blockers = list(dict.fromkeys(blockers))
                if len(blockers) > 1:
                    continue
                if not blockers and state.room[slot] > 0:
                    place(r, slot)
                    done = True
                elif not blockers:
                    # The slot is full: move any meeting out of it.
                    for other in list(in_slot[slot]):
                        target = relocate(other, slot)
                        if target is not None:
                            move(other, target)
                            place(r, slot)
                            done = True
                            break
                else:
                    target = relocate(blockers[0], slot)
                    if target is not None:
                        move(blockers[0], target)
                        if state.room[slot] > 0:
                            place(r, slot)
                            done = True
                if done:
                    improved = True
                    break
            if not done:
                still.append(r)
        waiting = still


def simple_bound(problem: Problem, weighted: bool = False) -> int:
    """An upper bound without a solver: no more meetings than slot room, than requests,
    than half the meetings people can still take (weights: the heaviest that fit)."""
    state = _State(problem)
    requests = _open_requests(problem)
    room = sum(max(0, v) for v in state.room.values())
    per_person: dict[int, int] = defaultdict(int)
    for r in requests:
        per_person[r.first] += 1
        per_person[r.second] += 1
    capacity_of_people = 0
    for person, wanted in per_person.items():
        free = len([s for s in problem.slots if s not in state.busy[person]])
        capacity_of_people += min(wanted, free, max(0, problem.max_meetings - state.count[person]))
    count = min(room, len(requests), capacity_of_people // 2)
    if not weighted:
        return count
    return sum(sorted((r.weight for r in requests), reverse=True)[:count])


def assign_tables(problem: Problem, chosen: dict[int, int]) -> list[Placement]:
    """Fill each slot's tables in their order, around the meetings already booked."""
    used: dict[tuple[int, int], int] = defaultdict(int)
    for meeting in problem.booked:
        used[(meeting.slot, meeting.table)] += 1
    placements = []
    for request_id, slot in sorted(chosen.items(), key=lambda item: (item[1], item[0])):
        for table in problem.tables:
            if used[(slot, table.id)] < table.capacity:
                used[(slot, table.id)] += 1
                placements.append(Placement(request_id, slot, table.id))
                break
        else:  # the slot room said there was space: a bug, never a silent loss
            raise AssertionError(f"No table left in slot {slot}")
    return placements


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
    state = _State(problem)
    model = cp_model.CpModel()
    requests = _open_requests(problem)
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


def violations(problem: Problem, placements: Iterable[Placement]) -> list[str]:
    """Every constraint the placements (plus the booked meetings) break: for tests and
    for a last check before anything is saved."""
    problems: list[str] = []
    request_of = {r.id: r for r in problem.requests}
    capacity = {t.id: t.capacity for t in problem.tables}
    slots = set(problem.slots)
    seen_requests: set[int] = set()
    at_table: dict[tuple[int, int], int] = defaultdict(int)
    person_slot: set[tuple[int, int]] = set()
    meetings: dict[int, int] = defaultdict(int)
    entries = [(b.request, b.first, b.second, b.slot, b.table, True) for b in problem.booked]
    for p in placements:
        request = request_of.get(p.request)
        if request is None:
            problems.append(f"request {p.request} is not an accepted request")
            continue
        entries.append((p.request, request.first, request.second, p.slot, p.table, False))
    for request_id, first, second, slot, table, booked in entries:
        if request_id in seen_requests:
            problems.append(f"request {request_id} placed twice")
        seen_requests.add(request_id)
        if slot not in slots:
            problems.append(f"request {request_id} in unknown slot {slot}")
        if table not in capacity:
            problems.append(f"request {request_id} at unknown table {table}")
        at_table[(slot, table)] += 1
        for person in (first, second):
            if (person, slot) in person_slot:
                problems.append(f"person {person} has two meetings in slot {slot}")
            person_slot.add((person, slot))
            meetings[person] += 1
            if not booked and slot in problem.unavailable.get(person, set()):
                problems.append(f"person {person} is unavailable in slot {slot}")
    for (slot, table), count in at_table.items():
        if count > capacity.get(table, 0):
            problems.append(f"table {table} holds {count} meetings in slot {slot}")
    for person, count in meetings.items():
        if count > problem.max_meetings:
            problems.append(f"person {person} has {count} meetings (max {problem.max_meetings})")
    return problems
