import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django_ratelimit.exceptions import Ratelimited

from creativetracks.core.ratelimit import limited
from creativetracks.core.views import rate_limited


def test_the_action_is_refused_past_its_rate(settings, member):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": "2/m"}

    @limited("post")
    def view(request):
        return HttpResponse("ok")

    def post():
        request = RequestFactory().post("/x/")
        request.user = member
        return view(request)

    assert post().status_code == 200
    assert post().status_code == 200
    with pytest.raises(Ratelimited):
        post()


def test_refusals_get_a_429_page_that_says_why(rf, db):
    response = rate_limited(rf.get("/"), Ratelimited())
    assert response.status_code == 429
    assert b"Too many attempts" in response.content


def test_unknown_action_is_a_programming_error():
    with pytest.raises(ValueError):
        limited("nothing")
