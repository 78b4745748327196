"""The site's URL patterns grouped by their first path segment.

Every app is included at the root, so Django, which tries patterns in order, matched
a request for an event page against some 160 patterns of the apps listed before
events (a sixth of the cost of a page served from the cache). `FirstSegmentResolver`
looks a path's groups up by its first segment and tries only those and the patterns
that do not start with a fixed word. A path can only match patterns of its own first
segment, patterns keep their order within a segment, and a pattern whose first segment
is not a fixed word ("<slug>/", a regular expression) stays in its place, with a new
group for the same segment after it: every path resolves to the view it did before, and
`reverse()` gives the same URLs (core/tests/test_urlindex.py checks every pattern)."""

import re

from django.urls import include, path
from django.urls.resolvers import RegexPattern, RoutePattern, URLPattern, URLResolver

_LITERAL_REGEX_SEGMENT = re.compile(r"^\^([\w.-]+)/(.*)$", re.DOTALL)


def _flattened(patterns):
    """The patterns, with the root-level includes ('', no namespace) opened."""
    for pattern in patterns:
        if (
            isinstance(pattern, URLResolver)
            and isinstance(pattern.pattern, RoutePattern)
            and str(pattern.pattern) == ""
            and not pattern.namespace
            and not pattern.app_name
            and not pattern.default_kwargs
        ):
            yield from _flattened(pattern.url_patterns)
        else:
            yield pattern


def _split(pattern):
    """(first segment, the pattern for the rest of the path), or (None, pattern) for a
    pattern whose first segment is not a fixed word (it stays where it was)."""
    route = pattern.pattern
    if isinstance(route, RoutePattern):
        text = str(route)
        segment, slash, rest = text.partition("/")
        if not slash or "<" in segment:
            return None, pattern
        endpoint = isinstance(pattern, URLPattern)
        remainder = RoutePattern(rest, name=route.name, is_endpoint=endpoint)
    elif isinstance(route, RegexPattern):
        found = _LITERAL_REGEX_SEGMENT.match(route._regex)
        if found is None:
            return None, pattern
        segment, rest = found.groups()
        endpoint = isinstance(pattern, URLPattern)
        remainder = RegexPattern("^" + rest, name=route.name, is_endpoint=endpoint)
    else:
        return None, pattern
    if isinstance(pattern, URLPattern):
        return segment, URLPattern(remainder, pattern.callback, pattern.default_args, pattern.name)
    return segment, URLResolver(
        remainder,
        pattern.urlconf_name,
        pattern.default_kwargs,
        pattern.app_name,
        pattern.namespace,
    )


def _grouped(patterns) -> list[tuple[str | None, object]]:
    """The same URLs as `patterns`: (segment, include of its patterns) per group, at the
    place of the segment's first pattern, and (None, pattern) for the others."""
    grouped, groups = [], {}
    for pattern in _flattened(patterns):
        segment, rest = _split(pattern)
        if segment is None:
            grouped.append((None, pattern))
            groups = {}  # what follows may not be tried before this pattern
            continue
        if segment not in groups:
            groups[segment] = []
            grouped.append((segment, path(f"{segment}/", include(groups[segment]))))
        groups[segment].append(rest)
    return grouped


class FirstSegmentResolver(URLResolver):
    """The grouped patterns, with the groups a path may match looked up by its first
    segment instead of tried one after the other: a request tries the patterns that do
    not start with a fixed word and the groups of its own segment, in their order.
    `reverse()` and everything else that walks `url_patterns` sees all the groups."""

    def __init__(self, patterns):
        grouped = _grouped(patterns)
        super().__init__(RoutePattern(""), [pattern for _, pattern in grouped])
        self._by_segment = {
            segment: URLResolver(
                RoutePattern(""), [p for s, p in grouped if s is None or s == segment]
            )
            for segment in {s for s, _ in grouped if s is not None}
        }
        self._no_segment = URLResolver(RoutePattern(""), [p for s, p in grouped if s is None])

    def resolve(self, path):
        segment = str(path).partition("/")[0]
        return self._by_segment.get(segment, self._no_segment).resolve(path)
