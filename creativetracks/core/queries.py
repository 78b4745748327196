from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Model, QuerySet
from django.utils import translation

from . import cache
from .models import Partner

# What the home page shows visitors is cached (core.cache): figures for every viewer,
# the whole page for visitors. Both are dropped when a row they depend on changes.
HOME = "home"
FIGURES = "figures"


def consortium() -> QuerySet[Partner]:
    return Partner.objects.order_by("position", "name")


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int


# Apps add their own figures (countries reached, networks, events...) from their
# AppConfig.ready(), so core needs no knowledge of the apps above it.
_FIGURES: list[tuple[int, str, object, Callable[[], int]]] = []


def _watch(source: Callable, depends_on: Iterable[str | type[Model]] | None) -> None:
    """Drop the cached home page and figures when what `source` reads changes: the
    models or app labels of `depends_on`, by default every model of `source`'s app."""
    if depends_on is None:
        config = apps.get_containing_app_config(source.__module__)
        depends_on = [config.label] if config else []
    for dependency in depends_on:
        if isinstance(dependency, str):
            cache.invalidate_on_app_change(dependency, HOME, FIGURES)
        else:
            cache.invalidate_on_change([HOME, FIGURES], dependency)


def register_figure(
    key: str,
    label,
    count: Callable[[], int],
    *,
    position: int,
    depends_on: Iterable[str | type[Model]] | None = None,
) -> None:
    if key not in {k for _, k, _, _ in _FIGURES}:
        _FIGURES.append((position, key, label, count))
        _FIGURES.sort(key=lambda entry: entry[0])
        _watch(count, depends_on)


def headline_figures() -> dict[str, Figure]:
    """The figures on the home page, counted from the data (never typed in); cached,
    and counted again after any write to what they count."""

    def count_all() -> dict[str, Figure]:
        return {key: Figure(key, str(label), count()) for _, key, label, count in _FIGURES}

    return cache.cached(FIGURES, ("headline", translation.get_language()), count_all)


@dataclass(frozen=True)
class HomeSection:
    key: str
    template: str
    context: dict


# Apps add sections to the home page (featured labs, upcoming events...) the same way:
# `context(request)` returns the template's context, or None to leave the section out.
_HOME_SECTIONS: list[tuple[int, str, str, Callable]] = []


def register_home_section(
    key: str,
    template: str,
    context: Callable,
    *,
    position: int,
    depends_on: Iterable[str | type[Model]] | None = None,
) -> None:
    if key not in {k for _, k, _, _ in _HOME_SECTIONS}:
        _HOME_SECTIONS.append((position, key, template, context))
        _HOME_SECTIONS.sort(key=lambda entry: entry[0])
        _watch(context, depends_on)


def home_sections(request) -> list[HomeSection]:
    sections = []
    for _, key, template, context in _HOME_SECTIONS:
        values = context(request)
        if values is not None:
            sections.append(HomeSection(key, template, values))
    return sections


def active_member_count() -> int:
    return get_user_model().objects.filter(is_active=True).count()


def partner_count() -> int:
    return Partner.objects.count()


def partner_country_count() -> int:
    return Partner.objects.values("country").distinct().count()
