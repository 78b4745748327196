"""The scheduler's problem and result as plain data, the state a schedule is built
in, bounds, table filling and the rule check every result goes through."""

from __future__ import annotations

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


class State:
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


def open_requests(problem: Problem) -> list[Request]:
    booked = {b.request for b in problem.booked}
    return [r for r in problem.requests if r.id not in booked and r.first != r.second]


def simple_bound(problem: Problem, weighted: bool = False) -> int:
    """An upper bound without a solver: no more meetings than slot room, than requests,
    than half the meetings people can still take (weights: the heaviest that fit)."""
    state = State(problem)
    requests = open_requests(problem)
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
