"""Walk every page of the demo site as one role, and record for each page what the
accessibility, weight and image checks need (docs/accessibility.md).

The walk starts from every URL of the URL conf that takes no argument and follows the
links each page shows, opening each view once per role (the first object it links to
stands for the others). Every page is fetched from the live server with the browser's
session (plain HTTP, no rendering; through the live server so that what a page writes
on GET, such as a read mark or a calendar token, is written by the same server the
browser then opens, never held in the test's transaction where it would block the
browser's request on PostgreSQL) and weighed
(its HTML, and the CSS and JS it loads as whitenoise would send them). A page is then
opened in chromium, checked by axe-core and its images measured, unless a page of the
same view made of the same kinds of elements was already checked for an earlier role:
the signed-in header and a role's own buttons and panels make a new kind of page, the
same list seen by another role does not.
"""

import gzip
import hashlib
import os
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, URLResolver, get_resolver, resolve, reverse

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "var" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# The rules of WCAG 2.2 level AA (axe tags every rule with the success criteria it checks).
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BUDGET = 100 * 1024
THUMBNAIL = 256

# Not pages: the admin (Django's), the API, files, the language switch (it sets a
# cookie), sign-out (it would end the walk's session), machine-readable documents.
SKIPPED_PREFIXES = (
    "/admin/",
    "/api/",
    "/static/",
    "/media/",
    "/language/",
    "/accounts/logout/",
    "/healthz",
    "/robots.txt",
    "/sitemap",
    "/bench/",
    "/email/webhooks/",
)
FILE_SUFFIXES = (".ics", ".csv", ".xlsx", ".pdf", ".xml", ".json", ".zip", ".txt", ".png", ".jpg")

AXE_RUN = """(tags) => axe.run(document, {
  runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']
}).then(result => result.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary)
})))"""

# Every image: its alternative, its declared size, whether it is below the fold and
# lazy, and (once loaded) how many pixels it carries for the box it fills.
IMAGES = """async () => {
  const fold = window.innerHeight;
  const images = [...document.querySelectorAll('img')];
  const found = images.map(img => {
    const box = img.getBoundingClientRect();
    return {
      src: img.getAttribute('src'), alt: img.getAttribute('alt'),
      hidden: !!img.closest('[aria-hidden="true"]') || img.getAttribute('role') === 'presentation',
      width: img.getAttribute('width'), height: img.getAttribute('height'),
      loading: img.getAttribute('loading'), srcset: img.getAttribute('srcset'),
      below_fold: box.top + window.scrollY > fold, shown: box.width > 0 && box.height > 0,
      box_width: box.width,
    };
  });
  images.forEach(img => { img.loading = 'eager'; });
  await Promise.all(images.map(img => img.complete ? null : new Promise(done => {
    img.addEventListener('load', done); img.addEventListener('error', done);
    setTimeout(done, 3000);
  })));
  images.forEach((img, i) => {
    found[i].natural_width = img.naturalWidth;
    found[i].current = img.currentSrc;
  });
  return found;
}"""


@dataclass
class PageRecord:
    role: str
    path: str
    view: str
    status: int
    html_bytes: int
    assets: dict[str, int] = field(default_factory=dict)  # url -> bytes as transferred
    # None when a page of the same view and the same kinds of elements was checked before.
    violations: list | None = None
    images: list = field(default_factory=list)

    @property
    def transferred(self) -> int:
        return self.html_bytes + sum(self.assets.values())


@cache
def axe_source() -> str:
    assert AXE_JS.exists(), "axe-core is missing: run `make axe`"
    source = AXE_JS.read_text()
    wanted = os.environ.get("AXE_VERSION")
    if wanted:
        assert f"axe v{wanted}" in source[:40], "var/axe holds another axe-core: run `make axe`"
    return source


def view_of(path: str) -> str | None:
    if path.startswith(SKIPPED_PREFIXES) or path.endswith(FILE_SUFFIXES):
        return None
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def _names(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _names(pattern.url_patterns, inner)
        elif pattern.name:
            yield namespace + pattern.name


def start_paths() -> list[str]:
    """Every URL of the URL conf that needs no argument, the home page first."""
    paths = ["/"]
    for name in _names(get_resolver().url_patterns):
        try:
            path = reverse(name)
        except NoReverseMatch:  # it takes arguments: the walk reaches it through links
            continue
        if view_of(path) and path not in paths:
            paths.append(path)
    return paths


def compressed_size(body: bytes) -> int:
    """What whitenoise sends a browser that accepts gzip (its precompressed copy, level 9);
    Brotli, when installed, is smaller still."""
    return len(gzip.compress(body, compresslevel=9, mtime=0))


class PageParser(HTMLParser):
    """The links, the stylesheets and scripts, and the kinds of elements of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.assets: list[str] = []
        self.kinds: set[str] = set()
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href") and "download" not in attrs:
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "stylesheet" and attrs.get("href"):
            self.assets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.assets.append(attrs["src"])
        if tag == "body":
            self.in_body = True
        if self.in_body:
            classes = ".".join(sorted((attrs.get("class") or "").split()))
            self.kinds.add(f"{tag}.{classes}|{attrs.get('role', '')}|{attrs.get('type', '')}")

    @property
    def signature(self) -> str:
        return hashlib.sha1("\n".join(sorted(self.kinds)).encode()).hexdigest()


@cache
def asset_size(url: str) -> int:
    """A static file as whitenoise sends it: compressed."""
    path = finders.find(urlsplit(url).path.removeprefix("/static/"))
    assert path, f"{url} is not a static file"
    return compressed_size(Path(path).read_bytes())


class SiteAudit:
    """One walk per role; the kinds of pages axe has checked are remembered across roles."""

    def __init__(self, browser, base_url: str):
        self.browser = browser
        self.base_url = base_url.rstrip("/")
        self.checked: set[tuple[str, str]] = set()
        self.walks: dict[str, list[PageRecord]] = {}

    def walk(self, role: str, client: Client, first: list[str] = ()) -> list[PageRecord]:
        """Walk as `client` (signed in or not) and as a browser holding its session,
        starting with `first` (the objects the role runs, whose pages show its tools)."""
        if role in self.walks:
            return self.walks[role]
        context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        if "sessionid" in client.cookies:
            session = client.cookies["sessionid"].value
            context.add_cookies([{"name": "sessionid", "value": session, "url": self.base_url}])
        page = context.new_page()
        records = []
        seen_views: set[str] = set()
        queue = [*first, *start_paths()]
        while queue:
            path = queue.pop(0)
            view = view_of(urlsplit(path).path)
            if view is None or view in seen_views:
                continue
            seen_views.add(view)
            response = context.request.get(self.base_url + path, max_redirects=0)
            if response.status >= 500:
                records.append(PageRecord(role, path, view, response.status, 0))
                continue
            if response.status != 200 or "text/html" not in response.headers.get(
                "content-type", ""
            ):
                continue  # refusals, redirects and files: not a page for this role
            html = response.body()
            parser = PageParser()
            parser.feed(html.decode())
            # The HTML as the server sends it: Django and granian do not compress pages
            # (compressing pages that carry a CSRF token would open them to BREACH).
            record = PageRecord(
                role, path, view, 200, len(html), {url: asset_size(url) for url in parser.assets}
            )
            if (view, parser.signature) not in self.checked:
                self.checked.add((view, parser.signature))
                self._check_in_browser(page, record)
            records.append(record)
            for link in parser.links:
                url = urlsplit(urljoin(path, link))
                if not url.netloc or url.netloc == urlsplit(self.base_url).netloc:
                    queue.append(url.path + (f"?{url.query}" if url.query else ""))
        context.close()
        self.walks[role] = records
        return records

    def _check_in_browser(self, page, record: PageRecord) -> None:
        response = page.goto(self.base_url + record.path)
        assert response is not None and response.status == 200, (record.path, response)
        page.evaluate(axe_source())
        record.violations = page.evaluate(AXE_RUN, WCAG_AA)
        record.images = page.evaluate(IMAGES)


def image_problems(record: PageRecord) -> list[str]:
    problems = []
    for image in record.images:
        where = f"{record.path} <img src={image['src']}>"
        if image["alt"] is None and not image["hidden"]:
            problems.append(f"{where}: no alt")
        if not (image["width"] and image["height"]):
            problems.append(f"{where}: no width and height (the layout jumps)")
        if image["below_fold"] and image["shown"] and image["loading"] != "lazy":
            problems.append(f"{where}: below the fold but not loading=lazy")
        source = (image["current"] or image["src"] or "").split("?")[0]
        if image["shown"] and image["natural_width"] and not source.endswith(".svg"):
            # Twice the box covers high-density screens; more is wasted bytes, except up
            # to the app's smallest thumbnail (core.images: 256 px photos and avatars).
            if image["natural_width"] > max(2 * image["box_width"], THUMBNAIL) + 1:
                problems.append(
                    f"{where}: {image['natural_width']} px wide for a "
                    f"{image['box_width']:.0f} px box"
                )
    return problems
