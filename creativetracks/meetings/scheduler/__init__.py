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

from .exact import solve
from .heuristic import augment, greedy, heuristic
from .problem import (
    Booked,
    Placement,
    Problem,
    Progress,
    Request,
    Result,
    Table,
    assign_tables,
    simple_bound,
    violations,
)

__all__ = [
    "Booked",
    "Placement",
    "Problem",
    "Progress",
    "Request",
    "Result",
    "Table",
    "assign_tables",
    "augment",
    "greedy",
    "heuristic",
    "simple_bound",
    "solve",
    "violations",
]
