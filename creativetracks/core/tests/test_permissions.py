import pytest
from django.contrib.auth.models import AnonymousUser

from creativetracks.core.models import Partner
from creativetracks.core.permissions import (
    is_partner_staff,
    is_partner_staff_or_staff,
    is_platform_staff,
)


@pytest.mark.django_db
def test_partner_staff_is_whoever_a_partner_lists_as_staff(member, other_member, staff_user):
    partner = Partner.objects.create(name="INOVA+", slug="inova", country="PT", summary="Leader")
    partner.staff.add(member)
    assert is_partner_staff(member)
    assert not is_partner_staff(other_member)
    assert not is_partner_staff(AnonymousUser())
    assert not is_partner_staff(staff_user)
    assert is_partner_staff_or_staff(staff_user)
    assert is_platform_staff(staff_user) and not is_platform_staff(member)
