"""Learning tracks: ordered resources and each member's progress."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import add_resource, make_track


def test_a_track_lists_its_steps_in_order_with_my_progress(client, member, publisher):
    first = add_resource(publisher, title="Step one: funding basics")
    second = add_resource(publisher, title="Step two: budgets")
    third = add_resource(publisher, title="Step three: reporting")
    track = make_track([first, second, third])
    client.force_login(member)
    page = client.get(track.get_absolute_url()).content.decode()
    assert page.index("Step one") < page.index("Step two") < page.index("Step three")
    assert "0 of 3 done" in page
    client.post(f"/resources/{first.pk}/done/", {"next": track.get_absolute_url()})
    page = client.get(track.get_absolute_url()).content.decode()
    assert "1 of 3 done" in page
    assert f'Next: <a href="{second.get_absolute_url()}">' in page
    for resource in (second, third):
        client.post(f"/resources/{resource.pk}/done/")
    assert "You have completed this track" in client.get(track.get_absolute_url()).content.decode()
    listing = client.get("/resources/tracks/").content.decode()
    assert "3 of 3 done" in listing
    client.post(f"/resources/{third.pk}/undone/")
    assert "2 of 3 done" in client.get("/resources/tracks/").content.decode()


def test_progress_is_personal(client, member, other_member, publisher):
    resource = add_resource(publisher)
    track = make_track([resource])
    client.force_login(member)
    client.post(f"/resources/{resource.pk}/done/")
    client.force_login(other_member)
    assert "0 of 1 done" in client.get(track.get_absolute_url()).content.decode()


def test_visitors_see_public_steps_only(client, publisher):
    public = add_resource(publisher, title="Public step")
    hidden = add_resource(publisher, title="Members step", visibility="members")
    track = make_track([public, hidden])
    page = client.get(track.get_absolute_url()).content.decode()
    assert "Public step" in page and "Members step" not in page
    assert "1 step" in client.get("/resources/tracks/").content.decode()


def test_unknown_track_is_404(client, db):
    assert client.get("/resources/tracks/nothing/").status_code == 404


def test_track_queries_are_constant(client, member, publisher):
    client.force_login(member)
    few_resources = [add_resource(publisher, title=f"R{n}") for n in range(2)]
    track = make_track(few_resources)
    make_track(few_resources, title="Other", slug="other")

    def count(url):
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        return len(context.captured_queries)

    few_detail, few_list = count(track.get_absolute_url()), count("/resources/tracks/")
    from creativetracks.resources.models import TrackStep

    for n in range(20):
        resource = add_resource(publisher, title=f"More {n}")
        TrackStep.objects.create(track=track, resource=resource, position=10 + n)
        make_track([resource], title=f"T{n}", slug=f"t{n}")
    assert count(track.get_absolute_url()) == few_detail
    assert count("/resources/tracks/") == few_list
