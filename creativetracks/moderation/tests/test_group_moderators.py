"""Members of the `Moderators` group who are not staff see withheld content where they
act: from the queue, in context, on its own page, like staff."""

import pytest
from django.contrib.auth.models import Group

from conftest import make_user
from creativetracks.labs.services import post_comment
from creativetracks.moderation import services
from creativetracks.moderation.models import AccountFlag

from .conftest import report

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_moderator(db):
    user = make_user("groupmod@example.org", display_name="Gia Groupmod")
    user.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    return user


def hide(moderator, reporter, type_key, obj):
    filed = report(reporter, type_key, obj)
    services.hide_reported_content(moderator, filed, "Spam")
    return filed


def test_a_group_moderator_sees_hidden_content_in_context(
    client, group_moderator, reporter, author, lab, other_member
):
    comment = post_comment(author, lab, "Visit my shop")
    filed = hide(group_moderator, reporter, "comment", comment)
    hide(group_moderator, reporter, "profile", author.profile)
    client.force_login(group_moderator)
    detail = client.get(f"/moderation/reports/{filed.pk}/")
    assert detail.status_code == 200 and "Visit my shop" in detail.text
    assert "Visit my shop" in client.get(lab.get_absolute_url()).text
    assert client.get(author.profile.get_absolute_url()).status_code == 200
    hide(group_moderator, reporter, "lab", lab)
    assert client.get(lab.get_absolute_url()).status_code == 200
    # Other members still don't see any of it.
    client.force_login(other_member)
    assert client.get(lab.get_absolute_url()).status_code == 404
    assert client.get(author.profile.get_absolute_url()).status_code == 404


def test_a_group_moderator_sees_a_held_post_in_context(client, group_moderator, reporter, lab):
    services.flag_account(reporter, AccountFlag.Signal.MODERATOR)
    post_comment(reporter, lab, "Held words here")
    client.force_login(group_moderator)
    assert "Held words here" in client.get("/moderation/").text
    assert "Held words here" in client.get(lab.get_absolute_url()).text
    client.logout()
    assert "Held words here" not in client.get(lab.get_absolute_url()).text
