"""Shared pieces of the authorization matrix (creativetracks/core/tests/test_authorization.py).

An app adds its URLs to the matrix with a module `<app>/tests/authorization_cases.py`
defining `cases(ctx) -> dict[url_name, list[Case]]`; `ctx` holds the matrix's
`member` and `staff` users (create any objects you need inside `cases`).
"""

from dataclasses import dataclass

SIGN_IN = "/accounts/login/"
ADMIN_SIGN_IN = "/admin/login/"


@dataclass(frozen=True)
class Case:
    """The expected status of a GET on `path` for each role."""

    path: str
    anonymous: int
    member: int
    staff: int
    # Where a 302 must lead, per role, when it matters (sign-in pages).
    anonymous_to: str | None = None
    member_to: str | None = None


def everyone(path: str, status: int = 200) -> Case:
    return Case(path, status, status, status)


def members_only(path: str, status: int = 200) -> Case:
    """Anonymous visitors are sent to sign in; members and staff get `status`."""
    return Case(path, 302, status, status, anonymous_to=SIGN_IN)


def post_only(path: str) -> Case:
    """A POST-only action: anonymous visitors are sent to sign in, a GET is 405."""
    return Case(path, 302, 405, 405, anonymous_to=SIGN_IN)
