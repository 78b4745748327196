"""The fast schedule: greedy placement, repairs that move one meeting, and
b-matching augmentation by alternating paths."""

from __future__ import annotations

import time
from collections import defaultdict

from .problem import Problem, Request, State, open_requests, simple_bound


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
    state = State(problem)
    request_of = {r.id: r for r in problem.requests}
    chosen: dict[int, int] = dict(placed or {})
    for request_id, slot in chosen.items():
        state.place(request_of[request_id], slot)
    candidates = [
        r
        for r in (requests if requests is not None else open_requests(problem))
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


def _people_limits(problem: Problem, state: State) -> dict[int, int]:
    """How many more meetings each person can take: their maximum less what is booked,
    and never more than their free slots."""
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
    state = State(problem)
    limits = _people_limits(problem, state)
    chosen = set(selected)
    requests = [r for r in open_requests(problem) if state.free_slots(r)]
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


def _repair(problem: Problem, state: State, chosen: dict[int, int], waiting: list[Request]) -> None:
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
