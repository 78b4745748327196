"""The eligibility rules, unit-tested on their boundaries (a pure function)."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from creativetracks.opportunities.eligibility import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN,
    Applicant,
    Criteria,
    age_on,
    assess,
)

TODAY = date(2026, 11, 26)


def deadline(day: date, hour: int = 12, tz: str = "UTC") -> dict:
    return {
        "deadline": datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
        "deadline_time_zone": tz,
    }


def test_no_criteria_means_everyone_is_eligible():
    verdict = assess(Applicant(), Criteria(), TODAY)
    assert verdict.status == ELIGIBLE
    assert verdict.reasons


def test_visitors_cant_be_told():
    assert assess(None, Criteria(), TODAY).status == UNKNOWN


# Age, counted on the deadline ------------------------------------------------------


def test_turning_36_on_the_deadline_day_is_too_old_for_18_to_35():
    criteria = Criteria(max_age=35, min_age=18, **deadline(date(2027, 3, 1)))
    assert assess(Applicant(date_of_birth=date(1991, 3, 1)), criteria, TODAY).status == NOT_ELIGIBLE
    # One day younger: still 35 on the deadline.
    assert assess(Applicant(date_of_birth=date(1991, 3, 2)), criteria, TODAY).status == ELIGIBLE


def test_age_is_counted_on_the_deadline_not_today():
    criteria = Criteria(max_age=30, **deadline(date(2027, 6, 1)))
    # 30 today, 31 by the deadline.
    verdict = assess(Applicant(date_of_birth=date(1996, 1, 1)), criteria, TODAY)
    assert verdict.status == NOT_ELIGIBLE
    assert "you will be 31" in verdict.reasons[0]


def test_turning_18_on_the_deadline_is_old_enough():
    criteria = Criteria(min_age=18, **deadline(date(2027, 1, 10)))
    assert assess(Applicant(date_of_birth=date(2009, 1, 10)), criteria, TODAY).status == ELIGIBLE
    assert (
        assess(Applicant(date_of_birth=date(2009, 1, 11)), criteria, TODAY).status == NOT_ELIGIBLE
    )


def test_age_uses_the_date_in_the_deadlines_time_zone():
    # 23:30 UTC on 9 January is already 10 January in Tokyo: the birthday counts.
    criteria = Criteria(
        min_age=18,
        deadline=datetime(2027, 1, 9, 23, 30, tzinfo=UTC),
        deadline_time_zone="Asia/Tokyo",
    )
    assert assess(Applicant(date_of_birth=date(2009, 1, 10)), criteria, TODAY).status == ELIGIBLE
    criteria_utc = Criteria(
        min_age=18, deadline=datetime(2027, 1, 9, 23, 30, tzinfo=UTC), deadline_time_zone="UTC"
    )
    assert (
        assess(Applicant(date_of_birth=date(2009, 1, 10)), criteria_utc, TODAY).status
        == NOT_ELIGIBLE
    )


def test_rolling_calls_count_age_today():
    criteria = Criteria(max_age=30)
    assert assess(Applicant(date_of_birth=date(1996, 11, 27)), criteria, TODAY).status == ELIGIBLE
    assert (
        assess(Applicant(date_of_birth=date(1995, 11, 26)), criteria, TODAY).status == NOT_ELIGIBLE
    )


def test_leap_day_birthdays():
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_missing_date_of_birth_cant_tell():
    verdict = assess(Applicant(), Criteria(max_age=35), TODAY)
    assert verdict.status == UNKNOWN
    assert "date of birth" in verdict.reasons[0]


# Nationality versus residence ----------------------------------------------------


def test_nationality_and_residence_are_different_questions():
    brazilian_in_portugal = Applicant(nationalities=("BR",), residence="PT")
    assert (
        assess(brazilian_in_portugal, Criteria(residence_countries=("PT",)), TODAY).status
        == ELIGIBLE
    )
    verdict = assess(brazilian_in_portugal, Criteria(nationalities=("PT",)), TODAY)
    assert verdict.status == NOT_ELIGIBLE
    assert "nationals of Portugal" in verdict.reasons[0]


def test_any_of_several_nationalities_is_enough():
    dual = Applicant(nationalities=("MZ", "PT"), residence="ZA")
    assert assess(dual, Criteria(nationalities=("PT", "ES")), TODAY).status == ELIGIBLE


def test_residence_outside_the_list_is_not_eligible_with_the_reason():
    verdict = assess(Applicant(residence="BR"), Criteria(residence_countries=("PT", "ES")), TODAY)
    assert verdict.status == NOT_ELIGIBLE
    assert "you live in Brazil" in verdict.reasons[0]


def test_unknown_nationality_cant_tell():
    assert (
        assess(Applicant(residence="PT"), Criteria(nationalities=("PT",)), TODAY).status == UNKNOWN
    )


# Destination (mobility) -------------------------------------------------------------


def test_mobility_to_where_you_live_is_not_eligible():
    criteria = Criteria(kind="mobility", destination_countries=("DE",))
    verdict = assess(Applicant(residence="DE"), criteria, TODAY)
    assert verdict.status == NOT_ELIGIBLE
    assert "where you already live" in verdict.reasons[0]
    assert assess(Applicant(residence="PT"), criteria, TODAY).status == ELIGIBLE


def test_mobility_with_another_destination_too_is_eligible():
    criteria = Criteria(kind="mobility", destination_countries=("DE", "FR"))
    assert assess(Applicant(residence="DE"), criteria, TODAY).status == ELIGIBLE


def test_mobility_to_a_region_is_eligible_from_inside_it():
    criteria = Criteria(kind="mobility", destination_regions=("EU",))
    assert assess(Applicant(residence="PT"), criteria, TODAY).status == ELIGIBLE


def test_destinations_of_other_kinds_are_not_a_criterion():
    criteria = Criteria(kind="residency", destination_countries=("DE",))
    assert assess(Applicant(residence="DE"), criteria, TODAY).status == ELIGIBLE


# Sectors and career stage, and combining -------------------------------------------


def test_sector_and_stage():
    criteria = Criteria(sectors=("music", "design"), career_stages=("emerging",))
    assert (
        assess(Applicant(sectors=("design",), career_stage="emerging"), criteria, TODAY).status
        == ELIGIBLE
    )
    assert (
        assess(Applicant(sectors=("games",), career_stage="emerging"), criteria, TODAY).status
        == NOT_ELIGIBLE
    )
    assert (
        assess(Applicant(sectors=("design",), career_stage="established"), criteria, TODAY).status
        == NOT_ELIGIBLE
    )
    assert assess(Applicant(sectors=("design",)), criteria, TODAY).status == UNKNOWN


def test_a_failed_criterion_wins_over_an_unknown_one():
    criteria = Criteria(residence_countries=("PT",), max_age=35)
    verdict = assess(Applicant(residence="BR"), criteria, TODAY)
    assert verdict.status == NOT_ELIGIBLE
    assert len(verdict.reasons) == 1


@given(
    born=st.dates(min_value=date(1950, 1, 1), max_value=date(2015, 12, 31)),
    low=st.integers(0, 60),
    span=st.integers(0, 30),
)
def test_age_limits_match_age_on_the_deadline(born, low, span):
    day = date(2027, 5, 17)
    criteria = Criteria(min_age=low, max_age=low + span, **deadline(day))
    status = assess(Applicant(date_of_birth=born), criteria, TODAY).status
    assert (status == ELIGIBLE) == (low <= age_on(born, day) <= low + span)
