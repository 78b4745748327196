"""Every URL of the site, and what each role (core.testing.ROLES) gets from it.

A URL added without an entry here fails `test_every_url_is_in_the_matrix`.
Statuses are for a GET; redirects to sign-in count as "not allowed". POST-only routes
are POSTed by the other member too, and must leave the member's objects as they were.
"""

import fnmatch
import importlib
import json

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import make_user
from creativetracks.core.testing import (
    ADMIN_SIGN_IN,
    ROLES,
    SIGN_IN,
    Case,
    changes_between,
    database_state,
    everyone,
    members_only,
)

# Each role's GETs are split in SHARDS tests so that xdist spreads the matrix.
SHARDS = 2


def site_cases(ctx) -> dict[str, list[Case]]:
    return {
        "home": [everyone("/")],
        "about": [everyone("/about/")],
        "partner_detail": [
            everyone(f"/partners/{ctx['partner'].slug}/"),
            everyone("/partners/nobody/", 404),
        ],
        "terms": [everyone("/terms/")],
        "privacy": [everyone("/privacy/")],
        "healthz": [everyone("/healthz")],
        "switch_language": [everyone("/language/fr/", 302), everyone("/language/xx/", 404)],
        "robots_txt": [everyone("/robots.txt")],
        "sitemap": [everyone("/sitemap.xml")],
        "sitemap_section": [everyone("/sitemap-pages.xml"), everyone("/sitemap-nothing.xml", 404)],
        "media": [everyone("/media/nothing-here.jpg", 404)],
        # Mounted only with BENCH_BARE_VIEW=1 (set for the tests, never in production).
        "bench_bare": [everyone("/bench/bare/")],
        "account_settings": [members_only("/accounts/settings/")],
        "account_login": [Case(SIGN_IN, 200, 302, 302)],
        "account_logout": [Case("/accounts/logout/", 302, 200, 200)],
        "account_inactive": [everyone("/accounts/inactive/")],
        "account_signup": [Case("/accounts/signup/", 200, 302, 302)],
        "account_reauthenticate": [members_only("/accounts/reauthenticate/")],
        # Reauthentication by an emailed code (allauth 65.2x); confirming needs a code sent first.
        "account_request_reauthentication_code": [
            Case("/accounts/reauthenticate/code/", 302, 200, 200, anonymous_to=SIGN_IN)
        ],
        "account_confirm_reauthentication_code": [
            Case("/accounts/reauthenticate/code/confirm/", 302, 302, 302, anonymous_to=SIGN_IN)
        ],
        "account_email": [members_only("/accounts/email/")],
        "account_email_verification_sent": [everyone("/accounts/confirm-email/")],
        "account_change_password": [members_only("/accounts/password/change/")],
        "account_set_password": [
            Case("/accounts/password/set/", 302, 302, 302, anonymous_to=SIGN_IN)
        ],
        "account_reset_password": [Case("/accounts/password/reset/", 200, 200, 200)],
        "account_reset_password_done": [everyone("/accounts/password/reset/done/")],
        "account_reset_password_from_key": [
            everyone("/accounts/password/reset/key/1-forged/", 400)
        ],
        "account_reset_password_from_key_done": [everyone("/accounts/password/reset/key/done/")],
        "account_confirm_email": [everyone("/accounts/confirm-email/forged-key/", 400)],
        "account_confirm_login_code": [Case("/accounts/login/code/confirm/", 302, 302, 302)],
        "mfa_index": [members_only("/accounts/2fa/")],
        "mfa_authenticate": [everyone("/accounts/2fa/authenticate/", 302)],
        # The staff account has two-factor authentication (recovery codes); the member has none.
        "mfa_reauthenticate": [
            Case("/accounts/2fa/reauthenticate/", 302, 302, 200, anonymous_to=SIGN_IN)
        ],
        "mfa_activate_totp": [
            Case("/accounts/2fa/totp/activate/", 302, 302, 302, anonymous_to=SIGN_IN)
        ],
        "mfa_deactivate_totp": [
            Case("/accounts/2fa/totp/deactivate/", 302, 404, 404, anonymous_to=SIGN_IN)
        ],
        "mfa_view_recovery_codes": [
            Case("/accounts/2fa/recovery-codes/", 302, 404, 302, anonymous_to=SIGN_IN)
        ],
        "mfa_generate_recovery_codes": [
            Case("/accounts/2fa/recovery-codes/generate/", 302, 302, 302, anonymous_to=SIGN_IN)
        ],
        "mfa_download_recovery_codes": [
            Case("/accounts/2fa/recovery-codes/download/", 302, 404, 302, anonymous_to=SIGN_IN)
        ],
    }


def profile_cases(ctx) -> dict[str, list[Case]]:
    public, for_members, hidden = (
        ctx["public_profile"],
        ctx["members_profile"],
        ctx["hidden_profile"],
    )
    item, organisation = ctx["portfolio_item"], ctx["organisation"]
    org = f"/organisations/{organisation.slug}/"
    return {
        "directory": [everyone("/directory/"), everyone("/directory/?q=zebra&country=PT&page=2")],
        "directory_map": [everyone("/directory/map/")],
        "profile_detail": [
            everyone(public.get_absolute_url()),
            Case(for_members.get_absolute_url(), 404, 200, 200),
            Case(hidden.get_absolute_url(), 404, 404, 200),
            everyone("/people/nobody-at-all/", 404),
        ],
        "my_profile": [members_only("/profile/", 302)],
        "profile_edit": [
            members_only("/profile/edit/basics/"),
            members_only("/profile/edit/privacy/"),
            Case("/profile/edit/nope/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "profile_photo": [members_only("/profile/edit/photo/")],
        "portfolio_list": [members_only("/profile/edit/portfolio/")],
        "portfolio_item_add": [members_only("/profile/edit/portfolio/new/")],
        # The item belongs to the member: nobody else finds it, staff included.
        "portfolio_item_edit": [
            Case(
                f"/profile/edit/portfolio/{item.pk}/",
                302,
                200,
                404,
                anonymous_to=SIGN_IN,
                other_member=404,
            )
        ],
        "portfolio_item_delete": [
            Case(f"/profile/edit/portfolio/{item.pk}/delete/", 302, 405, 405, anonymous_to=SIGN_IN)
        ],
        "organisation_create": [members_only("/organisations/new/")],
        "organisation_detail": [everyone(org), everyone("/organisations/nothing/", 404)],
        # The member and the org admin run the organisation; staff may edit any.
        "organisation_edit": [members_only(f"{org}edit/", other_member=403, org_admin=200)],
        "organisation_staff": [members_only(f"{org}staff/", other_member=403, org_admin=200)],
        "organisation_staff_remove": [
            Case(f"{org}staff/{ctx['membership'].pk}/remove/", 302, 405, 405, anonymous_to=SIGN_IN)
        ],
        "organisation_verify": [Case(f"{org}verify/", 302, 405, 405, anonymous_to=SIGN_IN)],
    }


def admin_cases(ctx) -> dict[str, list[Case]]:
    """The Django admin: staff only; members are sent to the admin sign-in."""

    def staff_only(path: str, staff_status: int = 200) -> Case:
        return Case(
            path, 302, 302, staff_status, anonymous_to=ADMIN_SIGN_IN, member_to=ADMIN_SIGN_IN
        )

    cases: dict[str, list[Case]] = {
        "admin:index": [staff_only("/admin/")],
        "admin:login": [Case("/admin/login/", 200, 200, 302)],
        "admin:logout": [Case("/admin/logout/", 302, 302, 405)],  # sign-out is a POST
        "admin:password_change": [staff_only("/admin/password_change/")],
        "admin:password_change_done": [staff_only("/admin/password_change/done/")],
        "admin:jsi18n": [staff_only("/admin/jsi18n/")],
        "admin:autocomplete": [
            staff_only("/admin/autocomplete/?app_label=accounts&model_name=user&field_name=groups")
        ],
        "admin:view_on_site": [
            Case(f"/admin/r/{ctx['partner_ct']}/{ctx['partner'].pk}/", 302, 302, 302)
        ],
        "admin:app_list": [],
    }
    for app_label in {model._meta.app_label for model in admin.site._registry}:
        cases["admin:app_list"].append(staff_only(f"/admin/{app_label}/"))
    objects = ctx["admin_objects"]
    for model in admin.site._registry:
        opts = model._meta
        prefix = f"admin:{opts.app_label}_{opts.model_name}"
        base = f"/admin/{opts.app_label}/{opts.model_name}/"
        cases[f"{prefix}_changelist"] = [staff_only(base)]
        cases[f"{prefix}_add"] = [
            staff_only(f"{base}add/", 403 if opts.model_name == "dbtaskresult" else 200)
        ]
        obj = objects.get(model) or model._default_manager.order_by("pk").first()
        read_only = opts.model_name == "dbtaskresult"
        if obj is None:
            # No row to open: the admin sends staff back to the index with a message.
            missing = 999_999_999
            for view in ("change", "history", "delete"):
                cases[f"{prefix}_{view}"] = [staff_only(f"{base}{missing}/{view}/", 302)]
            continue
        cases[f"{prefix}_change"] = [staff_only(f"{base}{obj.pk}/change/")]
        cases[f"{prefix}_history"] = [staff_only(f"{base}{obj.pk}/history/")]
        cases[f"{prefix}_delete"] = [
            staff_only(f"{base}{obj.pk}/delete/", 403 if read_only else 200)
        ]
    # Extra admin views that need a specific object.
    cases["admin:auth_user_password_change"] = [
        staff_only(f"/admin/accounts/user/{ctx['member'].pk}/password/")
    ]
    cases["admin:taggit_tag_merge_tags"] = [staff_only("/admin/taggit/tag/merge-tags/")]
    cases["admin:*"] = []  # anything else in the admin namespace must be listed above
    return cases


def named_urls(patterns=None, namespace=None):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from named_urls(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            if pattern.name is None:
                yield None, pattern
            else:
                yield (f"{namespace}:{pattern.name}" if namespace else pattern.name), pattern


@pytest.fixture
def matrix(db):
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django_tasks_db.models import DBTaskResult

    from creativetracks.core.models import Partner
    from creativetracks.core.tasks import send_email

    member = make_user("matrix-member@example.org")
    staff = make_user("matrix-staff@example.org", is_staff=True, is_superuser=True)
    # Plain members who own nothing; the apps' cases give each its role (see core.testing).
    roles = {
        role: make_user(f"matrix-role-{role.replace('_', '-')}@example.org")
        for role in ROLES
        if role not in ("anonymous", "member", "staff")
    }
    partner = Partner.objects.create(
        name="Test Partner", slug="test-partner", country="PT", summary="A partner."
    )
    partner.staff.add(roles["partner_staff"])
    from taggit.models import Tag

    from creativetracks.profiles import services as profile_services
    from creativetracks.profiles.models import Organisation, PortfolioItem, Profile

    public_profile = member.profile
    public_profile.visibility = "public"
    public_profile.save()
    members_profile = make_user("matrix-members@example.org").profile
    hidden_profile = make_user("matrix-hidden@example.org").profile
    hidden_profile.visibility = "hidden"
    hidden_profile.save()
    portfolio_item = PortfolioItem.objects.create(
        profile=public_profile, title="Work", link="https://example.org"
    )
    organisation = profile_services.create_organisation(
        member,
        {
            "name": "Matrix Org",
            "kind": "collective",
            "country": "PT",
            "sectors": [],
            "description": "",
            "website": "",
        },
    )
    membership = organisation.memberships.get()
    organisation.memberships.create(user=roles["org_admin"], role="admin")
    tag = Tag.objects.create(name="weaving")
    group = Group.objects.create(name="Funders")
    authenticator = RecoveryCodes.activate(staff).instance
    result = send_email.enqueue(
        {
            "subject": "s",
            "body": "b",
            "from_email": "a@example.org",
            "to": ["b@example.org"],
            "cc": [],
            "bcc": [],
            "reply_to": [],
            "headers": {},
            "alternatives": [],
            "attachments": [],
        }
    )
    ctx = {
        "member": member,
        "staff": staff,
        **roles,
        "roles": roles,
        "partner": partner,
        "partner_ct": ContentType.objects.get_for_model(Partner).pk,
        "public_profile": public_profile,
        "members_profile": members_profile,
        "hidden_profile": hidden_profile,
        "portfolio_item": portfolio_item,
        "organisation": organisation,
        "membership": membership,
        "admin_objects": {
            Partner: partner,
            Group: group,
            type(member): member,
            EmailAddress: EmailAddress.objects.get(user=member),
            Authenticator: authenticator,
            DBTaskResult: DBTaskResult.objects.get(id=result.id),
            Profile: public_profile,
            Organisation: organisation,
            Tag: tag,
        },
    }
    table = {**site_cases(ctx), **profile_cases(ctx), **app_cases(ctx), **admin_cases(ctx)}
    return table, ctx


def app_cases(ctx) -> dict[str, list[Case]]:
    """Cases contributed by each app's tests/authorization_cases.py."""
    from django.apps import apps

    cases: dict[str, list[Case]] = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("creativetracks."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.tests.authorization_cases")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.tests.authorization_cases":
                raise
            continue
        cases.update(module.cases(ctx))
    return cases


def entry_for(name: str, table: dict) -> str | None:
    if name in table:
        return name
    return next((key for key in table if "*" in key and fnmatch.fnmatch(name, key)), None)


def test_every_url_is_in_the_matrix(matrix):
    table, _ = matrix
    missing = []
    for name, pattern in named_urls():
        if name is None:
            # Only the admin has unnamed patterns (redirects to named ones).
            assert str(pattern.pattern).startswith(("<path:object_id>/", "(?P<url>")), pattern
            continue
        key = entry_for(name, table)
        if key is None or (key.endswith("*") and not table[key]):
            missing.append(name)
    assert missing == [], f"Add these URLs to the authorization matrix: {missing}"


def users_of(ctx) -> dict:
    return {role: ctx.get(role) for role in ROLES}


@pytest.mark.parametrize("shard", range(SHARDS))
@pytest.mark.parametrize("role", ROLES)
def test_matrix_statuses(client, matrix, role, shard):
    table, ctx = matrix
    user = users_of(ctx)[role]
    if user is not None:
        client.force_login(user)
    failures = []
    for index, name in enumerate(sorted(table)):
        if index % SHARDS != shard:
            continue
        for case in table[name]:
            response = client.get(case.path)
            expected = case.expected(role)
            if response.status_code != expected:
                failures.append(
                    f"{name} {case.path} as {role}: {response.status_code} != {expected}"
                )
                continue
            target = case.redirect_for(role)
            if expected == 302 and target and not response["Location"].startswith(target):
                failures.append(f"{name} {case.path} as {role}: sent to {response['Location']}")
    assert not failures, "\n".join(failures)


def refused_to_other_member(case: Case) -> bool:
    """A page of the member's that the other member may not open (an edit form...)."""
    return case.member == 200 and case.expected("other_member") in (403, 404)


@pytest.mark.parametrize("shard", range(SHARDS))
def test_other_members_posts_change_nothing(client, matrix, shard):
    """IDOR on writes: the other member POSTs to every POST-only route (with the data the
    route expects, where its case gives some) and to every page of the member's they may
    not open; the database stays as it was, and a refused page refuses the POST too."""
    table, ctx = matrix
    client.force_login(ctx["other_member"])
    failures = []
    before = database_state()
    posted = 0
    for index, name in enumerate(sorted(table)):
        if index % SHARDS != shard:
            continue
        for case in table[name]:
            refused = refused_to_other_member(case)
            if not refused and (not case.post or case.anyone_may_post):
                continue
            posted += 1
            if case.path.startswith("/api/"):
                body = json.dumps(case.post_data or {})
                response = client.post(case.path, body, content_type="application/json")
            else:
                response = client.post(case.path, case.post_data or {})
            after = database_state()
            status = response.status_code
            if status >= 500 or refused and status not in (403, 404, 405):
                failures.append(f"{name} {case.path}: POST answered {status}")
            changed = changes_between(before, after)
            if changed:
                failures.append(f"{name} {case.path} ({status}) changed {changed}")
                before = after
    assert posted > 20
    assert not failures, "\n".join(failures)


def test_matrix_paths_resolve_to_their_names(matrix):
    from django.urls import resolve

    table, _ = matrix
    for name, cases in table.items():
        for case in cases:
            if "*" in name or case.anonymous == 404 and case.member == 404:
                continue
            match = resolve(case.path.split("?")[0])
            assert match.view_name == name or fnmatch.fnmatch(match.view_name, name), (
                name,
                case.path,
            )


def test_reverse_of_plain_names_matches_the_matrix():
    assert reverse("home") == "/"
    assert reverse("healthz") == "/healthz"
