"""Who may submit an entry: pure checks over plain data, explained in words.

Age is counted in completed years on the day of the submission deadline, in the
challenge's own time zone, from the date of birth each team member declared on their
profile (private; `profiles.Profile.date_of_birth`). Residence is the profile's country.
Every member of the team (the lead and those who accepted) must meet the age and
residence rules; the entry's sector must be one of the challenge's sectors, and the
team's size (lead included) must lie within the challenge's range."""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from django_countries import countries


@dataclass(frozen=True)
class Person:
    name: str
    date_of_birth: date | None
    country: str


@dataclass(frozen=True)
class Rules:
    deadline: datetime
    time_zone: str = "UTC"
    min_age: int | None = None
    max_age: int | None = None
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    min_team_size: int = 1
    max_team_size: int = 5


def age_on(born: date, day: date) -> int:
    """Completed years on `day` (born on 29 February: a year older on 1 March)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def reference_day(rules: Rules) -> date:
    return rules.deadline.astimezone(ZoneInfo(rules.time_zone or "UTC")).date()


def problems(team: list[Person], sector: str, rules: Rules) -> list[str]:
    """Why this team may not enter (empty: eligible)."""
    found: list[str] = []
    day = reference_day(rules)
    if rules.min_age is not None or rules.max_age is not None:
        for person in team:
            if person.date_of_birth is None:
                found.append(
                    _("%(name)s has not declared a date of birth (profile, private).")
                    % {"name": person.name}
                )
                continue
            age = age_on(person.date_of_birth, day)
            if rules.min_age is not None and age < rules.min_age:
                found.append(
                    _("%(name)s will be %(age)d on %(day)s; the minimum age is %(min)d.")
                    % {"name": person.name, "age": age, "day": day, "min": rules.min_age}
                )
            if rules.max_age is not None and age > rules.max_age:
                found.append(
                    _("%(name)s will be %(age)d on %(day)s; the maximum age is %(max)d.")
                    % {"name": person.name, "age": age, "day": day, "max": rules.max_age}
                )
    if rules.countries:
        for person in team:
            if person.country not in rules.countries:
                found.append(
                    _("%(name)s must live in one of: %(countries)s.")
                    % {
                        "name": person.name,
                        "countries": ", ".join(str(countries.name(c)) for c in rules.countries),
                    }
                )
    if rules.sectors and sector not in rules.sectors:
        found.append(_("Choose one of the challenge's sectors for the entry."))
    size = len(team)
    if size < rules.min_team_size or size > rules.max_team_size:
        found.append(
            _("Teams have %(min)d to %(max)d people (lead included); yours has %(size)d.")
            % {"min": rules.min_team_size, "max": rules.max_team_size, "size": size}
        )
    return found
