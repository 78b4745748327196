"""The site's URLs grouped by first segment (core.urlindex) resolve and reverse exactly
as the patterns written in the apps do."""

import re
import types

from django.urls import Resolver404, resolve, reverse
from django.urls.resolvers import RegexPattern, URLPattern, URLResolver

from creativetracks import urls
from creativetracks.core.urlindex import FirstSegmentResolver

SAMPLES = {
    "int": "7",
    "slug": "a-slug",
    "str": "word",
    "path": "some/file.pdf",
    "uuid": "12345678-1234-5678-1234-567812345678",
    "uuidstr": "12345678-1234-5678-1234-567812345678",
}
CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
NAMED_GROUP = re.compile(r"\(\?P<\w+>[^)]*\)")


def _sample(pattern) -> str:
    if isinstance(pattern, RegexPattern):
        return NAMED_GROUP.sub("word", pattern._regex).lstrip("^").rstrip("$").replace("\\", "")
    return CONVERTER.sub(lambda m: SAMPLES[m.group(1) or "str"], str(pattern))


def sample_paths(patterns, prefix="/"):
    for pattern in patterns:
        here = prefix + _sample(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from sample_paths(pattern.url_patterns, here)
        elif isinstance(pattern, URLPattern):
            yield here


def site_paths() -> list[str]:
    return sorted(set(sample_paths(urls.site_patterns))) + [
        "/nothing-here/",
        "/events/a-slug/nothing/here/",
        "/api/v1/nothing",
        "/people",
    ]


def test_there_are_paths_of_every_app_to_compare():
    paths = site_paths()
    assert len(paths) > 400
    assert {"/", "/events/a-slug/", "/api/v1/profiles/", "/admin/"} <= set(paths)


def _resolved(path, urlconf):
    try:
        match = resolve(path, urlconf=urlconf)
    except Resolver404:
        return None
    return match.func, match.args, match.kwargs, match.view_name, match.url_name


def test_every_path_resolves_to_the_same_view_and_reverses_to_the_same_url():
    # Built now: other tests reload creativetracks.urls (settings that add URLs).
    ungrouped = types.ModuleType("ungrouped_urls")
    ungrouped.urlpatterns = urls.site_patterns
    differ = []
    for path in site_paths():
        grouped = _resolved(path, "creativetracks.urls")
        if grouped != _resolved(path, ungrouped):
            differ.append(path)
        elif grouped is not None and grouped[4]:
            _, args, kwargs, name, _ = grouped
            if reverse(name, args=args, kwargs=kwargs) != reverse(
                name, args=args, kwargs=kwargs, urlconf=ungrouped
            ):
                differ.append(path)
    assert differ == []


def test_patterns_are_grouped_by_their_first_segment_in_their_order():
    (root,) = urls.urlpatterns
    events = next(p for p in root.url_patterns if str(p.pattern) == "events/")
    inner = [str(p.pattern) for p in events.url_patterns]
    # The meetings app's event pages come before the events app's, as they were listed.
    assert inner.index("<slug:slug>/meetings/") < inner.index("<slug:slug>/")
    assert len(root.url_patterns) < 50 < len(list(sample_paths(urls.site_patterns)))


def test_a_path_tries_only_its_own_segments_groups_and_the_patterns_without_one():
    (root,) = urls.urlpatterns
    tried = [str(p.pattern) for p in root._by_segment["events"].url_patterns]
    groups = [route for route in tried if route.endswith("/") and "<" not in route]
    assert groups == ["events/"]
    assert "" in tried and "robots.txt" in tried  # the home page, the fixed files
    assert resolve("/events/a-slug/").url_name == "event_detail"
    assert resolve("/labs/").url_name == "labs"


def test_a_pattern_that_does_not_start_with_a_word_keeps_its_place():
    """Nothing after it is tried before it: a path it matches still goes to it."""
    from django.urls import path, re_path

    def view(request):
        return None

    resolver = FirstSegmentResolver(
        [
            path("a/one/", view, name="one"),
            path("<slug:slug>/", view, name="anything"),
            path("a/two/", view, name="two"),
            re_path(r"^b/(?P<rest>.*)$", view, name="b"),
        ]
    )
    grouped = resolver.url_patterns
    assert [str(p.pattern) for p in grouped] == ["a/", "<slug:slug>/", "a/", "b/"]
    assert [str(p.pattern) for p in grouped[0].url_patterns] == ["one/"]
    assert [str(p.pattern) for p in grouped[2].url_patterns] == ["two/"]
    conf = types.ModuleType("grouped_urls")
    conf.urlpatterns = [resolver]
    assert resolve("/a/two/", urlconf=conf).url_name == "two"
