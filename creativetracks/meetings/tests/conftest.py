import pytest

from .factories import make_matchmaking, make_organiser, make_participant


@pytest.fixture
def organiser(db):
    return make_organiser()


@pytest.fixture
def matchmaking(organiser):
    return make_matchmaking(organiser)


@pytest.fixture
def ana(matchmaking):
    return make_participant(
        matchmaking,
        "ana@example.org",
        "Ana Lisboa",
        "PT",
        offers=["co-production"],
        seeks=["distribution"],
    )


@pytest.fixture
def ben(matchmaking):
    return make_participant(
        matchmaking,
        "ben@example.org",
        "Ben Cardiff",
        "GB",
        offers=["distribution"],
        seeks=["co-production"],
    )


@pytest.fixture
def chen(matchmaking):
    return make_participant(
        matchmaking,
        "chen@example.org",
        "Chen Shanghai",
        "CN",
        offers=["funding"],
        seeks=["advice"],
        sectors=["design"],
    )
