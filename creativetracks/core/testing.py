"""Shared pieces of the authorization matrix (creativetracks/core/tests/test_authorization.py).

An app adds its URLs to the matrix with a module `<app>/tests/authorization_cases.py`
defining `cases(ctx) -> dict[url_name, list[Case]]`; `ctx` holds the matrix's users, one
per role (ROLES), and the shared objects (create any other objects you need inside
`cases`, and give the role users their place in them: see `ctx["roles"]`).

The roles: `member` owns the member-owned objects of every app; `other_member` is a plain
member who owns nothing; `org_admin` administers the matrix's organisation (which the
member created), `network_admin` the networks' matrix network (the member's), `partner_staff`
works for the matrix's partner, `ambassador` looks after the ambassadors' matrix region,
`juror` sits on the jury of the challenges' matrix challenge in review; `staff` is platform
staff (and superuser). Each role user is otherwise a plain member who owns nothing.
"""

from dataclasses import KW_ONLY, dataclass

SIGN_IN = "/accounts/login/"
ADMIN_SIGN_IN = "/admin/login/"

ROLES = (
    "anonymous",
    "member",
    "other_member",
    "org_admin",
    "network_admin",
    "partner_staff",
    "ambassador",
    "juror",
    "staff",
)
# The roles that are plain members plus one power: what they get, unless a case says
# otherwise, is what the plain `other_member` gets (a role grants nothing on an object
# unless stated).
POWER_ROLES = ("org_admin", "network_admin", "partner_staff", "ambassador", "juror")


@dataclass(frozen=True)
class Case:
    """The expected status of a GET on `path` for each role.

    `other_member` defaults to `member` (say so where the member's ownership matters);
    the POWER_ROLES default to `other_member`.
    """

    path: str
    anonymous: int
    member: int
    staff: int
    # Where a 302 must lead, per role, when it matters (sign-in pages); `member_to` holds
    # for every signed-in role but staff.
    anonymous_to: str | None = None
    member_to: str | None = None
    _: KW_ONLY
    other_member: int | None = None
    org_admin: int | None = None
    network_admin: int | None = None
    partner_staff: int | None = None
    ambassador: int | None = None
    juror: int | None = None
    # POST-only routes are also POSTed by the other member (IDOR on writes): nothing may
    # change, unless any member may rightly do it (joining, commenting, saving...).
    post: bool = False
    anyone_may_post: bool = False
    post_data: dict | None = None

    def expected(self, role: str) -> int:
        value = getattr(self, role)
        if value is not None:
            return value
        if role in POWER_ROLES:
            return self.expected("other_member")
        return self.member  # other_member

    def redirect_for(self, role: str) -> str | None:
        if role == "anonymous":
            return self.anonymous_to
        return None if role == "staff" else self.member_to


def everyone(path: str, status: int = 200, **roles) -> Case:
    return Case(path, status, status, status, **roles)


def members_only(path: str, status: int = 200, **roles) -> Case:
    """Anonymous visitors are sent to sign in; members and staff get `status`."""
    return Case(path, 302, status, status, anonymous_to=SIGN_IN, **roles)


def post_only(path: str, *, anyone_may_post: bool = False, data: dict | None = None) -> Case:
    """A POST-only action: anonymous visitors are sent to sign in, a GET is 405.

    The other member's POST (with `data`) must leave the database as it was, unless
    `anyone_may_post` (the action is open to every member)."""
    return Case(
        path,
        302,
        405,
        405,
        anonymous_to=SIGN_IN,
        post=True,
        anyone_may_post=anyone_may_post,
        post_data=data,
    )


# Columns that change on any request by anyone (sign-in bookkeeping), not by the action.
UNTRACKED = {
    ("accounts", "user"): {"last_login"},
    ("api", "accesstoken"): {"last_used"},
    ("sessions", "session"): "*",
}


def database_state() -> dict:
    """Every row of every table, to show that a refused write changed nothing."""
    from django.apps import apps

    state = {}
    for model in apps.get_models():
        opts = model._meta
        skip = UNTRACKED.get((opts.app_label, opts.model_name), set())
        if skip == "*" or opts.proxy or not opts.managed:
            continue
        columns = [f.attname for f in opts.concrete_fields if f.attname not in skip]
        state[opts.label] = list(model._base_manager.order_by("pk").values_list(*columns))
    return state


def changes_between(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after[label]]
