"""Periodic work: apps register tasks here from AppConfig.ready(); the clock
(`manage.py run_clock`) queues every registered task on each tick.

A registered task takes no arguments and must be idempotent: a tick may come twice,
or two clocks may run during a deploy."""

_PERIODIC: dict[str, object] = {}


def register_periodic(task) -> None:
    _PERIODIC[task.module_path] = task


def periodic_tasks() -> list:
    return list(_PERIODIC.values())
