"""Who may apply: a pure function from a person and an opportunity's criteria to
"eligible", "not eligible" or "can't tell", with the reasons in words.

Rules (an empty criterion means "no restriction"):
- nationality: at least one of the person's nationalities is listed;
- residence: the person's country (of the profile) is listed;
- destination (mobility grants only): a mobility grant pays for travel, so a person
  whose only possible destination is the country they live in is not eligible;
- sectors and career stages: at least one in common;
- age: counted on the deadline's date in the deadline's time zone (for a rolling call,
  on `today`); `max_age` 35 means "not yet 36 on the deadline".
Any unmet criterion makes the person not eligible; otherwise any unknown answer
(missing date of birth, no nationality given ...) makes it "can't tell".
"""

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.geography import CONTINENTS

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Applicant:
    date_of_birth: date | None = None
    nationalities: tuple[str, ...] = ()
    residence: str = ""
    sectors: tuple[str, ...] = ()
    career_stage: str = ""

    @classmethod
    def from_profile(cls, profile) -> "Applicant":
        return cls(
            date_of_birth=profile.date_of_birth,
            nationalities=tuple(profile.nationalities or ()),
            residence=str(profile.country or ""),
            sectors=tuple(profile.sectors or ()),
            career_stage=profile.career_stage or "",
        )


@dataclass(frozen=True)
class Criteria:
    kind: str = ""
    deadline: datetime | None = None
    deadline_time_zone: str = "UTC"
    nationalities: tuple[str, ...] = ()
    residence_countries: tuple[str, ...] = ()
    destination_countries: tuple[str, ...] = ()
    destination_regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    career_stages: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None

    FIELDS = (
        "kind",
        "deadline",
        "deadline_time_zone",
        "nationalities",
        "residence_countries",
        "destination_countries",
        "destination_regions",
        "sectors",
        "career_stages",
        "min_age",
        "max_age",
    )

    @classmethod
    def of(cls, opportunity) -> "Criteria":
        values = {}
        for name in cls.FIELDS:
            value = getattr(opportunity, name)
            values[name] = tuple(value or ()) if isinstance(value, list | tuple) else value
        return cls(**values)


@dataclass
class Verdict:
    status: str
    reasons: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return self.status == ELIGIBLE

    @property
    def label(self) -> str:
        return {
            ELIGIBLE: _("You are eligible"),
            NOT_ELIGIBLE: _("You are not eligible"),
            UNKNOWN: _("We can't tell if you are eligible"),
        }[self.status]


def age_on(born: date, day: date) -> int:
    """Completed years on `day` (someone born on 29 February has their birthday on
    1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def names(codes) -> str:
    return ", ".join(str(countries.name(code)) or code for code in codes)


def region_names(codes) -> str:
    labels = dict(CONTINENTS)
    return ", ".join(str(labels.get(code, code)) for code in codes)


def labels_of(choices, values) -> str:
    mapping = dict(choices)
    return ", ".join(str(mapping.get(value, value)) for value in values)


def reference_day(criteria: Criteria, today: date) -> date:
    if criteria.deadline is None:
        return today
    zone = zoneinfo.ZoneInfo(criteria.deadline_time_zone or "UTC")
    return criteria.deadline.astimezone(zone).date()


def assess(person: Applicant | None, criteria: Criteria, today: date) -> Verdict:
    """Whether `person` may apply, and why (see the module's rules)."""
    if person is None:
        return Verdict(UNKNOWN, [_("Sign in and complete your profile to see if you can apply.")])
    failed: list[str] = []
    unknown: list[str] = []
    met: list[str] = []

    if criteria.nationalities:
        listed = set(criteria.nationalities)
        if not person.nationalities:
            unknown.append(
                _("Open to nationals of %(list)s; add your nationality to your profile.")
                % {"list": names(criteria.nationalities)}
            )
        elif listed & set(person.nationalities):
            met.append(
                _("Your nationality (%(list)s) is accepted.")
                % {"list": names(sorted(listed & set(person.nationalities)))}
            )
        else:
            failed.append(
                _("Open to nationals of %(list)s only.") % {"list": names(criteria.nationalities)}
            )

    if criteria.residence_countries:
        if not person.residence:
            unknown.append(
                _("Open to residents of %(list)s; add your country to your profile.")
                % {"list": names(criteria.residence_countries)}
            )
        elif person.residence in criteria.residence_countries:
            met.append(_("You live in %(country)s.") % {"country": names([person.residence])})
        else:
            failed.append(
                _("Open to residents of %(list)s; you live in %(country)s.")
                % {
                    "list": names(criteria.residence_countries),
                    "country": names([person.residence]),
                }
            )

    if criteria.kind == "mobility" and (
        criteria.destination_countries or criteria.destination_regions
    ):
        if not person.residence:
            unknown.append(
                _("A mobility grant funds travel abroad; add your country to your profile.")
            )
        elif not criteria.destination_regions and set(criteria.destination_countries) == {
            person.residence
        }:
            failed.append(
                _("This grant funds travel to %(country)s, where you already live.")
                % {"country": names([person.residence])}
            )
        else:
            met.append(_("You can travel to a destination abroad."))

    if criteria.sectors:
        if not person.sectors:
            unknown.append(
                _("For the sectors %(list)s; add your sectors to your profile.")
                % {"list": labels_of(taxonomy.SECTORS, criteria.sectors)}
            )
        elif set(criteria.sectors) & set(person.sectors):
            met.append(_("Your sector is accepted."))
        else:
            failed.append(
                _("For the sectors %(list)s only.")
                % {"list": labels_of(taxonomy.SECTORS, criteria.sectors)}
            )

    if criteria.career_stages:
        if not person.career_stage:
            unknown.append(
                _("For careers that are %(list)s; add your career stage to your profile.")
                % {"list": labels_of(taxonomy.CAREER_STAGES, criteria.career_stages).lower()}
            )
        elif person.career_stage in criteria.career_stages:
            met.append(_("Your career stage is accepted."))
        else:
            failed.append(
                _("For careers that are %(list)s only.")
                % {"list": labels_of(taxonomy.CAREER_STAGES, criteria.career_stages).lower()}
            )

    if criteria.min_age is not None or criteria.max_age is not None:
        day = reference_day(criteria, today)
        if criteria.min_age is not None and criteria.max_age is not None:
            rule = _("aged %(min)s to %(max)s") % {"min": criteria.min_age, "max": criteria.max_age}
        elif criteria.min_age is not None:
            rule = _("aged %(min)s or over") % {"min": criteria.min_age}
        else:
            rule = _("aged %(max)s or under") % {"max": criteria.max_age}
        when = _("on the deadline") if criteria.deadline else _("today")
        if person.date_of_birth is None:
            unknown.append(
                _(
                    "For people %(rule)s %(when)s; add your date of birth (kept private) to your profile."
                )
                % {"rule": rule, "when": when}
            )
        else:
            age = age_on(person.date_of_birth, day)
            too_young = criteria.min_age is not None and age < criteria.min_age
            too_old = criteria.max_age is not None and age > criteria.max_age
            if too_young or too_old:
                failed.append(
                    _("For people %(rule)s %(when)s; you will be %(age)s.")
                    % {"rule": rule, "when": when, "age": age}
                    if criteria.deadline
                    else _("For people %(rule)s %(when)s; you are %(age)s.")
                    % {"rule": rule, "when": when, "age": age}
                )
            else:
                met.append(
                    _("Your age (%(age)s %(when)s) is within the limits.")
                    % {"age": age, "when": when}
                )

    if failed:
        return Verdict(NOT_ELIGIBLE, failed)
    if unknown:
        return Verdict(UNKNOWN, unknown)
    return Verdict(ELIGIBLE, met or [_("This opportunity is open to everyone.")])
