"""The matching algorithm, directly: examples, then properties with hypothesis."""

from hypothesis import given, settings
from hypothesis import strategies as st

from creativetracks.mentoring.matching import MenteeIn, MentorIn, blocking_pairs, fit, match

LANGS = ["en", "pt", "fr", "es", "zh"]
SECTORS = ["design", "music", "crafts", "games"]


def mentee(i, langs=("en",), **kw):
    return MenteeIn(id=i, languages=frozenset(langs), **kw)


def mentor(i, capacity=1, langs=("en",), **kw):
    return MentorIn(id=i, capacity=capacity, languages=frozenset(langs), **kw)


def test_everyone_ranks_the_same_mentor_the_best_fits_get_her():
    star = mentor(1, capacity=1, sectors=frozenset({"design"}))
    other = mentor(2, capacity=1)
    a = mentee(10, sectors=frozenset({"design"}), ranking=(1,))
    b = mentee(11, ranking=(1,))
    result = match([a, b], [star, other])
    assert result.mentor_of() == {10: 1, 11: 2}
    assert blocking_pairs([a, b], [star, other], result) == []


def test_no_pair_without_a_shared_language():
    result = match([mentee(1, langs=("zh",))], [mentor(1, langs=("pt",))])
    assert result.suggestions == []
    assert result.unmatched == [1]


def test_a_mentor_ranking_beats_fit():
    chooser = mentor(1, capacity=1, sectors=frozenset({"music"}), ranking=(11,))
    fits = mentee(10, sectors=frozenset({"music"}))
    chosen = mentee(11)
    result = match([fits, chosen], [chooser])
    assert result.mentor_of() == {11: 1}
    assert "The mentor's choice no. 1" in result.suggestions[0].reasons


def test_locked_pairs_stay_and_use_up_capacity():
    a, b = mentee(1, sectors=frozenset({"design"})), mentee(2)
    r = mentor(1, capacity=1, sectors=frozenset({"design"}))
    result = match([a, b], [r], locked=[(2, 1)])
    assert result.mentor_of() == {2: 1}
    assert result.unmatched == [1]
    assert result.suggestions[0].locked
    assert result.suggestions[0].reasons[0] == "Locked by the organisers"


def test_every_suggestion_says_why():
    a = mentee(
        1,
        langs=("pt", "en"),
        sectors=frozenset({"crafts"}),
        goals="Find funding abroad",
        country="BR",
    )
    r = mentor(
        1,
        langs=("pt",),
        sectors=frozenset({"crafts"}),
        expertise=("funding",),
        countries=frozenset({"BR"}),
    )
    score, reasons = fit(a, r)
    assert score > 0
    assert reasons == [
        "Both speak Portuguese",
        "Shared sectors: Crafts",
        "Expertise matching the goals: funding",
        "Knows the mentee's country (BR)",
    ]


languages = st.frozensets(st.sampled_from(LANGS), min_size=1, max_size=2)
sectors = st.frozensets(st.sampled_from(SECTORS), max_size=2)


@st.composite
def markets(draw):
    mentor_ids = list(range(1, draw(st.integers(1, 6)) + 1))
    mentee_ids = list(range(100, 100 + draw(st.integers(0, 14))))
    mentors = [
        MentorIn(
            id=i,
            capacity=draw(st.integers(0, 3)),
            languages=draw(languages),
            sectors=draw(sectors),
            countries=draw(st.frozensets(st.sampled_from(["BR", "PT", "GB"]), max_size=2)),
            ranking=tuple(draw(st.lists(st.sampled_from(mentee_ids), max_size=3)))
            if mentee_ids and draw(st.booleans())
            else (),
        )
        for i in mentor_ids
    ]
    mentees = [
        MenteeIn(
            id=i,
            languages=draw(languages),
            sectors=draw(sectors),
            country=draw(st.sampled_from(["", "BR", "PT", "GB"])),
            ranking=tuple(draw(st.lists(st.sampled_from(mentor_ids), max_size=3))),
        )
        for i in mentee_ids
    ]
    return mentees, mentors


@settings(max_examples=200, deadline=None)
@given(markets())
def test_never_exceeds_a_capacity(market):
    mentees, mentors = market
    result = match(mentees, mentors)
    for r in mentors:
        assert sum(1 for s in result.suggestions if s.mentor_id == r.id) <= r.capacity


@settings(max_examples=200, deadline=None)
@given(markets())
def test_never_pairs_people_without_a_shared_language(market):
    mentees, mentors = market
    by_id = {r.id: r for r in mentors}
    for s in match(mentees, mentors).suggestions:
        mentee_langs = next(m.languages for m in mentees if m.id == s.mentee_id)
        assert mentee_langs & by_id[s.mentor_id].languages


@settings(max_examples=200, deadline=None)
@given(markets())
def test_leaves_no_blocking_pair(market):
    mentees, mentors = market
    result = match(mentees, mentors)
    assert blocking_pairs(mentees, mentors, result) == []


@settings(max_examples=200, deadline=None)
@given(markets())
def test_each_mentee_once_and_every_suggestion_with_reasons(market):
    mentees, mentors = market
    result = match(mentees, mentors)
    paired = [s.mentee_id for s in result.suggestions]
    assert len(paired) == len(set(paired))
    assert set(paired) | set(result.unmatched) == {m.id for m in mentees}
    assert all(s.reasons for s in result.suggestions)


@settings(max_examples=200, deadline=None)
@given(markets(), st.data())
def test_locked_pairs_are_kept_and_capacity_still_holds(market, data):
    mentees, mentors = market
    # Lock a few pairs that share a language and fit in the capacity.
    locks, used = [], {}
    for m in mentees:
        options = [
            r for r in mentors if r.languages & m.languages and used.get(r.id, 0) < r.capacity
        ]
        if options and data.draw(st.booleans()):
            r = data.draw(st.sampled_from(options))
            locks.append((m.id, r.id))
            used[r.id] = used.get(r.id, 0) + 1
    result = match(mentees, mentors, locks)
    assigned = result.mentor_of()
    assert all(assigned[m] == r for m, r in locks)
    for r in mentors:
        assert sum(1 for s in result.suggestions if s.mentor_id == r.id) <= r.capacity


def test_the_checker_finds_a_blocking_pair():
    """The property above can fail: a hand-made unstable assignment is caught."""
    from creativetracks.mentoring.matching import Result, Suggestion

    a = mentee(1, sectors=frozenset({"design"}))
    good, poor = mentor(1, sectors=frozenset({"design"})), mentor(2)
    unstable = Result(suggestions=[Suggestion(1, 2, 1.0, ("x",))], unmatched=[])
    assert blocking_pairs([a], [good, poor], unstable) == [(1, 1)]
